using System.Text.Json.Nodes;
using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Protocol;

/// <summary>Well-formed messages that make no sense, sent to the real server in process.</summary>
public class ProtocolAbuseTests
{
    private const string Path = InProcessServer.Requirements;
    private static readonly string Uri = InProcessServer.Uri(Path);

    private static object At(int line, int character) => new { line, character };

    [Fact]
    public async Task Requests_before_initialize_fail_with_ServerNotInitialized_and_notifications_are_dropped()
    {
        await using var server = new InProcessServer();
        var document = new { uri = Uri };
        var requests = new (string Method, object? Params)[]
        {
            ("textDocument/hover", new { textDocument = document, position = At(0, 0) }),
            ("textDocument/completion", new { textDocument = document, position = At(0, 0) }),
            ("textDocument/codeAction", new { textDocument = document, range = new { start = At(0, 0), end = At(0, 0) }, context = new { diagnostics = Array.Empty<object>() } }),
            ("textDocument/diagnostic", new { textDocument = document }),
            ("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }),
            ("shutdown", null),
        };
        foreach (var (method, parameters) in requests)
        {
            var response = await server.Client.RequestAsync(method, parameters);
            Assert.True(-32002 == (int)response["error"]!["code"]!, method + ": " + response.ToJsonString());
        }
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "pip-requirements", version = 1, text = "x" } });
        await server.InitializeAsync();
        Assert.Empty(server.Server.Session.Documents);
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task Positions_beyond_the_document_are_clamped_in_every_request()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "pip-requirements", version = 1, text = "nunpy==1.26.4\n" } });
        await server.Client.DiagnosticsAsync(Uri, d => d.Count > 0);
        var positions = new[] { At(0, 1_000_000), At(1_000_000, 0), At(-1, -1), At(int.MaxValue, int.MaxValue), At(1, 5), At(0, -7) };
        foreach (var position in positions)
        {
            foreach (var method in new[] { "textDocument/hover", "textDocument/completion" })
            {
                var response = await server.Client.RequestAsync(method, new { textDocument = new { uri = Uri }, position });
                Assert.Null(response["error"]);
            }
            var actions = await server.Client.RequestAsync("textDocument/codeAction", new
            {
                textDocument = new { uri = Uri },
                range = new { start = position, end = At(int.MaxValue, 0) },
                context = new { diagnostics = Array.Empty<object>() },
            });
            Assert.Null(actions["error"]);
        }
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_change_beyond_the_end_of_the_document_is_clamped_to_it()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "pip-requirements", version = 1, text = "numpy==1.26.4\n" } });
        await server.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = new { start = At(50, 0), end = At(60, 3) }, text = "scipy==1.13.1\n" },
                new { range = new { start = At(0, 99), end = At(0, 200) }, text = "" },
            },
        });
        await server.AssertStillServesAsync();
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", server.Server.Session.Documents[Path].Text.Content);
    }

    [Fact]
    public async Task A_change_for_a_document_never_opened_is_ignored_with_a_log_line()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[] { new { text = "garbage" } },
        });
        await server.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = InProcessServer.Uri("/repo/never/opened.txt") } });
        await server.AssertStillServesAsync();
        Assert.DoesNotContain(Path, server.Server.Session.Documents.Keys);
        Assert.Contains(server.Log.Lines, l => l.Text.Contains("which is not open"));
    }

    [Fact]
    public async Task A_change_with_an_out_of_date_version_is_ignored_with_a_log_line()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "pip-requirements", version = 5, text = "numpy==1.26.4\n" } });
        foreach (var version in new[] { 5, 4, -1 })
            await server.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version },
                contentChanges = new object[] { new { text = "stale\n" } },
            });
        await server.AssertStillServesAsync();
        Assert.Equal("numpy==1.26.4\n", server.Server.Session.Documents[Path].Text.Content);
        Assert.Equal(3, server.Log.Lines.Count(l => l.Text.Contains("not newer than")));
    }

    [Theory]
    [InlineData("$/setTrace", "[]")]
    [InlineData("$/setTrace", """{"value":{"a":1}}""")]
    [InlineData("textDocument/hover", """{"textDocument":{"uri":"file:///repo/x.txt"},"position":"start"}""")]
    [InlineData("textDocument/codeAction", """{"textDocument":7,"range":null,"context":{}}""")]
    public async Task Parameters_of_the_wrong_shape_are_answered_with_InvalidParams_without_a_stack_trace(string method, string parameters)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var response = await server.Client.RequestAsync(method, System.Text.Json.Nodes.JsonNode.Parse(parameters));
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
        Assert.DoesNotContain("   at ", response.ToJsonString());
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_URI_with_a_NUL_character_names_no_file_and_is_no_error()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        const string uri = "file:///repo/aigfs.v1.0.0/requirements%00.txt";
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pip-requirements", version = 1, text = "x\n" } });
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = At(0, 0) });
        Assert.Null(hover["error"]);
        await server.AssertStillServesAsync();
        Assert.DoesNotContain(server.Log.Lines, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Ten_thousand_random_well_formed_messages_get_one_answer_per_request_and_the_server_goes_on()
    {
        await using var server = new InProcessServer();
        var random = new Random(9);
        var requests = new List<Task<JsonObject>>();
        for (var i = 0; i < 10_000; i++)
        {
            if (i == 1_000) await server.InitializeAsync();
            var (method, parameters) = RandomMessages.Next(random);
            if (random.Next(3) == 0) await server.Client.SendAsync(Notification(method, parameters));
            else requests.Add(server.Client.RequestAsync(method, parameters, TimeSpan.FromSeconds(60)));
        }
        var responses = await Task.WhenAll(requests);
        // Every request was answered once: with a result, or with an error the protocol defines.
        var allowed = new[] { -32700, -32600, -32601, -32602, -32603, -32002, -32800, -32801 };
        foreach (var response in responses)
            if (response["error"] is { } error) Assert.True(allowed.Contains((int)error["code"]!), response.ToJsonString());
        var errors = server.Log.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Text).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await server.AssertStillServesAsync(version: 1_000_000);
    }

    private static JsonObject Notification(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        return message;
    }
}
