using VenvLsp.Common;
using VenvLsp.Packages;
using VenvLsp.Rules.Build;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Scripts;

/// <summary>What one shell file does with venvs: the facts other files' rules need (does it create,
/// activate, deactivate; which requirements files does it install from). Kept per file and compared by
/// value, so an edit that changes none of them re-analyses no other file.</summary>
public sealed record FileVenvFacts(
    bool CreatesVenv,
    bool InstallsWithPip,
    bool Activates,
    bool Deactivates,
    EquatableArray<string> RequirementFiles,
    EquatableArray<string> VenvTargets)
{
    public static FileVenvFacts None { get; } = new(false, false, false, false, new([]), new([]));

    public static FileVenvFacts Get(WorkspaceSnapshot snapshot, string path) =>
        snapshot.Query("venv-facts", path, static (s, p) =>
        {
            if (s.GetShell(p) is not { } document) return None;
            var root = s.PackageRootOf(p);
            var home = root is null ? null : PackageModel.GetModel(s, root) is { } model ? "HOME" + model.Name : null;
            var paths = new PathResolver(document.Script, p, root, home);
            var found = PythonCommands.In(document.Script);
            var (creations, installs) = (found.Creations, found.Installs);
            var requirements = installs
                .SelectMany(i => i.Requirements.Select(r => (Install: i, Requirement: r)))
                .Select(x => ResolveRequirement(paths, x.Install, x.Requirement, p, root))
                .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
            var targets = creations
                .Select(c => c.Target is { } target ? paths.Resolve(target, c.Command.Span.Start) : null)
                .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
            return new FileVenvFacts(
                !creations.IsEmpty,
                !installs.IsEmpty,
                document.Script.Commands.Any(c => VenvCommands.AsActivation(c) is not null),
                document.Script.Commands.Any(VenvCommands.IsDeactivate),
                new([.. requirements]),
                new([.. targets]));
        });

    /// <summary>Where a <c>-r</c> points: resolved through the script's variables; a relative path is
    /// taken from the script's folder, else from the package root (where build scripts are usually run).</summary>
    private static string? ResolveRequirement(PathResolver paths, PipInstall install, PipArgument requirement, string scriptPath, string? root)
    {
        var value = requirement.Value!;
        if (!value.Contains('$') && !value.StartsWith('/'))
        {
            var besideScript = PathUtil.Combine(PathUtil.Directory(scriptPath), value);
            return root is not null && !PathUtil.IsUnder(besideScript, root) ? PathUtil.Combine(root, value) : besideScript;
        }
        if (requirement.ValueWord is { } word) return paths.Resolve(word, install.Command.Span.Start);
        return value.StartsWith('/') && !value.Contains('$') ? PathUtil.Normalize(value) : null;
    }
}

/// <summary>The venv facts of a whole package: which files build it, which jobs activate it, and
/// which requirements files the build installs from.</summary>
public sealed record PackageVenv(
    EquatableArray<string> BuildScripts,
    EquatableArray<string> PipScripts,
    EquatableArray<string> ActivatingFiles,
    EquatableArray<string> RequirementFiles)
{
    public static PackageVenv Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-venv", root, static (s, r) =>
        {
            var shellFiles = PackageModel.GetFiles(s, r).Where(f => f.Kind is DocumentKind.ShellScript or DocumentKind.UshScript
                or DocumentKind.ExScript or DocumentKind.JJob or DocumentKind.EcfJobCard or DocumentKind.EcfInclude).ToList();
            var facts = shellFiles.Select(f => (f.Path, Facts: FileVenvFacts.Get(s, f.Path))).ToList();
            var requirements = facts.SelectMany(f => f.Facts.RequirementFiles).Distinct().Order(StringComparer.Ordinal).ToArray();
            return new PackageVenv(
                new([.. facts.Where(f => f.Facts.CreatesVenv).Select(f => f.Path)]),
                new([.. facts.Where(f => f.Facts.InstallsWithPip).Select(f => f.Path)]),
                new([.. facts.Where(f => f.Facts.Activates).Select(f => f.Path)]),
                new([.. requirements]));
        });

    /// <summary>The requirements files the build installs from that exist (or whose template does), else
    /// the conventional <c>requirements.txt</c> at the root or in <c>sorc/</c>.</summary>
    public IReadOnlyList<string> ExistingRequirementFiles(WorkspaceSnapshot snapshot, string root)
    {
        var found = RequirementFiles.Where(p => snapshot.FileExists(p) || snapshot.FileExists(p + ".j2")).ToList();
        if (found.Count > 0) return found;
        foreach (var candidate in new[] { root + "/requirements.txt", root + "/sorc/requirements.txt", root + "/requirements.txt.j2", root + "/sorc/requirements.txt.j2" })
            if (snapshot.FileExists(candidate)) return [candidate];
        return [];
    }
}
