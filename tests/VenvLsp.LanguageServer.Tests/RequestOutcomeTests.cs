using VenvLsp.LanguageServer.Handlers;
using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.LanguageServer.Tests;

/// <summary>Every request gets exactly one answer: a result, or the error the protocol names.</summary>
public class RequestOutcomeTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    [Fact]
    public async Task A_request_about_a_document_the_editor_changed_meanwhile_fails_with_ContentModified()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "scipy\n");
        var changed = false;
        fixture.Server.Queue.BeforeAnswer = () =>
        {
            if (changed) return;
            changed = true;
            fixture.ChangeAsync(Requirements, 2, [ServerFixture.Edit(0, 5, 0, 5, "==1.13.1")]).Wait();
            fixture.SyncAsync().Wait(TimeSpan.FromSeconds(1));
        };
        var response = await fixture.Client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, position = new { line = 0, character = 1 } });
        fixture.Server.Queue.BeforeAnswer = null;
        Assert.Equal(-32801, (int)response["error"]!["code"]!);
        var again = await fixture.Client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, position = new { line = 0, character = 1 } });
        Assert.Null(again["error"]);
    }

    [Fact]
    public async Task A_cancelled_request_fails_with_RequestCancelled()
    {
        DiagnosticHandler.LongPoll = TimeSpan.FromSeconds(30);
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        var first = await fixture.Client.CallAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var previous = first!["items"]!.AsArray().Select(i => new { uri = (string)i!["uri"]!, value = (string)i["resultId"]! }).ToArray();
        var waiting = fixture.Client.RequestAsync("workspace/diagnostic", new { previousResultIds = previous });
        await Task.Delay(300);
        await fixture.Client.NotifyAsync("$/cancelRequest", new { id = fixture.Client.LastRequestId });
        var response = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(-32800, (int)response["error"]!["code"]!);
    }
}
