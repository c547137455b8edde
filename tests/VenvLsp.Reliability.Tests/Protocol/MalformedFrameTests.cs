using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Protocol;

/// <summary>Bytes that are not a well-formed LSP message, sent to the real server in process. After
/// each, the server must still serve: initialize, diagnostics for a document opened afterwards, hover.</summary>
public class MalformedFrameTests
{
    [Fact]
    public async Task Invalid_JSON_in_a_well_framed_message_does_not_stop_the_server()
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync(Frames.Of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"));
        await server.Client.SendRawAsync(Frames.Of("this is not json at all"));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
        // JSON-RPC: a body that is not JSON is answered with ParseError and a null id.
        Assert.Contains(server.Client.Unexpected, m => m.Contains("\"code\":-32700") && m.Contains("\"id\":null"));
        Assert.Contains(server.Log.Lines, l => l.Text.Contains("not valid JSON"));
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":7,"method":5}""")]
    [InlineData("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":"text"}""")]
    [InlineData("""{"jsonrpc":"1.0","id":7,"method":"textDocument/hover"}""")]
    [InlineData("""{"id":7,"method":"textDocument/hover","params":{}}""")]
    public async Task A_request_that_is_not_valid_JSON_RPC_is_answered_with_InvalidRequest(string body)
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync(Frames.Of(body));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
        Assert.Contains(server.Client.Unexpected, m => m.Contains("\"code\":-32600") && m.Contains("\"id\":7"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"jsonrpc":"2.0","method":"initialized","params":{}}]""")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1.5,"method":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":99999999999999999999999,"method":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":5}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"position":"x"}}""")]
    public async Task Valid_JSON_that_is_no_usable_JSON_RPC_message_does_not_stop_the_server(string body)
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync(Frames.Of(body));
        // A body with bytes that are not UTF-8.
        await server.Client.SendRawAsync([.. Frames.Ascii("Content-Length: 8\r\n\r\n{\"a\":\""), 0xC3, 0x28]);
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_header_block_without_Content_Length_does_not_stop_the_server()
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync(Frames.Ascii("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
        Assert.Contains(server.Log.Lines, l => l.Text.Contains("without Content-Length"));
    }

    [Fact]
    public async Task A_Content_Length_shorter_than_the_body_does_not_stop_the_server()
    {
        await using var server = new InProcessServer();
        var body = """{"jsonrpc":"2.0","method":"initialized","params":{}}""";
        await server.Client.SendRawAsync(Frames.Of(System.Text.Encoding.UTF8.GetBytes(body), declaredLength: 10));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_Content_Length_that_is_not_a_number_does_not_stop_the_server()
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync(Frames.Ascii("Content-Length: many\r\n\r\n{}"));
        await server.Client.SendRawAsync(Frames.Ascii("Content-Length: -5\r\n\r\n"));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task Binary_garbage_does_not_stop_the_server()
    {
        await using var server = new InProcessServer();
        var random = new Random(20240501);
        var garbage = new byte[64 * 1024];
        random.NextBytes(garbage);
        await server.Client.SendRawAsync(garbage);
        await server.Client.SendRawAsync(Frames.Ascii("\r\n\r\n"));
        await server.InitializeAsync();
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_message_cut_off_by_the_end_of_the_stream_ends_the_server_with_exit_code_1()
    {
        var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.SendRawAsync(Frames.Ascii("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":99,\"meth"));
        await server.Client.DisposeAsync();
        Assert.Equal(1, await server.Run.WaitAsync(TimeSpan.FromSeconds(20)));
        await server.Server.DisposeAsync();
    }

    [Fact]
    public async Task A_message_larger_than_the_limit_is_skipped_unread_and_the_server_goes_on()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var length = VenvLsp.LanguageServer.Server.FrameFilter.MaxMessageBytes + 1;
        await server.Client.SendRawAsync(Frames.Ascii($"Content-Length: {length}\r\n\r\n"));
        var chunk = new byte[1024 * 1024];
        for (long sent = 0; sent < length; sent += chunk.Length)
            await server.Client.SendRawAsync(sent + chunk.Length <= length ? chunk : chunk[..(int)(length - sent)]);
        await server.AssertStillServesAsync();
        Assert.Contains(server.Log.Lines, l => l.Text.Contains("larger than"));
    }

    [Fact]
    public async Task A_100_MB_message_is_read_and_the_server_goes_on()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var text = new string('a', 100 * 1024 * 1024);
        await server.Client.SendRawAsync(Frames.Of("{\"jsonrpc\":\"2.0\",\"method\":\"venvlsp/bulk\",\"params\":{\"text\":\"" + text + "\"}}"));
        text = null;
        GC.Collect();
        await server.AssertStillServesAsync();
    }
}
