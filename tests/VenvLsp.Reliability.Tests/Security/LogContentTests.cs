using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Security;

/// <summary>The server's log says what happened, never what a document holds.</summary>
public class LogContentTests
{
    private const string Secret = "TOKEN=s3cr3t-do-not-log";

    [Fact]
    public async Task Nothing_a_document_or_a_bad_message_holds_reaches_the_log()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var uri = InProcessServer.Uri(InProcessServer.Package + "/sorc/build_venv.sh");
        var text = $"#!/bin/bash\nexport {Secret}\npip install numpy\n";
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "shellscript", version = 1, text } });
        await server.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = InProcessServer.Uri("/repo/never-opened.txt"), version = 3 }, contentChanges = new object[] { new { text = Secret } } });
        await server.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 1 }, contentChanges = new object[] { new { text = Secret } } });
        await server.Client.SendRawAsync(Frames.Of("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"x\",\"params\":{\"text\":\"" + Secret + "\"} broken"));
        await server.Client.SendRawAsync(Frames.Of("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":\"" + Secret + "\"}}"));
        await server.Client.SendRawAsync(Frames.Ascii(Secret + "\r\n\r\n"));
        await server.AssertStillServesAsync();
        Assert.NotEmpty(server.Log.Lines);
        Assert.DoesNotContain(server.Log.Lines, l => l.Text.Contains("s3cr3t"));
    }
}
