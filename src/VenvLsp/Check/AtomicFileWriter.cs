namespace VenvLsp.Cli.Check;

/// <summary>
/// Writes a file so that it is never seen half-written and never loses its mode: the new content
/// goes to a temporary file in the same folder, which takes the original's permissions and then
/// replaces it with one rename. A file whose bytes changed since they were read is left alone.
/// </summary>
public static class AtomicFileWriter
{
    /// <returns>null on success, else why the file was not written.</returns>
    public static string? Write(string path, byte[] expectedCurrent, byte[] content)
    {
        string? temporary = null;
        try
        {
            // Write through a symbolic link to the file it names, so the link stays a link.
            if (new FileInfo(path).LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
                path = target.FullName;
            var exists = File.Exists(path);
            if (exists)
            {
                var current = File.ReadAllBytes(path);
                if (!current.AsSpan().SequenceEqual(expectedCurrent))
                    return "it changed since it was read; run the check again";
            }
            else if (expectedCurrent.Length != 0)
            {
                return "it was removed since it was read";
            }
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.venvlsp-{Environment.ProcessId}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                var mode = exists ? File.GetUnixFileMode(path) : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
                File.SetUnixFileMode(temporary, mode);
            }
            File.Move(temporary, path, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        finally
        {
            if (temporary is not null)
            {
                try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }
}
