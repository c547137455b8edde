using System.Text.RegularExpressions;
using VenvLsp.Workspace;

namespace VenvLsp.Packages;

/// <summary>
/// Finds production-package roots. A folder is a package root when it is named like one
/// (<c>aigfs.v1.0.0</c>) or holds one of the standard folders <c>ecf/</c>, <c>jobs/</c> or
/// <c>versions/</c>. A file belongs to the nearest such folder above it, looking no higher than the
/// repository root (the folder with <c>.git</c>).
/// </summary>
public static partial class PackageLocator
{
    public static bool IsPackageRoot(IFileSystem files, string directory)
    {
        if (VersionedName().IsMatch(PathUtil.FileName(directory))) return true;
        return files.DirectoryExists(directory + "/ecf") || files.DirectoryExists(directory + "/jobs") ||
               files.DirectoryExists(directory + "/versions");
    }

    /// <summary>The package root that holds <paramref name="path"/>, or null when it is in none.</summary>
    public static string? FindRoot(IFileSystem files, string path, bool isDirectory = false)
    {
        var start = isDirectory ? path : PathUtil.Directory(path);
        foreach (var directory in PathUtil.Ancestors(start))
        {
            if (PathUtil.FileName(directory) == "venv" && directory != start) continue;
            if (IsPackageRoot(files, directory)) return directory;
            if (files.DirectoryExists(directory + "/.git") || files.FileExists(directory + "/.git")) return null;
        }
        return null;
    }

    /// <summary>The repository root above <paramref name="directory"/> (the folder with <c>.git</c>), or null.</summary>
    public static string? FindRepositoryRoot(IFileSystem files, string directory)
    {
        foreach (var candidate in PathUtil.Ancestors(directory))
            if (files.DirectoryExists(candidate + "/.git") || files.FileExists(candidate + "/.git")) return candidate;
        return null;
    }

    /// <summary>The model name a package folder's name gives: <c>aigfs.v1.0.0</c> → <c>aigfs</c>.</summary>
    public static string ModelFromFolderName(string folderName)
    {
        var match = VersionedName().Match(folderName);
        var name = match.Success ? match.Groups["model"].Value : folderName;
        var cleaned = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        return cleaned.Length > 0 ? cleaned : "model";
    }

    [GeneratedRegex(@"^(?<model>[A-Za-z][A-Za-z0-9_]*)\.v\d+(\.\d+)*$")]
    private static partial Regex VersionedName();
}
