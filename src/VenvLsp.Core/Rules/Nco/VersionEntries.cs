using VenvLsp.Text;
using VenvLsp.Versions;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Nco;

/// <summary>What a versions entry versions, as its uses tell.</summary>
public enum VersionEntryKind
{
    /// <summary>Nothing tells, or the uses disagree: the <c>v</c> rule stays silent.</summary>
    Unknown,
    /// <summary>Loaded as a module (<c>module load netcdf/${netcdf_ver}</c>, a modulefile's <c>load(...)</c>): no <c>v</c>.</summary>
    Module,
    /// <summary>The package's own version (<c>aigfs_ver</c>) or another package's folder (<c>obsproc.${obsproc_ver}</c>): a <c>v</c>.</summary>
    Package,
}

/// <summary>One entry of a versions file, as cross-file features see it.</summary>
/// <param name="Path">The versions file.</param>
/// <param name="Entry">The entry that wins in that file (the last one set).</param>
/// <param name="Text">The versions file's text, for positions.</param>
public sealed record VersionDefinition(string Path, VersionsEntry Entry, SourceText Text);

/// <summary>Facts about versions entries shared by NCO413, NCO414 and the versions navigation.</summary>
public static class VersionEntries
{
    /// <summary>The two versions files the standard names.</summary>
    public const string BuildFile = "build.ver";
    public const string RunFile = "run.ver";

    /// <summary>Module or package, from the entry's name and the package's uses of it.</summary>
    public static VersionEntryKind Classify(string name, string? model, VersionUseKind? uses)
    {
        var isModule = uses is { } kinds && kinds.HasFlag(VersionUseKind.Module);
        var isPackage = (model is not null && name == model + VersionReferences.Suffix) ||
                        (uses is { } folder && folder.HasFlag(VersionUseKind.PackageFolder));
        if (isModule == isPackage) return VersionEntryKind.Unknown;
        return isModule ? VersionEntryKind.Module : VersionEntryKind.Package;
    }

    /// <summary>A versions file, parsed once while unchanged (the same parse the analyzer uses).</summary>
    public static VersionsFile? Parse(WorkspaceSnapshot snapshot, string path) =>
        snapshot.GetParsed(path, static (_, text) => VersionsFileParser.Parse(text.Content));

    /// <summary>The versions files of a package, <c>build.ver</c> and <c>run.ver</c> first, then the others by name.</summary>
    public static IReadOnlyList<string> FilesOf(WorkspaceSnapshot snapshot, string root) =>
        Packages.PackageModel.GetFiles(snapshot, root)
            .Where(f => f.Kind == Packages.DocumentKind.Versions)
            .Select(f => f.Path)
            .OrderBy(p => PathUtil.FileName(p) switch { BuildFile => 0, RunFile => 1, _ => 2 })
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>Where <paramref name="name"/> is set in the package's versions files, in <see cref="FilesOf"/> order.</summary>
    public static IReadOnlyList<VersionDefinition> Definitions(WorkspaceSnapshot snapshot, string root, string name)
    {
        var found = new List<VersionDefinition>();
        foreach (var path in FilesOf(snapshot, root))
            if (Parse(snapshot, path)?.Find(name) is { } entry && snapshot.ReadText(path) is { } text)
                found.Add(new VersionDefinition(path, entry, text));
        return found;
    }
}
