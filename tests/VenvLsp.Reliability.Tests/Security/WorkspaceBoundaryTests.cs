using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Security;

/// <summary>What a workspace can make the checker read and write: nothing outside it through a link, and
/// nothing a hostile configuration names beyond reading it, boundedly.</summary>
public sealed class WorkspaceBoundaryTests : IDisposable
{
    private readonly TempTree _tree = new();
    private readonly TempTree _outside = new(withPackage: false);

    [Fact]
    public void A_link_to_a_file_outside_the_repository_is_neither_read_nor_written_by_check_fix()
    {
        var target = _outside.Write("requirements.txt", "nunpy==1.26.4\n");
        _tree.Link(TempTree.PackageName + "/sorc/requirements.txt", target);
        var result = CheckCli.Run(_tree.Root, "check", "--fix");
        Assert.Equal("nunpy==1.26.4\n", File.ReadAllText(target));
        Assert.DoesNotContain("VENV101", result.Stdout);
        Assert.Contains("sorc/requirements.txt: not followed: a symbolic link out of the repository", result.Stderr);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_repository_is_followed_and_fixed_through()
    {
        var target = _tree.Write("shared/requirements.txt", "nunpy==1.26.4\n");
        _tree.Link(TempTree.PackageName + "/sorc/requirements.txt", "../../shared/requirements.txt");
        CheckCli.Run(_tree.Root, "check", "--fix");
        Assert.Equal("numpy==1.26.4\n", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(_tree.PathOf(TempTree.PackageName + "/sorc/requirements.txt")).LinkTarget);
    }

    [Fact]
    public void A_chain_of_links_that_leaves_the_repository_on_its_second_hop_is_not_followed()
    {
        var target = _outside.Write("requirements.txt", "nunpy==1.26.4\n");
        _tree.Link("hop.txt", target);
        _tree.Link(TempTree.PackageName + "/requirements-dev.txt", "../hop.txt");
        var result = CheckCli.Run(_tree.Root, "check", "--fix");
        Assert.Equal("nunpy==1.26.4\n", File.ReadAllText(target));
        Assert.DoesNotContain("VENV101", result.Stdout);
    }

    [Theory]
    [InlineData("""{ "exclude": ["../../**", "/**"], "approvedList": "approved.txt" }""")]
    [InlineData("""{ "approvedList": ["/dev/zero", "approved.txt"] }""")]
    [InlineData("""{ "approvedList": ["../../../../../../../../proc/self/environ", "approved.txt"] }""")]
    [InlineData("""{ "ecfIncludePaths": ["/", "../../../..", "/dev"], "approvedList": "approved.txt" }""")]
    public void A_hostile_configuration_cannot_make_check_fix_hang_crash_or_write_outside(string configuration)
    {
        _tree.Write("venvlsp.json", configuration);
        _tree.Write(TempTree.PackageName + "/sorc/requirements-dev.txt", "nunpy==1.26.4\n");
        var sentinel = _outside.Write("sentinel.txt", "untouched\n");
        var before = Snapshot(_outside.Root);
        var result = CheckCli.Run(_tree.Root, "check", "--fix");
        Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
        Assert.True(result.ExitCode is 0 or 1 or 2, result.Stderr);
        Assert.Equal(before, Snapshot(_outside.Root));
        Assert.Equal("untouched\n", File.ReadAllText(sentinel));
    }

    [Fact]
    public void A_named_pipe_as_the_approved_list_does_not_hang_check()
    {
        var fifo = _outside.Fifo("approved.txt");
        _tree.Write("venvlsp.json", $$"""{ "approvedList": ["{{fifo}}", "approved.txt"] }""");
        var result = CheckCli.Run(_tree.Root, "check");
        Assert.Contains("named pipe", result.Stdout + result.Stderr);
    }

    private static Dictionary<string, (long Length, DateTime Written)> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => p, p => (new FileInfo(p) is { Exists: true } f ? f.Length : -1, File.GetLastWriteTimeUtc(p)));

    public void Dispose()
    {
        _tree.Dispose();
        _outside.Dispose();
    }
}
