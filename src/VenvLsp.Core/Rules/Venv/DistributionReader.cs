using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>Reads the installed distributions of one site-packages folder.</summary>
/// <remarks>Files are read as bytes through the snapshot (the read is recorded, the content is not kept
/// in the cache): a METADATA file carries the whole project description, of which only the header is
/// needed.</remarks>
internal static class DistributionReader
{
    private const long MaxMetadataBytes = 16 * 1024 * 1024;
    private const long MaxRecordBytes = 32 * 1024 * 1024;
    private const long MaxSmallFileBytes = 1024 * 1024;

    private sealed record Found(
        DistInfoFolderName Folder, string FolderPath, bool IsFolder, string MetadataPath, CoreMetadata? Metadata,
        ImmutableArray<string>? TopLevel, string? LocalPath);

    public static IEnumerable<InstalledDistribution> ReadAll(WorkspaceSnapshot snapshot, string sitePackages)
    {
        var found = new List<Found>();
        foreach (var entry in snapshot.List(sitePackages))
        {
            if (DistInfoFolderName.TryParse(entry.Name) is not { } folder) continue;
            found.Add(entry.IsDirectory ? ReadFolder(snapshot, folder, entry.Path) : ReadEggInfoFile(snapshot, folder, entry.Path));
        }

        // Namespace packages (google, mpl_toolkits) appear in the top_level.txt of every distribution that
        // contributes to them; only the file list tells which part each one owns.
        var shared = found.Where(f => f.TopLevel is not null)
            .SelectMany(f => f.TopLevel!.Value.Distinct())
            .GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var f in found)
        {
            var modules = f.TopLevel is { } topLevel && !topLevel.Any(shared.Contains)
                ? ProvidedModules.FromTopLevel(topLevel)
                : ModulesFromFileList(snapshot, f) ?? ProvidedModules.FromTopLevel(f.TopLevel ?? []);
            var name = NonEmpty(f.Metadata?.Name) ?? f.Folder.Name;
            yield return new InstalledDistribution(name, DistributionName.Normalize(name), NonEmpty(f.Metadata?.Version) ?? f.Folder.Version,
                f.MetadataPath, new(modules.TopLevel), new(modules.Modules), f.LocalPath);
        }
    }

    private static Found ReadFolder(WorkspaceSnapshot snapshot, DistInfoFolderName folder, string path)
    {
        var isDistInfo = folder.Kind == DistributionInfoKind.DistInfo;
        var metadataPath = path + (isDistInfo ? "/METADATA" : "/PKG-INFO");
        var topLevel = ReadUtf8(snapshot, path + "/top_level.txt", MaxSmallFileBytes) is { } text ? MetadataLists.ParseTopLevel(text) : (ImmutableArray<string>?)null;
        var localPath = isDistInfo ? LocalPathOf(ReadUtf8(snapshot, path + "/direct_url.json", MaxSmallFileBytes)) : null;
        return new Found(folder, path, true, metadataPath, ReadHeader(snapshot, metadataPath), topLevel, localPath);
    }

    /// <summary>distutils wrote a single <c>name-1.0-py3.12.egg-info</c> file holding PKG-INFO.</summary>
    private static Found ReadEggInfoFile(WorkspaceSnapshot snapshot, DistInfoFolderName folder, string path) =>
        new(folder, path, false, path, ReadHeader(snapshot, path), null, null);

    private static ProvidedModules? ModulesFromFileList(WorkspaceSnapshot snapshot, Found found)
    {
        if (!found.IsFolder) return null;
        if (found.Folder.Kind == DistributionInfoKind.DistInfo)
        {
            var record = ReadUtf8(snapshot, found.FolderPath + "/RECORD", MaxRecordBytes);
            return record is null ? null : ProvidedModules.FromRecord(RecordFile.Parse(record).Paths);
        }
        var installed = ReadUtf8(snapshot, found.FolderPath + "/installed-files.txt", MaxRecordBytes);
        return installed is null ? null : ProvidedModules.FromInstalledFiles(MetadataLists.ParseInstalledFiles(installed));
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
