using System.Text;
using System.Text.Json;
using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>Reads the installed distributions of one site-packages folder, and on request their file lists.</summary>
/// <remarks>Files are read as bytes through the snapshot (the read is recorded, the content is not kept
/// in the cache): a METADATA file carries the whole project description, of which only the header is
/// needed.</remarks>
internal static class DistributionReader
{
    private const long MaxMetadataBytes = 16 * 1024 * 1024;
    private const long MaxRecordBytes = 32 * 1024 * 1024;
    private const long MaxSmallFileBytes = 1024 * 1024;

    public static IEnumerable<InstalledDistribution> ReadAll(WorkspaceSnapshot snapshot, string sitePackages)
    {
        foreach (var entry in snapshot.List(sitePackages))
        {
            if (DistInfoFolderName.TryParse(entry.Name) is not { } folder) continue;
            var isDistInfo = folder.Kind == DistributionInfoKind.DistInfo;
            // distutils wrote a single name-1.0-py3.12.egg-info file holding PKG-INFO.
            var metadataPath = !entry.IsDirectory ? entry.Path : entry.Path + (isDistInfo ? "/METADATA" : "/PKG-INFO");
            var metadata = ReadHeader(snapshot, metadataPath);
            var topLevelText = entry.IsDirectory ? ReadUtf8(snapshot, entry.Path + "/top_level.txt", MaxSmallFileBytes) : null;
            var topLevel = topLevelText is null ? [] : MetadataLists.ParseTopLevel(topLevelText);
            var localPath = entry.IsDirectory && isDistInfo ? LocalPathOf(ReadUtf8(snapshot, entry.Path + "/direct_url.json", MaxSmallFileBytes)) : null;
            var name = NonEmpty(metadata?.Name) ?? folder.Name;
            yield return new InstalledDistribution(name, DistributionName.Normalize(name), NonEmpty(metadata?.Version) ?? folder.Version,
                metadataPath, entry.Path, folder.Kind, new(topLevel), topLevelText is not null, localPath);
        }
    }

    /// <summary>The modules a distribution installs, from its file list (<c>RECORD</c>, or an egg-info's
    /// <c>installed-files.txt</c>); null when it has none.</summary>
    public static ProvidedModules? ModulesFromFileList(WorkspaceSnapshot snapshot, InstalledDistribution installed)
    {
        if (installed.MetadataPath == installed.InfoPath) return null; // a single egg-info file lists nothing
        if (installed.Kind == DistributionInfoKind.DistInfo)
        {
            var record = ReadUtf8(snapshot, installed.InfoPath + "/RECORD", MaxRecordBytes);
            return record is null ? null : ProvidedModules.FromRecord(RecordFile.Parse(record).Paths);
        }
        var files = ReadUtf8(snapshot, installed.InfoPath + "/installed-files.txt", MaxRecordBytes);
        return files is null ? null : ProvidedModules.FromInstalledFiles(MetadataLists.ParseInstalledFiles(files));
    }

    /// <summary>The header fields of a metadata file: the text up to the first empty line.</summary>
    private static CoreMetadata? ReadHeader(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.ReadBytes(path, MaxMetadataBytes) is not { } bytes) return null;
        var end = HeaderEnd(bytes);
        return CoreMetadata.Parse(Decode(bytes.AsSpan(0, end)));
    }

    private static int HeaderEnd(byte[] bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\n') continue;
            if (bytes[i + 1] == '\n') return i + 1;
            if (bytes[i + 1] == '\r' && i + 2 < bytes.Length && bytes[i + 2] == '\n') return i + 1;
        }
        return bytes.Length;
    }

    private static string? ReadUtf8(WorkspaceSnapshot snapshot, string path, long maxBytes) =>
        snapshot.ReadBytes(path, maxBytes) is { } bytes ? Decode(bytes) : null;

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The local folder or archive of a PEP 610 <c>direct_url.json</c> with a <c>file:</c> URL.</summary>
    internal static string? LocalPathOf(string? directUrlJson)
    {
        if (directUrlJson is null) return null;
        try
        {
            using var document = JsonDocument.Parse(directUrlJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
                return null;
            var text = url.GetString();
            if (text is null || !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return null;
            var uri = new Uri(text);
            return uri.IsFile && uri.LocalPath.StartsWith('/') ? PathUtil.Normalize(uri.LocalPath) : null;
        }
        catch (Exception e) when (e is JsonException or UriFormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
