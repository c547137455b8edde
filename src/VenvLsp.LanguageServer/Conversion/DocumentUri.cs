namespace VenvLsp.LanguageServer.Conversion;

/// <summary>file:// URIs to the engine's absolute paths and back.</summary>
public static class DocumentUri
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        var path = Uri.UnescapeDataString(parsed.AbsolutePath);
        // No file has a NUL in its path (and Path.GetFullPath throws on one).
        if (path.Contains('\0')) return null;
        return Workspace.PathUtil.Normalize(path);
    }

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
