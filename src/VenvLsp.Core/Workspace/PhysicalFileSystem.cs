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
            if (info.Length > MaxFileBytes)
                return FileRead.Unreadable($"it is {info.Length / (1024 * 1024)} MB, more than the {MaxFileBytes / (1024 * 1024)} MB the checker reads");
            var bytes = File.ReadAllBytes(path);
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
            return info.Exists && info.Length <= maxBytes ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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
