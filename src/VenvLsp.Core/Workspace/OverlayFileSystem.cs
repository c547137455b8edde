using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>The editor's open documents laid over another file system: an open document is read
/// from the editor's text, whatever is on disk. Immutable.</summary>
public sealed class OverlayFileSystem(IFileSystem disk, ImmutableDictionary<string, SourceText> documents) : IFileSystem
{
    public IFileSystem Disk => disk;

    public ImmutableDictionary<string, SourceText> Documents => documents;

    public FileRead Read(string path) =>
        documents.TryGetValue(path, out var text) ? FileRead.Ok(text) : disk.Read(path);

    public byte[]? ReadBytes(string path, long maxBytes) =>
        documents.TryGetValue(path, out var text) ? text.ToBytes() : disk.ReadBytes(path, maxBytes);

    public bool FileExists(string path) => documents.ContainsKey(path) || disk.FileExists(path);

    public bool DirectoryExists(string path) => disk.DirectoryExists(path);

    public IReadOnlyList<DirectoryEntry> List(string directory)
    {
        var listing = disk.List(directory);
        var extra = documents.Keys.Where(p => PathUtil.Directory(p) == directory && listing.All(e => e.Path != p)).ToList();
        if (extra.Count == 0) return listing;
        return listing.Concat(extra.Select(p => new DirectoryEntry(p, PathUtil.FileName(p), false, false)))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    public string? LinkTarget(string path) => disk.LinkTarget(path);
}
