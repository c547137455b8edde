using VenvLsp.Reliability.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Reliability.Tests.FileSystem;

/// <summary>Reading what is not a plain, small text file: every case is a problem with a reason, never a
/// hang, an exception or a read of everything.</summary>
public sealed class PhysicalFileSystemTests : IDisposable
{
    private readonly TempTree _tree = new(withPackage: false);
    private static readonly PhysicalFileSystem Disk = PhysicalFileSystem.Instance;

    private static async Task<FileRead> ReadWithin(string path) =>
        await Task.Run(() => Disk.Read(path)).WaitAsync(TimeSpan.FromSeconds(10));

    [Fact]
    public async Task A_FIFO_is_refused_without_being_opened()
    {
        var fifo = _tree.Fifo("pkg/requirements.txt");
        var read = await ReadWithin(fifo);
        Assert.Null(read.Text);
        Assert.Contains("named pipe", read.Problem);
        Assert.Null(await Task.Run(() => Disk.ReadBytes(fifo, 1024)).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_link_to_a_device_is_refused_and_never_read_to_its_end()
    {
        var link = _tree.PathOf("requirements.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var read = await ReadWithin(link);
        Assert.Null(read.Text);
        Assert.Contains("device", read.Problem);
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_with_its_size()
    {
        var path = _tree.PathOf("requirements.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
        var read = await ReadWithin(path);
        Assert.Null(read.Text);
        Assert.Contains("50 MB", read.Problem);
    }

    [Fact]
    public async Task A_binary_file_is_read_but_marked_binary()
    {
        var path = _tree.WriteBytes("requirements.txt", [0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1, 2, 0xFF, 0xFE]);
        var read = await ReadWithin(path);
        Assert.Contains("binary", read.Problem);
    }

    [Fact]
    public async Task Invalid_UTF_8_is_decoded_with_replacement_characters_and_flagged()
    {
        var path = _tree.WriteBytes("requirements.txt", [(byte)'n', (byte)'u', 0xC3, 0x28, (byte)'m', 0xFF, (byte)'\n']);
        var read = await ReadWithin(path);
        Assert.Null(read.Problem);
        Assert.True(read.Text!.HadInvalidUtf8);
        Assert.Contains('\uFFFD', read.Text.Content);
    }

    [Fact]
    public async Task A_file_is_read_whole_whatever_its_size_says()
    {
        // Read by the size the file states, then on: an empty file, one of many chunks, and a /proc
        // file that states 0 bytes but has text.
        Assert.Equal("", (await ReadWithin(_tree.Write("empty.txt", ""))).Text!.Content);
        var big = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i}\n"));
        Assert.Equal(big, (await ReadWithin(_tree.Write("big.txt", big))).Text!.Content);
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        Assert.Contains("Name:", (await ReadWithin("/proc/self/status")).Text!.Content);
        Assert.NotEmpty(Disk.ReadBytes("/proc/self/status", 1 << 20)!);
        // Its real size is past a small limit: refused, though it said 0.
        Assert.Null(Disk.ReadBytes("/proc/self/status", 10));
    }

    [Fact]
    public void A_missing_file_and_a_directory_are_told_apart()
    {
        Assert.False(Disk.Read(_tree.PathOf("nothing.txt")).Exists);
        Directory.CreateDirectory(_tree.PathOf("requirements.txt"));
        Assert.Contains("directory", Disk.Read(_tree.PathOf("requirements.txt")).Problem);
    }

    [Fact]
    public void The_kind_of_a_regular_file_a_folder_and_a_FIFO_is_known_on_Linux()
    {
        Assert.Equal(FileKind.Regular, FileKinds.Of(_tree.Write("a.txt", "x")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_tree.Root));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(_tree.Fifo("f")));
        Assert.Equal(FileKind.Device, FileKinds.Of("/dev/null"));
        Assert.Null(FileKinds.Of(_tree.PathOf("missing")));
    }

    public void Dispose() => _tree.Dispose();
}
