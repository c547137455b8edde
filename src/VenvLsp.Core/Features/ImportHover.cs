using System.Text;
using VenvLsp.Python;
using VenvLsp.Rules.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

/// <summary>
/// Hover on an import of a package's Python file: what provides the module (the standard library,
/// the package's own code, or which requirement, and what the built venv has installed), or that
/// nothing does. No LSP types: Markdown and the span of the module name.
/// </summary>
public static class ImportHover
{
    /// <summary>The hover for the import at <paramref name="offset"/> of <paramref name="path"/>; null when
    /// the offset is on no import, or the file is in no package.</summary>
    public static HoverInfo? Hover(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (snapshot.ReadText(path) is not { } text || snapshot.PackageRootOf(path) is not { } root) return null;
        offset = Math.Clamp(offset, 0, text.Length);
        var scan = snapshot.GetParsed(path, static (_, t) => PythonImportScanner.Scan(t.Content))!;
        if (ImportAt(scan, offset) is not { } import) return null;
        var resolver = new ImportResolver(snapshot, root, path, scan);
        return new HoverInfo(Describe(snapshot, resolver.Resolve(import), resolver), import.ModuleSpan);
    }

    /// <summary>The import whose module name holds the offset, else the first of the statement that holds it.</summary>
    private static PythonImport? ImportAt(PythonImportScan scan, int offset) =>
        scan.Imports.FirstOrDefault(i => i.ModuleSpan.Start <= offset && offset <= i.ModuleSpan.End)
        ?? scan.Imports.FirstOrDefault(i => i.StatementSpan.Start <= offset && offset <= i.StatementSpan.End);

    private static string Describe(WorkspaceSnapshot snapshot, ImportResolution resolution, ImportResolver resolver)
    {
        var import = resolution.Import;
        var name = import.IsRelative ? new string('.', import.RelativeLevel) + import.ModuleName : import.ModuleName;
        var markdown = new StringBuilder($"**{name}**: ");
        var root = resolver.Root;
        switch (resolution.Status)
        {
            case ImportStatus.Future:
                markdown.Append("a compiler directive, not a dependency.");
                break;
            case ImportStatus.Relative:
                markdown.Append("a relative import of the package's own code.");
                break;
            case ImportStatus.StandardLibrary:
                markdown.Append(resolver.Python.IsKnown
                    ? $"the standard library of Python {resolver.Python} (from `{resolver.Python.Source}`)."
                    : "the standard library (the package's Python version is not known: every version's list counts).");
                break;
            case ImportStatus.OwnCode:
                markdown.Append(resolution.OwnCodePath is { } own ? $"the package's own code, `{PathUtil.Relative(root, own)}`." : "the package's own code.");
                break;
            case ImportStatus.Provided:
                var requirement = resolution.Requirement!;
                markdown.Append($"provided by `{RequirementText(requirement)}` in `{PathUtil.Relative(root, requirement.Path)}`");
                if (RequirementLine(snapshot, requirement) is { } line) markdown.Append($", line {line + 1}");
                markdown.Append(resolution.Evidence switch
                {
                    ProviderEvidence.InstalledMetadata => " (the installed distribution's metadata says so).",
                    ProviderEvidence.ModuleTable => " (import name and distribution name differ).",
                    _ => ".",
                });
                break;
            default:
                markdown.Append("not provided by any requirement the build installs (VENV111).");
                if (resolution.Candidate is { } candidate && candidate.Evidence != ProviderEvidence.SameName)
                    markdown.Append($" The distribution `{candidate.Name}` provides it.");
                break;
        }
        if (resolution.Installed is { } installed)
            markdown.Append($"\n\nInstalled in `venv/`: {installed.Name} {installed.Version ?? "(version unknown)"}.");
        else if (resolution.Status is ImportStatus.Provided or ImportStatus.NotProvided && resolver.Venv.Exists)
            markdown.Append("\n\nNot installed in `venv/`.");
        if (import.IsTypeCheckingOnly) markdown.Append("\n\nOnly imported under `if TYPE_CHECKING:`: never at run time.");
        else if (import.IsOptional || import.IsInExceptHandler) markdown.Append("\n\nAn optional import: the code runs without it.");
        return markdown.ToString();
    }

    private static string RequirementText(Rules.Venv.ListedRequirement requirement) =>
        requirement.PinnedVersion is { } pin ? $"{requirement.Name}=={pin}" : requirement.Name;

    private static int? RequirementLine(WorkspaceSnapshot snapshot, Rules.Venv.ListedRequirement requirement)
    {
        if (requirement.IsNameGuessed || snapshot.GetRequirements(requirement.Path) is not { } file) return null;
        var entry = file.Requirements.FirstOrDefault(r => r.NormalizedName is { } n && DistributionName.Normalize(n) == requirement.NormalizedName);
        return entry?.Line.FirstLine;
    }
}
