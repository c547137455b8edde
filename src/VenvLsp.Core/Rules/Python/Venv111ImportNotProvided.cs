using VenvLsp.Diagnostics;
using VenvLsp.Python;
using VenvLsp.Rules.Venv;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// VENV111: a module the package's own Python code imports that is neither in the standard library,
/// nor the package's own code, nor provided by a requirement the build installs (see
/// <see cref="ImportResolver"/>). Reported on the module name of the import, once per missing
/// distribution and file (at its most serious import): an error; information when every import of it
/// is optional (inside <c>try</c>/<c>except ImportError</c> or an <c>except</c> handler); a warning when
/// the file adds a folder to <c>sys.path</c> that could not be worked out (the module may come from there).
/// </summary>
/// <remarks>Skipped: <c>if TYPE_CHECKING:</c> imports, files under <c>venv/</c>, and packages whose
/// build installs from no requirements file (VENV001 reports that). The fix adds the distribution to the
/// first requirements file the build installs from, pinned to the approved list's only exact version,
/// else to the version installed in the built venv, else unpinned (VENV103 then asks for a pin; no
/// version is ever invented). It is offered as safe when the distribution is known (installed metadata
/// or the module table), and only in the editor when it is guessed from the module name.</remarks>
public sealed class Venv111ImportNotProvided : Rule<PythonContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.ImportNotProvided);

    public override void Analyze(PythonContext context)
    {
        if (context.PackageRoot is not { } root) return;
        if (PathUtil.Relative(root, context.Path).StartsWith("venv/", StringComparison.Ordinal)) return;
        if (BuildRequirementFiles.Get(context.Snapshot, root).TargetFile is not { } target) return;

        var resolver = new ImportResolver(context.Snapshot, root, context.Path, context.Imports);
        var worst = new Dictionary<string, (ImportResolution Resolution, Severity Severity)>(StringComparer.Ordinal);
        foreach (var import in context.Imports.Imports)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (import.IsTypeCheckingOnly) continue;
            var resolution = resolver.Resolve(import);
            if (resolution is not { Status: ImportStatus.NotProvided, Candidate: { } candidate }) continue;
            var severity = SeverityOf(import, resolver);
            var key = DistributionName.Normalize(candidate.Name);
            if (!worst.TryGetValue(key, out var previous) || severity < previous.Severity) worst[key] = (resolution, severity);
        }

        foreach (var (resolution, severity) in worst.Values.OrderBy(w => w.Resolution.Import.ModuleSpan.Start))
        {
            var candidate = resolution.Candidate!;
            var line = LineFor(context, candidate);
            var known = IsKnown(context, candidate);
            var fix = RequirementAdditions.Create(context.Snapshot, target, candidate.Name, line, $"Add {line} to {PathUtil.FileName(target)}", isSafe: known);
            context.Report(Descriptor, severity, resolution.Import.ModuleSpan, Message(resolution, severity, resolver, line, known, root, target),
                fix is null ? null : [fix]);
        }
    }

    private static Severity SeverityOf(PythonImport import, ImportResolver resolver)
    {
        if (import.IsOptional || import.IsInExceptHandler) return Severity.Info;
        return resolver.Own.UnresolvedAdditions.Count > 0 ? Severity.Warning : Severity.Error;
    }

    /// <summary>True when the distribution is known to provide the module: from installed metadata or
    /// the module table, or, for a name taken from the module, because the approved list names that
    /// distribution.</summary>
    private static bool IsKnown(PythonContext context, CandidateDistribution candidate)
    {
        if (candidate.Evidence != ProviderEvidence.SameName) return true;
        var approved = context.Snapshot.GetApprovedList(context.Options);
        return approved.IsUsable && approved.List.Contains(candidate.Name);
    }

    /// <summary>The requirement line to add: pinned to the approved list's only exact version, else to
    /// the installed version, else unpinned.</summary>
    private static string LineFor(PythonContext context, CandidateDistribution candidate)
    {
        var approved = context.Snapshot.GetApprovedList(context.Options);
        var exact = approved.IsUsable ? approved.List.ExactVersions(candidate.Name) : [];
        var version = exact.Length == 1 ? exact[0].ToString() : candidate.InstalledVersion;
        return RequirementAdditions.LineFor(candidate.Name, version);
    }

    private static string Message(ImportResolution resolution, Severity severity, ImportResolver resolver, string line, bool known, string root, string target)
    {
        var import = resolution.Import;
        var candidate = resolution.Candidate!;
        var module = import.TopLevelName;
        var file = PathUtil.Relative(root, target);
        var what = resolver.LeftTheStandardLibrary(module)
            ? $"{module} is not in the standard library of Python {resolver.Python} (from {resolver.Python.Source}) and no requirement provides it"
            : $"{module} is imported but no requirement of the venv provides it";
        var installed = resolution.Installed is { } i ? $" (venv/ has {i.Name} {i.Version} installed, unlisted)" : "";
        var add = !known
            ? $"add the distribution that provides it to {file} (the name {candidate.Name} is a guess)"
            : $"add {line} to {file}";
        var why = severity switch
        {
            Severity.Info => " The import is optional (guarded by try/except), so this is for information.",
            Severity.Warning => " If it comes from the folder this file adds to sys.path, suppress this finding.",
            _ => "",
        };
        return $"{what}{installed}: {add}.{why}";
    }
}
