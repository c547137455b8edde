using System.Diagnostics;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>A temporary folder holding a repository with one package, written by the test; deleted afterwards.</summary>
public sealed class TempTree : IDisposable
{
    public const string PackageName = "aigfs.v1.0.0";

    public TempTree(bool withPackage = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "venvlsp-rel-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        if (!withPackage) return;
        Write("approved.txt", "numpy==1.26.4\nscipy==1.13.1\n");
        Write("venvlsp.json", """{ "approvedList": "approved.txt" }""");
        Write(PackageName + "/requirements.txt", "numpy==1.26.4\n");
        Write(PackageName + "/versions/build.ver", "export python_ver=3.12.0\n");
    }

    public string Root { get; }

    public string Package => Path.Combine(Root, PackageName);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string content, UnixFileMode? mode = null) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(content), mode);

    public string WriteBytes(string relative, byte[] content, UnixFileMode? mode = null)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        if (mode is { } m) File.SetUnixFileMode(path, m);
        return path;
    }

    /// <summary>A symbolic link at <paramref name="relative"/> (its folder made first) to <paramref name="target"/>.</summary>
    public string Link(string relative, string target, bool toDirectory = false)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (toDirectory) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
        return path;
    }

    public string Fifo(string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public void Dispose()
    {
        try
        {
            foreach (var directory in Directory.EnumerateDirectories(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
                if (new DirectoryInfo(directory).LinkTarget is null) File.SetUnixFileMode(directory, (UnixFileMode)0x1ff);
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
