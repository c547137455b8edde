using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>The disk. Large and binary files are refused with a reason, never read whole into an analysis.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>No file the checker understands is anywhere near this size; bigger ones are skipped.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    public static PhysicalFileSystem Instance { get; } = new();

    public FileRead Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Directory.Exists(path) ? FileRead.Unreadable("it is a directory") : FileRead.Missing;
            if ((info.Attributes & FileAttributes.Directory) != 0) return FileRead.Unreadable("it is a directory");
            if (NotAFile(path) is { } kind) return FileRead.Unreadable(kind);
            if (info.Length > MaxFileBytes)
                return FileRead.Unreadable($"it is {info.Length / (1024 * 1024)} MB, more than the {MaxFileBytes / (1024 * 1024)} MB the checker reads");
            // The length can be wrong (a file that grows, a /proc file that says 0): read no more than the limit.
            if (ReadAtMost(path, MaxFileBytes) is not { } bytes)
                return FileRead.Unreadable($"it is more than the {MaxFileBytes / (1024 * 1024)} MB the checker reads");
            var text = SourceText.FromBytes(bytes);
            return text.LooksBinary ? new FileRead(text, "it is a binary file, not text", true) : FileRead.Ok(text);
        }
        catch (UnauthorizedAccessException)
        {
            return FileRead.Unreadable("permission denied");
        }
        catch (IOException e)
        {
            return File.Exists(path) ? FileRead.Unreadable(e.Message) : FileRead.Missing;
        }
    }

    public byte[]? ReadBytes(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length <= maxBytes && NotAFile(path) is null ? ReadAtMost(path, maxBytes) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Why a path that exists is no file to read (a FIFO would block the reader forever, a
    /// device never ends), or null for a regular file (or when the kind cannot be told).</summary>
    private static string? NotAFile(string path) => FileKinds.Of(path) switch
    {
        FileKind.Fifo => "it is a named pipe (FIFO), not a regular file",
        FileKind.Device => "it is a device, not a regular file",
        FileKind.Socket => "it is a socket, not a regular file",
        FileKind.Other => "it is not a regular file",
        _ => null,
    };

    /// <summary>The whole file when it has at most <paramref name="limit"/> bytes, else null.</summary>
    /// <remarks>Reads into an array of the size the file says it has (one allocation for the usual
    /// file), then checks for more: a file that grew, or one whose size says 0, is read on in chunks,
    /// never past the limit.</remarks>
    private static byte[]? ReadAtMost(string path, long limit)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var stated = RandomAccess.GetLength(handle);
        if (stated > limit) return null;
        var bytes = new byte[stated];
        var total = 0;
        while (total < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(total), total);
            if (read == 0) return bytes[..total]; // it shrank
            total += read;
        }
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, total) == 0) return bytes;
        // More than it said: read on, up to the limit.
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        buffer.Write(probe);
        var chunk = new byte[16384];
        while (buffer.Length <= limit)
        {
            var read = RandomAccess.Read(handle, chunk.AsSpan(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), buffer.Length);
            if (read == 0) return buffer.ToArray();
            buffer.Write(chunk, 0, read);
        }
        return null;
    }

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public IReadOnlyList<DirectoryEntry> List(string directory)
    {
        try
        {
            var result = new List<DirectoryEntry>();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                var isLink = entry.LinkTarget is not null;
                var isDirectory = (entry.Attributes & FileAttributes.Directory) != 0;
                result.Add(new DirectoryEntry(PathUtil.Normalize(entry.FullName), entry.Name, isDirectory, isLink));
            }
            result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return [];
        }
    }

    public string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
