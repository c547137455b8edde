using System.Text.Json.Nodes;
using Nerdbank.Streams;
using VenvLsp.LanguageServer.Server;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>
/// The real server in process over an in-memory duplex stream, with the test client on the other end
/// and a logger that keeps every line. Unlike the language-server tests' fixture, a test may write any
/// bytes to the server, and disposing does not insist that the client saw only well-formed messages:
/// a test asserts that itself where it matters.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    public const string Root = "/repo";
    public const string Package = "/repo/aigfs.v1.0.0";
    public const string Requirements = Package + "/requirements.txt";

    public InProcessServer(IFileSystem? files = null)
    {
        Files = files ?? DefaultTree();
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        Server = new VenvLspServer(serverStream, serverStream, new ServerOptions
        {
            Version = "test",
            Disk = Files,
            UseFileSystemWatcher = false,
            ParentProcessPollInterval = TimeSpan.FromMilliseconds(100),
        }, Log);
        Run = Server.RunAsync();
        Client = new LspTestClient(clientStream, clientStream);
    }

    public IFileSystem Files { get; }
    public ListLogger Log { get; } = new();
    public VenvLspServer Server { get; }
    public LspTestClient Client { get; }
    public Task<int> Run { get; }

    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public static InMemoryFileSystem DefaultTree() => new InMemoryFileSystem()
        .AddDirectory(Root + "/.git")
        .Add(Root + "/approved.txt", "numpy==1.26.4\nscipy==1.13.1\nrequests==2.32.3\n")
        .Add(Root + "/venvlsp.json", """{ "approvedList": "approved.txt" }""")
        .Add(Package + "/versions/build.ver", "export python_ver=3.12.0\n")
        .Add(Requirements, "numpy==1.26.4\nscipy==1.13.1\n");

    public async Task InitializeAsync(JsonObject? capabilities = null)
    {
        await Client.CallAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = Uri(Root),
            capabilities = capabilities ?? new JsonObject { ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } } },
        });
        await Client.NotifyAsync("initialized", new { });
        await Server.FirstScan.WaitAsync(TimeSpan.FromSeconds(20));
        await Server.Diagnostics.Idle;
    }

    /// <summary>Proves the server still works: a misspelt requirement opened now gets its diagnostic,
    /// and a hover on it is answered without error.</summary>
    public async Task AssertStillServesAsync(int version = 1000)
    {
        var path = Package + "/sorc/requirements-check.txt";
        var uri = Uri(path);
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pip-requirements", version, text = "nunpy==1.26.4\n" } });
        var diagnostics = await Client.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "VENV101");
        var hover = await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 2 } });
        Assert.Null(hover["error"]);
        await Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
    }

    public async ValueTask DisposeAsync()
    {
        if (!Run.IsCompleted)
        {
            try
            {
                await Client.RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                await Client.NotifyAsync("exit", null);
                await Run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException or ObjectDisposedException)
            {
            }
        }
        await Server.DisposeAsync();
        await Client.DisposeAsync();
    }
}
