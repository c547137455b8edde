using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>An entry of a directory listing.</summary>
public readonly record struct DirectoryEntry(string Path, string Name, bool IsDirectory, bool IsSymbolicLink);

/// <summary>The outcome of reading a file: its text, or why there is none.</summary>
public sealed record FileRead(SourceText? Text, string? Problem, bool Exists)
{
    public static FileRead Missing { get; } = new(null, null, false);

    public static FileRead Ok(SourceText text) => new(text, null, true);

    public static FileRead Unreadable(string problem) => new(null, problem, true);
}

/// <summary>
/// What the engine reads files and folders through: the disk, or the disk with the editor's open
/// documents laid over it. Implementations never throw for missing or unreadable paths.
/// Paths are absolute and normalized (<see cref="PathUtil.Normalize"/>).
/// </summary>
public interface IFileSystem
{
    FileRead Read(string path);

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The entries of a folder (empty when it is missing or unreadable), in ordinal name order.</summary>
    IReadOnlyList<DirectoryEntry> List(string directory);

    /// <summary>The raw bytes of a file (binary files such as git's index), or null when it is missing,
    /// unreadable or larger than <paramref name="maxBytes"/>.</summary>
    byte[]? ReadBytes(string path, long maxBytes);

    /// <summary>Where a symbolic link points (as stored in the link), or null when the path is not a link.</summary>
    string? LinkTarget(string path);
}
