using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Reliability.Tests.Security;
using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Protocol;

/// <summary>Malformed input to the real executable over its stdin: it keeps serving, writes only protocol to
/// stdout, and ends with exit code 1 when the input ends in the middle of a message.</summary>
public sealed class ProcessProtocolTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public async Task Garbage_bad_headers_and_a_cut_off_message_neither_stop_nor_corrupt_the_real_server()
    {
        using var process = ProcessAudit.Start(["serve", "--log-file", _tree.PathOf(".server.log")], _tree.Root);
        var recorded = new RecordingStream(process.StandardOutput.BaseStream);
        var stderr = process.StandardError.ReadToEndAsync();
        var client = new LspTestClient(recorded, process.StandardInput.BaseStream);
        var garbage = new byte[32 * 1024];
        new Random(11).NextBytes(garbage);
        await client.SendRawAsync(garbage);
        await client.SendRawAsync(Frames.Ascii("\r\n\r\nContent-Type: x\r\n\r\nContent-Length: ten\r\n\r\n"));
        await client.SendRawAsync(Frames.Of("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":[]}"));
        await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(_tree.Root).AbsoluteUri, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        var uri = new Uri(_tree.PathOf(TempTree.PackageName + "/sorc/requirements-dev.txt")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pip-requirements", version = 1, text = "nunpy==1.26.4\n" } });
        var diagnostics = await client.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "VENV101");

        // The editor dies in the middle of a message.
        await client.SendRawAsync(Frames.Ascii("Content-Length: 400\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"met"));
        process.StandardInput.BaseStream.Close();
        Assert.True(process.WaitForExit(20_000), "the server did not exit at the end of its input");
        Assert.Equal(1, process.ExitCode);
        await client.DisposeAsync();

        var messages = ProcessAuditTests.ParseStrictly(recorded.Bytes);
        Assert.Contains(messages, m => m["id"]?.GetValue<long>() == 77 && m["error"]?["code"]?.GetValue<int>() == -32600);
        Assert.DoesNotContain("Exception", await stderr);
    }

    public void Dispose() => _tree.Dispose();
}
