using Microsoft.Extensions.Logging;
using VenvLsp.Reliability.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Reliability.Tests.FileSystem;

/// <summary>The server scanning a real workspace full of things it cannot read: the scan ends, the
/// server serves, and nothing worse than a warning reaches the log.</summary>
public sealed class ServerFaultTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public async Task A_workspace_with_a_FIFO_a_loop_a_huge_and_a_binary_file_is_scanned_and_served()
    {
        var package = TempTree.PackageName;
        _tree.Fifo(package + "/requirements-pipe.txt");
        _tree.Fifo(package + "/.gitignore");
        _tree.Link(package + "/sorc/loop", "..", toDirectory: true);
        _tree.Link(package + "/requirements-a.txt", "requirements-b.txt");
        _tree.Link(package + "/requirements-b.txt", "requirements-a.txt");
        using (var stream = File.Create(_tree.PathOf(package + "/requirements-big.txt"))) stream.SetLength(50L * 1024 * 1024);
        _tree.WriteBytes(package + "/requirements-bin.txt", [1, 2, 0, 3, 0xFF]);
        _tree.WriteBytes(package + "/requirements-latin1.txt", [.. "numpy==1.26.4 # caf"u8, 0xE9, (byte)'\n']);
        _tree.Write(package + "/sorc/requirements-dev.txt", "nunpy==1.26.4\n");

        await using var server = new InProcessServer(PhysicalFileSystem.Instance);
        var initialize = Task.Run(async () =>
        {
            await server.Client.CallAsync("initialize", new { processId = (int?)null, rootUri = InProcessServer.Uri(_tree.Root), capabilities = new { } });
            await server.Client.NotifyAsync("initialized", new { });
            await server.Server.FirstScan;
            await server.Server.Diagnostics.Idle;
        });
        await initialize.WaitAsync(TimeSpan.FromSeconds(60));
        var uri = InProcessServer.Uri(_tree.PathOf(package + "/sorc/requirements-dev.txt"));
        var diagnostics = await server.Client.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "VENV101");
        Assert.DoesNotContain(server.Log.Lines, l => l.Level >= LogLevel.Error);
    }

    public void Dispose() => _tree.Dispose();
}
