namespace VenvLsp.Ignore;

/// <summary>Repository-relative paths as this folder uses them: segments joined by <c>/</c>, no leading or trailing slash.</summary>
internal static class IgnorePaths
{
    /// <summary>Drops empty and <c>.</c> segments (so <c>./venv/</c> becomes <c>venv</c>); <c>""</c> is the root.</summary>
    public static string Normalize(string path)
    {
        if (path.Length == 0) return path;
        if (IsNormal(path)) return path;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
        return string.Join('/', parts);
    }

    private static bool IsNormal(string path)
    {
        if (path[0] == '/' || path[^1] == '/') return false;
        if (path.Contains("//", StringComparison.Ordinal)) return false;
        return path != "." && !path.StartsWith("./", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal)
            && !path.Contains("/./", StringComparison.Ordinal);
    }
}
