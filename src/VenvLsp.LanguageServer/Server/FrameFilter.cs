using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>A message the filter refused, and the error the protocol asks to answer it with.</summary>
/// <param name="Id">The request's id when it could be read (null: answer with a null id, or not at all).</param>
/// <param name="IsRequest">True when the message looked like a request (an error response is due).</param>
public sealed record RejectedMessage(RequestId Id, bool IsRequest, JsonRpcErrorCode Code, string Reason);

/// <summary>
/// The client's byte stream as StreamJsonRpc should see it: only whole, well-formed JSON-RPC messages.
/// StreamJsonRpc ends the connection at the first bad header or unparsable body, and a language server
/// that dies on one bad message is uninstalled; this filter reads the LSP framing itself, passes each
/// good message on with a canonical header, and drops the rest with a reason: a body that is not JSON
/// (answered with ParseError and a null id), a message that is not a JSON-RPC request, notification or
/// response (InvalidRequest, with the id when it has a usable one), a header block without a usable
/// Content-Length, a message larger than <see cref="MaxMessageBytes"/> (skipped unread), and bytes
/// between messages that are no header at all (skipped up to the next <c>Content-Length</c>).
/// Reasons never quote the message: it may hold a document's text.
/// </summary>
public sealed class FrameFilter(Stream source, Func<RejectedMessage, Task> reject) : Stream
{
    /// <summary>A header block longer than this is not a header block.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    /// <summary>Larger messages are skipped without being held in memory.</summary>
    public const long MaxMessageBytes = 256L * 1024 * 1024;

    private const int MaxJsonDepth = 256;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthName = "content-length:"u8.ToArray();

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _sourceEnded;
    private ReadOnlyMemory<byte> _pendingHeader;
    private ReadOnlyMemory<byte> _pendingBody;

    /// <summary>How many messages were dropped (for tests and the log).</summary>
    public int Dropped { get; private set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        while (_pendingHeader.IsEmpty && _pendingBody.IsEmpty)
        {
            var body = await NextMessageAsync(cancellationToken).ConfigureAwait(false);
            if (body is null) return 0;
            _pendingHeader = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            _pendingBody = body;
        }
        if (!_pendingHeader.IsEmpty)
        {
            var headerCount = Math.Min(destination.Length, _pendingHeader.Length);
            _pendingHeader[..headerCount].CopyTo(destination);
            _pendingHeader = _pendingHeader[headerCount..];
            return headerCount;
        }
        var count = Math.Min(destination.Length, _pendingBody.Length);
        _pendingBody[..count].CopyTo(destination);
        _pendingBody = _pendingBody[count..];
        return count;
    }

    /// <summary>The body of the next acceptable message, or null at the end of the input.</summary>
    private async Task<byte[]?> NextMessageAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var headerLength = await ReadHeaderBlockAsync(cancellationToken).ConfigureAwait(false);
            if (headerLength < 0) return null;
            var header = Encoding.ASCII.GetString(_buffer, _start, headerLength);
            var (length, problem, skipTo) = ParseHeader(header);
            if (skipTo > 0)
            {
                // Garbage before a real header: start again at its Content-Length.
                _start += skipTo;
                await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError, $"skipped {skipTo} bytes that were not a message header")).ConfigureAwait(false);
                continue;
            }
            _start += headerLength + HeaderEnd.Length;
            if (problem is not null)
            {
                await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError, problem)).ConfigureAwait(false);
                continue;
            }
            if (length > MaxMessageBytes)
            {
                var skipped = await SkipAsync(length, cancellationToken).ConfigureAwait(false);
                await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError,
                    $"a message of {length} bytes is larger than the {MaxMessageBytes} bytes the server reads; skipped")).ConfigureAwait(false);
                if (!skipped) return null;
                continue;
            }
            var body = await ReadBodyAsync((int)length, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError, $"the input ended inside a message of {length} bytes")).ConfigureAwait(false);
                return null;
            }
            if (Validate(body) is { } rejected)
            {
                await DropAsync(rejected).ConfigureAwait(false);
                continue;
            }
            return body;
        }
    }

    private async Task DropAsync(RejectedMessage rejected)
    {
        Dropped++;
        await reject(rejected).ConfigureAwait(false);
    }

    /// <summary>Buffers up to the end of the next header block; returns its length (without the blank
    /// line), or -1 at the end of the input. A block that does not end in time is garbage: it is skipped
    /// up to the next "Content-Length", keeping a tail that may be the start of one.</summary>
    private async Task<int> ReadHeaderBlockAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var data = _buffer.AsSpan(_start, _end - _start);
            var at = data[Math.Max(0, searched - HeaderEnd.Length + 1)..].IndexOf(HeaderEnd);
            if (at >= 0) return Math.Max(0, searched - HeaderEnd.Length + 1) + at;
            searched = data.Length;
            if (data.Length > MaxHeaderBytes)
            {
                var next = IndexOfLengthName(data[1..]);
                var keep = next >= 0 ? data.Length - 1 - next : Math.Min(data.Length, LengthName.Length);
                var dropped = data.Length - keep;
                _start = _end - keep;
                searched = 0;
                await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError, $"skipped {dropped} bytes that were not a message header")).ConfigureAwait(false);
                continue;
            }
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end > _start && !IsBlank(_buffer.AsSpan(_start, _end - _start)))
                    await DropAsync(new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.ParseError, $"the input ended inside a message header ({_end - _start} bytes)")).ConfigureAwait(false);
                _start = _end;
                return -1;
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept("\r\n \t"u8) < 0;

    /// <summary>The Content-Length of a header block, or why it has none. When the block starts with bytes
    /// that are no header but holds a Content-Length later, <c>SkipTo</c> says where that starts.</summary>
    private static (long Length, string? Problem, int SkipTo) ParseHeader(string header)
    {
        long? length = null;
        var lines = header.Split("\r\n");
        var offset = 0;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            var name = colon > 0 ? line[..colon] : "";
            if (colon <= 0 || name.Any(c => c <= ' ' || c >= 127))
            {
                var found = header.IndexOf("content-length:", offset, StringComparison.OrdinalIgnoreCase);
                if (found > 0) return (0, null, found);
                return (0, "a header block without a valid header line; skipped", 0);
            }
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(line[(colon + 1)..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                    return (0, "a Content-Length that is not a number; the header block was skipped", 0);
                length = value;
            }
            offset += line.Length + 2;
        }
        return length is { } l ? (l, null, 0) : (0, "a header block without Content-Length; skipped", 0);
    }

    private static int IndexOfLengthName(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i + LengthName.Length <= data.Length; i++)
        {
            var match = true;
            for (var j = 0; j < LengthName.Length && match; j++)
                match = (byte)(data[i + j] | 0x20) == LengthName[j] || (LengthName[j] is (byte)'-' or (byte)':' && data[i + j] == LengthName[j]);
            if (match) return i;
        }
        return -1;
    }

    private async Task<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var have = Math.Min(length, _end - _start);
        _buffer.AsSpan(_start, have).CopyTo(body);
        _start += have;
        while (have < length)
        {
            var read = await source.ReadAsync(body.AsMemory(have), cancellationToken).ConfigureAwait(false);
            if (read == 0) return null;
            have += read;
        }
        return body;
    }

    private async Task<bool> SkipAsync(long length, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(length, _end - _start);
        _start += (int)buffered;
        var left = length - buffered;
        while (left > 0)
        {
            var read = await source.ReadAsync(_buffer.AsMemory(0, (int)Math.Min(left, _buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0) return false;
            left -= read;
        }
        _start = _end = 0;
        return true;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_sourceEnded) return false;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) return true; // full: the caller will find a header end or call it garbage
        var read = await source.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _sourceEnded = true;
            return false;
        }
        _end += read;
        return true;
    }

    /// <summary>Null when the body is a JSON-RPC 2.0 request, notification or response that StreamJsonRpc
    /// can take; else what to answer.</summary>
    internal static RejectedMessage? Validate(byte[] body)
    {
        if (!Utf8.IsValid(body))
            return new RejectedMessage(RequestId.Null, true, JsonRpcErrorCode.ParseError, "the message is not valid UTF-8");
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxJsonDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                Drain(ref reader);
                return new RejectedMessage(RequestId.Null, true, JsonRpcErrorCode.InvalidRequest, "the message is not a JSON object (batches are not supported)");
            }
            string? version = null;
            var hasMethod = false;
            var methodIsString = false;
            var hasResult = false;
            var paramsOk = true;
            RequestId id = RequestId.NotSpecified;
            var idOk = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "jsonrpc":
                        version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case "method":
                        hasMethod = true;
                        methodIsString = reader.TokenType == JsonTokenType.String;
                        break;
                    case "id":
                        if (reader.TokenType == JsonTokenType.String) id = new RequestId(reader.GetString());
                        else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number)) id = new RequestId(number);
                        else idOk = false;
                        break;
                    case "params":
                        paramsOk = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null;
                        break;
                    case "result" or "error":
                        hasResult = true;
                        break;
                }
                reader.Skip();
            }
            Drain(ref reader);
            var replyId = idOk ? (id.IsEmpty ? RequestId.Null : id) : RequestId.Null;
            if (version != "2.0")
                return new RejectedMessage(replyId, hasMethod && !id.IsEmpty, JsonRpcErrorCode.InvalidRequest, "the message is not JSON-RPC 2.0 (\"jsonrpc\": \"2.0\" is missing)");
            if (!idOk)
                return new RejectedMessage(RequestId.Null, hasMethod, JsonRpcErrorCode.InvalidRequest, "the message's id is neither a string nor an integer");
            if (hasMethod && !methodIsString)
                return new RejectedMessage(replyId, !id.IsEmpty, JsonRpcErrorCode.InvalidRequest, "the message's method is not a string");
            if (hasMethod && !paramsOk)
                return new RejectedMessage(replyId, !id.IsEmpty, JsonRpcErrorCode.InvalidRequest, "the message's params are neither an object nor an array");
            if (!hasMethod && (id.IsEmpty || !hasResult))
                return new RejectedMessage(RequestId.NotSpecified, false, JsonRpcErrorCode.InvalidRequest, "the message is neither a request, a notification nor a response");
            return null;
        }
        catch (JsonException e)
        {
            return new RejectedMessage(RequestId.Null, true, JsonRpcErrorCode.ParseError, $"the message is not valid JSON (byte {e.BytePositionInLine} of line {e.LineNumber + 1})");
        }
    }

    /// <summary>Reads to the end, so that a syntax error anywhere in the body is found.</summary>
    private static void Drain(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) source.Dispose();
        base.Dispose(disposing);
    }
}
