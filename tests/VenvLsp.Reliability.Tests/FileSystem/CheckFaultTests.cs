using System.Collections.Immutable;
using VenvLsp.Cli.Check;
using VenvLsp.Reliability.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Reliability.Tests.FileSystem;

/// <summary><c>venvlsp check</c> on trees with files it cannot or must not read: it says so and goes on.</summary>
public sealed class CheckFaultTests : IDisposable
{
    private readonly TempTree _tree = new();

    private CliResult Check(params string[] extra) => CheckCli.Run(_tree.Root, ["check", .. extra]);

    /// <summary>The package's good requirements file is still checked (a misspelt name still found).</summary>
    private void AssertStillChecks(CliResult result)
    {
        Assert.Contains("VENV101", result.Stdout);
        Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
    }

    private void AddMisspelt() => _tree.Write(TempTree.PackageName + "/sorc/requirements-dev.txt", "nunpy==1.26.4\n");

    [Fact]
    public void A_FIFO_named_like_a_requirements_file_is_skipped_with_a_reason()
    {
        AddMisspelt();
        _tree.Fifo(TempTree.PackageName + "/requirements-extra.txt");
        var result = Check();
        Assert.Contains("requirements-extra.txt: skipped: it is a named pipe", result.Stderr);
        AssertStillChecks(result);
    }

    [Fact]
    public void A_50_MB_requirements_file_is_skipped_with_its_size()
    {
        AddMisspelt();
        using (var stream = File.Create(_tree.PathOf(TempTree.PackageName + "/requirements-big.txt"))) stream.SetLength(50L * 1024 * 1024);
        var result = Check();
        Assert.Contains("requirements-big.txt: skipped: it is 50 MB", result.Stderr);
        AssertStillChecks(result);
    }

    [Fact]
    public void A_binary_requirements_file_is_skipped_as_binary()
    {
        AddMisspelt();
        var random = new Random(3);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[10] = 0;
        _tree.WriteBytes(TempTree.PackageName + "/requirements-bin.txt", bytes);
        var result = Check();
        Assert.Contains("requirements-bin.txt: skipped: it is a binary file", result.Stderr);
        AssertStillChecks(result);
    }

    [Fact]
    public void A_requirements_file_with_invalid_UTF_8_is_checked_and_never_rewritten_by_fix()
    {
        AddMisspelt();
        byte[] bytes = [.. "scipy>=1\n# caf"u8, 0xE9, .. "\nnumpy==1.26.4\n"u8];
        var path = _tree.WriteBytes(TempTree.PackageName + "/requirements-latin1.txt", bytes);
        var result = Check("--fix");
        Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
        // Writing it back would turn the Latin-1 byte into U+FFFD: the file is left as it was, and the
        // message says why (not "it changed since it was read", which no second run would cure).
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Contains("requirements-latin1.txt: not fixed: it is not valid UTF-8", result.Stderr);
    }

    [Fact]
    public void Symbolic_link_loops_end_the_walk_without_error()
    {
        AddMisspelt();
        _tree.Link(TempTree.PackageName + "/sorc/loop", "..", toDirectory: true);
        _tree.Link("self", ".", toDirectory: true);
        _tree.Link(TempTree.PackageName + "/requirements-a.txt", "requirements-b.txt");
        _tree.Link(TempTree.PackageName + "/requirements-b.txt", "requirements-a.txt");
        var result = Check();
        AssertStillChecks(result);
    }

    [Fact]
    public void Files_deleted_or_renamed_during_the_scan_are_passed_over()
    {
        AddMisspelt();
        for (var i = 0; i < 20; i++) _tree.Write($"{TempTree.PackageName}/sorc/requirements-{i}.txt", "numpy==1.26.4\n");
        var disk = new VanishingFileSystem(PhysicalFileSystem.Instance, path =>
        {
            // As the package's sorc/ folder is listed, half of its files go away or move.
            if (!path.EndsWith("/sorc", StringComparison.Ordinal)) return;
            for (var i = 0; i < 20; i += 2)
            {
                var file = Path.Combine(path, $"requirements-{i}.txt");
                if (i % 4 == 0) File.Delete(file);
                else File.Move(file, file + ".moved");
            }
        });
        var report = new CheckRunner(disk).Run(new CheckRequest([_tree.Root], null, [], Fix: false, NoSuppressions: false, _tree.Root));
        Assert.Contains(report.Diagnostics, d => d.Diagnostic.RuleId == "VENV101");
        Assert.DoesNotContain(report.Diagnostics, d => d.Diagnostic.Location.Path.EndsWith("requirements-0.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_files_and_folders_are_reported_not_fatal()
    {
        AddMisspelt();
        var secret = _tree.Write(TempTree.PackageName + "/requirements-secret.txt", "numpy==1.26.4\n", UnixFileMode.None);
        var closed = _tree.PathOf(TempTree.PackageName + "/ush");
        _tree.Write(TempTree.PackageName + "/ush/requirements.txt", "nunpy\n");
        File.SetUnixFileMode(closed, UnixFileMode.None);
        if (Environment.IsPrivilegedProcess)
        {
            // Permissions do not stop root: the same check runs as the unprivileged user "nobody" in a
            // process of its own, which the permissions do stop.
            var result = Unprivileged.RunCheck(_tree.Root);
            Assert.True(result.ExitCode is 0 or 1, result.Stderr);
            Assert.Contains("requirements-secret.txt: skipped: permission denied", result.Stderr);
            Assert.Contains("VENV101", result.Stdout);
            Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
        }
        else
        {
            var result = Check();
            Assert.Contains("requirements-secret.txt: skipped: permission denied", result.Stderr);
            AssertStillChecks(result);
        }
        Assert.True(File.Exists(secret));
    }

    public void Dispose() => _tree.Dispose();
}

/// <summary>The disk, with a hook that runs right after a folder is listed: files can vanish between the
/// listing and the read, deterministically.</summary>
public sealed class VanishingFileSystem(IFileSystem inner, Action<string> afterList) : IFileSystem
{
    public FileRead Read(string path) => inner.Read(path);
    public bool FileExists(string path) => inner.FileExists(path);
    public bool DirectoryExists(string path) => inner.DirectoryExists(path);
    public byte[]? ReadBytes(string path, long maxBytes) => inner.ReadBytes(path, maxBytes);
    public string? LinkTarget(string path) => inner.LinkTarget(path);

    public IReadOnlyList<DirectoryEntry> List(string directory)
    {
        var listing = inner.List(directory);
        afterList(directory);
        return listing;
    }
}
