using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace VenvLsp.Bench.Lsp;

/// <summary>A message from the server and when it was read (a <see cref="Stopwatch"/> timestamp).</summary>
public sealed record LspMessage(JsonObject Body, long Timestamp)
{
    public string? Method => (string?)Body["method"];

    public JsonNode? Params => Body["params"];
}

/// <summary>The answer to a request, with the timestamps of sending it and of reading the answer.</summary>
public sealed record LspResponse(JsonNode? Result, JsonNode? Error, long Sent, long Received)
{
    public double Milliseconds => Stopwatch.GetElapsedTime(Sent, Received).TotalMilliseconds;
}

/// <summary>
/// A minimal LSP client: JSON-RPC messages with <c>Content-Length</c> framing over a pair of streams
/// (a server process's stdout and stdin). One thread reads and timestamps every message as soon as its
/// body is in; waiters registered before a message is sent are completed by the reader itself, so a
/// measured latency contains no scheduling of ours after the read. Requests from the server are answered
/// by <see cref="AnswerServerRequest"/> (default: a null result).
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly object _writeLock = new();
    private readonly object _waitLock = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<LspMessage>> _pending = new();
    private readonly List<(string Method, Func<JsonNode?, bool> Match, TaskCompletionSource<LspMessage> Done)> _waiters = [];
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Thread _reader;
    private long _nextId;

    public LspConnection(Stream fromServer, Stream toServer)
    {
        _input = new BufferedStream(fromServer, 1 << 16);
        _output = toServer;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "lsp-reader" };
    }

    /// <summary>Called on the reader thread for every notification (after waiters are completed).</summary>
    public Action<LspMessage>? NotificationReceived { get; set; }

    /// <summary>Answers a request from the server (method, params → result). Runs on the reader thread.</summary>
    public Func<string, JsonNode?, JsonNode?> AnswerServerRequest { get; set; } = (_, _) => null;

    /// <summary>Completes when the server closes its output.</summary>
    public Task Closed => _closed.Task;

    public void Start() => _reader.Start();

    /// <summary>Sends a notification; returns the timestamp taken just before writing it.</summary>
    public long Notify(string method, JsonNode? @params) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = @params });

    /// <summary>Sends a request and completes with its answer.</summary>
    public async Task<LspResponse> RequestAsync(string method, JsonNode? @params, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<LspMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var sent = Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params });
        var answer = await done.Task.WaitAsync(timeout ?? TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        return new LspResponse(answer.Body["result"], answer.Body["error"], sent, answer.Timestamp);
    }

    /// <summary>A notification to come: register before sending what causes it.</summary>
    public Task<LspMessage> WaitFor(string method, Func<JsonNode?, bool> match)
    {
        var done = new TaskCompletionSource<LspMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitLock) _waiters.Add((method, match, done));
        return done.Task;
    }

    private long Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeLock)
        {
            var timestamp = Stopwatch.GetTimestamp();
            _output.Write(header);
            _output.Write(body);
            _output.Flush();
            return timestamp;
        }
    }

    private void ReadLoop()
    {
        try
        {
            while (ReadMessage() is { } message) Dispatch(message);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        finally
        {
            _closed.TrySetResult();
            foreach (var pending in _pending.Values) pending.TrySetException(new IOException("the server closed the connection"));
            lock (_waitLock)
                foreach (var waiter in _waiters) waiter.Done.TrySetException(new IOException("the server closed the connection"));
        }
    }

    private LspMessage? ReadMessage()
    {
        var length = -1;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null) return null;
            if (line.Length == 0) break;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
        }
        if (length < 0) throw new IOException("a message without Content-Length");
        var body = new byte[length];
        _input.ReadExactly(body);
        var timestamp = Stopwatch.GetTimestamp();
        return new LspMessage(JsonNode.Parse(body)!.AsObject(), timestamp);
    }

    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>(32);
        while (true)
        {
            var b = _input.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : throw new IOException("the stream ended inside a header");
            if (b == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }

    private void Dispatch(LspMessage message)
    {
        var body = message.Body;
        var hasId = body.ContainsKey("id") && body["id"] is not null;
        if (message.Method is null)
        {
            if (hasId && _pending.TryRemove((long)body["id"]!, out var done)) done.TrySetResult(message);
            return;
        }
        if (hasId)
        {
            JsonNode? result;
            try { result = AnswerServerRequest(message.Method, message.Params); }
            catch (Exception) { result = null; }
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = body["id"]!.DeepClone(), ["result"] = result });
            return;
        }
        lock (_waitLock)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Method != message.Method || !waiter.Match(message.Params)) continue;
                _waiters.RemoveAt(i);
                waiter.Done.TrySetResult(message);
            }
        }
        NotificationReceived?.Invoke(message);
    }

    public async ValueTask DisposeAsync()
    {
        try { _output.Dispose(); } catch (IOException) { }
        await Task.WhenAny(_closed.Task, Task.Delay(2000)).ConfigureAwait(false);
    }
}
