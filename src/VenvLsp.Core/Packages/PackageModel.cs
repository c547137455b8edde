using System.Text.RegularExpressions;
using VenvLsp.Common;
using VenvLsp.Workspace;

namespace VenvLsp.Packages;

/// <summary>Where the model name came from.</summary>
public enum ModelSource
{
    Configuration,
    EcfFile,
    FolderName,
}

/// <summary>A file of a package and what it is.</summary>
public sealed record PackageFile(string Path, string RelativePath, DocumentKind Kind);

/// <summary>The model name and where it was found; <see cref="Where"/> names the ecf file.</summary>
public sealed record ModelName(string Name, ModelSource Source, string? Where);

/// <summary>
/// A production package: its root, its model name (from <c>venvlsp.json</c>, else <c>export model=</c>
/// or <c>model=</c> in its ecf job cards, else the folder name <c>name.vX.Y.Z</c>) and its files by kind.
/// <c>venv/</c> is never part of it.
/// </summary>
public sealed partial record PackageModel(string Root, ModelName Model, EquatableArray<PackageFile> Files)
{
    /// <summary>The variable that holds the package root at run time: <c>HOME</c> + the model name.</summary>
    public string HomeVariable => "HOME" + Model.Name;

    public IEnumerable<PackageFile> OfKind(params DocumentKind[] kinds) => Files.Where(f => kinds.Contains(f.Kind));

    public bool Contains(string path) => Files.Any(f => f.Path == path);

    /// <summary>The package model of a root, computed from the snapshot and kept while its inputs hold.</summary>
    public static PackageModel Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package", root, static (s, r) => new PackageModel(r, GetModel(s, r), GetFiles(s, r)));

    /// <summary>The files of the package, by kind (a separate value, so content edits do not touch it).</summary>
    public static EquatableArray<PackageFile> GetFiles(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-files", root, static (s, r) =>
        {
            var scan = new WorkspaceScanner(s).Scan([r]);
            var files = scan.Files
                .Select(f => f.Path)
                .Where(p => PathUtil.IsUnder(p, r))
                .Select(p => new PackageFile(p, PathUtil.Relative(r, p), Classify(s, r, p)))
                .Where(f => f.Kind != DocumentKind.Other)
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
                .ToList();
            return new EquatableArray<PackageFile>([.. files]);
        });

    /// <summary>The model name (a separate value: editing a job card that still declares the same model
    /// changes nothing that depends on the name).</summary>
    public static ModelName GetModel(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-model", root, static (s, r) =>
        {
            var options = s.GetConfiguration(r).Options;
            if (options.Model is { } configured) return new ModelName(configured, ModelSource.Configuration, options.ConfigPath);
            foreach (var file in GetFiles(s, r).Where(f => f.Kind == DocumentKind.EcfJobCard))
                if (DeclaredModel(s, file.Path) is { } declared) return new ModelName(declared, ModelSource.EcfFile, file.Path);
            return new ModelName(PackageLocator.ModelFromFolderName(PathUtil.FileName(r)), ModelSource.FolderName, null);
        });

    /// <summary>The model a job card sets (<c>export model=aigfs</c>, <c>model=hafs</c>), or null.</summary>
    public static string? DeclaredModel(WorkspaceSnapshot snapshot, string path) =>
        snapshot.Query("ecf-model", path, static (s, p) =>
        {
            if (s.ReadText(p) is not { } text) return null;
            var match = ModelAssignment().Match(text.Content);
            return match.Success ? match.Groups["model"].Value : null;
        });

    private static DocumentKind Classify(WorkspaceSnapshot snapshot, string root, string path)
    {
        var relative = PathUtil.Relative(root, path);
        var name = PathUtil.FileName(path);
        // Only files without an extension need their first line to be told apart.
        string? firstLine = null;
        if (!name.Contains('.') && snapshot.ReadText(path) is { LineCount: > 0 } text) firstLine = text.GetLineText(0);
        var kind = FileClassifier.Classify(relative, firstLine);
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        return options.ApprovedLists.Contains(path) ? DocumentKind.ApprovedList : kind;
    }

    [GeneratedRegex(@"^[ \t]*(?:export[ \t]+)*model=[""']?(?<model>[A-Za-z][A-Za-z0-9_]*)[""']?[ \t]*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex ModelAssignment();
}
