using System.Text;

namespace VenvLsp.Bench.Generators;

/// <summary>A file of a generated tree, by its path relative to the tree's root.</summary>
public sealed record GeneratedFile(string RelativePath, byte[] Content, bool Executable = false)
{
    public static GeneratedFile Text(string relativePath, string text, bool executable = false) =>
        new(relativePath, Encoding.UTF8.GetBytes(text), executable);
}

/// <summary>Writes generated files below a folder.</summary>
public static class TreeWriter
{
    /// <summary>Writes every file (creating folders); returns how many bytes were written.</summary>
    public static long Write(string root, IEnumerable<GeneratedFile> files)
    {
        long bytes = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            if (file.Executable && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                    UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            bytes += file.Content.Length;
        }
        return bytes;
    }

    /// <summary>A fresh folder under the system's temporary folder.</summary>
    public static string NewTemporaryFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Removes a folder, ignoring what cannot be removed.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
