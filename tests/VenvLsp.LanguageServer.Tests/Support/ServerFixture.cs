using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using VenvLsp.LanguageServer.Server;
using VenvLsp.Tests.Support;

namespace VenvLsp.LanguageServer.Tests.Support;

/// <summary>
/// A server in process, over an in-memory duplex stream, on an in-memory package tree, with a test
/// client on the other end. Disposing it checks that the client saw nothing unexpected.
/// </summary>
public sealed class ServerFixture : IAsyncDisposable
{
    public const string Root = "/repo";
    public const string Package = "/repo/aigfs.v1.0.0";

    private readonly Task<int> _run;

    public ServerFixture(InMemoryFileSystem? files = null)
    {
        Files = files ?? DefaultTree();
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        Server = new VenvLspServer(serverStream, serverStream, new ServerOptions
        {
            Version = "test",
            Disk = Files,
            UseFileSystemWatcher = false,
            ParentProcessPollInterval = TimeSpan.FromMilliseconds(100),
        }, NullLogger.Instance);
        _run = Server.RunAsync();
        Client = new LspTestClient(clientStream, clientStream);
    }

    public InMemoryFileSystem Files { get; }
    public VenvLspServer Server { get; }
    public LspTestClient Client { get; }
    public Task<int> Run => _run;

    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public static InMemoryFileSystem DefaultTree() => new InMemoryFileSystem()
        .AddDirectory(Root + "/.git")
        .Add(Root + "/approved.txt", "numpy>=1.24,<2.3\nnumpy==1.26.4\nscipy==1.13.1\nrequests==2.32.3\nPyYAML==6.0.1\n")
        .Add(Root + "/venvlsp.json", """{ "approvedList": "approved.txt" }""")
        .Add(Package + "/versions/build.ver", "export python_ver=3.12.0\n")
        .Add(Package + "/requirements.txt", "numpy==1.26.4\nscipy==1.13.1\n")
        .Add(Package + "/sorc/requirements-dev.txt", "requests==2.32.3\n");

    /// <summary>Waits until the server has applied every message sent so far and finished the diagnostics
    /// they caused: a read is answered only after the changes queued before it.</summary>
    public async Task SyncAsync()
    {
        await Client.CallAsync("textDocument/hover", new { textDocument = new { uri = "file:///nowhere/sync.txt" }, position = new { line = 0, character = 0 } });
        await Server.Diagnostics.Idle;
    }

    public static JsonObject PushCapabilities() => new()
    {
        ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } },
    };

    public static JsonObject PullCapabilities() => new()
    {
        ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
        ["workspace"] = new JsonObject
        {
            ["diagnostics"] = new JsonObject { ["refreshSupport"] = true },
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
            ["configuration"] = true,
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
    };

    public async Task<JsonNode> InitializeAsync(JsonObject? capabilities = null, object? initializationOptions = null, string? root = Root)
    {
        var result = await Client.CallAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = root is null ? null : Uri(root),
            capabilities = capabilities ?? PushCapabilities(),
            initializationOptions,
        });
        await Client.NotifyAsync("initialized", new { });
        await Server.FirstScan.WaitAsync(TimeSpan.FromSeconds(20));
        await Server.Diagnostics.Idle;
        return result!;
    }

    public Task OpenAsync(string path, string text, int version = 1, string languageId = "plaintext") =>
        Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId, version, text } });

    public Task ChangeAsync(string path, int version, object[] changes) =>
        Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri(path), version }, contentChanges = changes });

    public static object Edit(int line, int character, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } }, text };

    public static List<string> Codes(JsonArray diagnostics) => diagnostics.Select(d => (string)d!["code"]!).ToList();

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            try
            {
                await Client.CallAsync("shutdown", null);
                await Client.NotifyAsync("exit", null);
                await _run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
            {
            }
        }
        await Server.DisposeAsync();
        await Client.DisposeAsync();
        Assert.True(Client.Unexpected.IsEmpty, "unexpected: " + string.Join("\n", Client.Unexpected));
    }
}
