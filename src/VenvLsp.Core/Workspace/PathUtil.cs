namespace VenvLsp.Workspace;

/// <summary>Path helpers. Inside the engine every path is absolute, uses '/' and has no trailing '/'.</summary>
public static class PathUtil
{
    public static string Normalize(string path)
    {
        var full = System.IO.Path.GetFullPath(path).Replace('\\', '/');
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }

    public static string Combine(string directory, string relative) =>
        Normalize(System.IO.Path.Combine(directory, relative));

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..slash];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or inside it.</summary>
    public static bool IsUnder(string path, string directory) =>
        path == directory || (path.StartsWith(directory, StringComparison.Ordinal) &&
                              (directory == "/" || (path.Length > directory.Length && path[directory.Length] == '/')));

    /// <summary>The path relative to <paramref name="directory"/>, with '/'; the path itself when it is not under it.</summary>
    public static string Relative(string directory, string path)
    {
        if (path == directory) return ".";
        if (!IsUnder(path, directory)) return path;
        return directory == "/" ? path[1..] : path[(directory.Length + 1)..];
    }

    /// <summary>The folder <paramref name="directory"/> and every folder above it, up to the root.</summary>
    public static IEnumerable<string> Ancestors(string directory)
    {
        var current = directory;
        while (true)
        {
            yield return current;
            if (current == "/" || current.Length == 0) yield break;
            var parent = Directory(current);
            if (parent == current) yield break;
            current = parent;
        }
    }
}
