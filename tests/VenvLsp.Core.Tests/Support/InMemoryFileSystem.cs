using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Support;

/// <summary>A file system in memory, for tests: files by absolute path; folders exist when a file is under them.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { "/" };
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);

    public InMemoryFileSystem Add(string path, string content)
    {
        path = PathUtil.Normalize(path);
        _files[path] = content;
        foreach (var directory in PathUtil.Ancestors(PathUtil.Directory(path))) _directories.Add(directory);
        return this;
    }

    public InMemoryFileSystem AddDirectory(string path)
    {
        foreach (var directory in PathUtil.Ancestors(PathUtil.Normalize(path))) _directories.Add(directory);
        return this;
    }

    public InMemoryFileSystem AddLink(string path, string target)
    {
        _links[PathUtil.Normalize(path)] = target;
        return this;
    }

    public InMemoryFileSystem Remove(string path)
    {
        _files.Remove(PathUtil.Normalize(path));
        return this;
    }

    public string Content(string path) => _files[PathUtil.Normalize(path)];

    public FileRead Read(string path)
    {
        if (!_files.TryGetValue(path, out var content)) return _directories.Contains(path) ? FileRead.Unreadable("it is a directory") : FileRead.Missing;
        var text = SourceText.From(content);
        return text.LooksBinary ? new FileRead(text, "it is a binary file, not text", true) : FileRead.Ok(text);
    }

    private readonly Dictionary<string, byte[]> _binary = new(StringComparer.Ordinal);

    public InMemoryFileSystem AddBytes(string path, byte[] bytes)
    {
        path = PathUtil.Normalize(path);
        _binary[path] = bytes;
        return Add(path, System.Text.Encoding.Latin1.GetString(bytes));
    }

    public byte[]? ReadBytes(string path, long maxBytes) =>
        _binary.TryGetValue(path, out var bytes) ? bytes : _files.TryGetValue(path, out var content) ? System.Text.Encoding.UTF8.GetBytes(content) : null;

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _directories.Contains(path);

    public IReadOnlyList<DirectoryEntry> List(string directory)
    {
        var prefix = directory == "/" ? "/" : directory + "/";
        var names = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var file in _files.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var rest = file[prefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash < 0) names[rest] = false;
            else names[rest[..slash]] = true;
        }
        foreach (var dir in _directories.Where(d => d.StartsWith(prefix, StringComparison.Ordinal) && d.Length > prefix.Length))
        {
            var rest = dir[prefix.Length..];
            names[rest.Split('/')[0]] = true;
        }
        return names.Select(n => new DirectoryEntry(prefix + n.Key, n.Key, n.Value, _links.ContainsKey(prefix + n.Key))).ToList();
    }

    public string? LinkTarget(string path) => _links.GetValueOrDefault(path);
}
