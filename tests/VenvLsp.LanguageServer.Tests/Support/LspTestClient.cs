using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VenvLsp.LanguageServer.Tests.Support;

/// <summary>
/// A JSON-RPC client for tests, written against the wire format so it sees every message: it frames
/// and sends requests and notifications, answers the server's requests it knows
/// (<c>workspace/configuration</c>, <c>client/registerCapability</c>, progress, refresh), collects
/// notifications, and records anything unexpected so a test can fail on it.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = [];
    private readonly SemaphoreSlim _notified = new(0);
    private readonly Task _reader;
    private long _nextId;

    /// <summary>The id of the request sent last.</summary>
    public long LastRequestId => Interlocked.Read(ref _nextId);

    public LspTestClient(Stream fromServer, Stream toServer)
    {
        _input = fromServer;
        _output = toServer;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Settings answered to <c>workspace/configuration</c> (the "venvlsp" section).</summary>
    public JsonNode? Settings { get; set; }

    /// <summary>Messages that broke the protocol or that the harness did not expect.</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    public ConcurrentQueue<string> ServerRequests { get; } = new();

    public async Task<JsonObject> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters);
        await SendAsync(message);
        return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
    }

    /// <summary>A request's result; fails the test on an error response.</summary>
    public async Task<JsonNode?> CallAsync(string method, object? parameters)
    {
        var response = await RequestAsync(method, parameters);
        if (response["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        return response["result"];
    }

    public Task NotifyAsync(string method, object? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters);
        return SendAsync(message);
    }

    public async Task SendRawAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(bytes);
            await _output.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task SendAsync(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        return SendRawAsync([.. header, .. body]);
    }

    /// <summary>Every notification received so far with this method.</summary>
    public List<JsonObject> Notifications(string method)
    {
        lock (_notifications) return _notifications.Where(n => (string?)n["method"] == method).ToList();
    }

    /// <summary>Waits for a notification that satisfies <paramref name="match"/> (one already received counts).</summary>
    public async Task<JsonObject> WaitForAsync(string method, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (_notifications)
            {
                var found = _notifications.LastOrDefault(n => (string?)n["method"] == method && match(n));
                if (found is not null) return found;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"No {method} notification matched in time.");
            await _notified.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The last published diagnostics for a document URI, waiting until some satisfy <paramref name="match"/>.</summary>
    public async Task<JsonArray> DiagnosticsAsync(string uri, Func<JsonArray, bool>? match = null)
    {
        var notification = await WaitForAsync("textDocument/publishDiagnostics", n =>
            (string?)n["params"]!["uri"] == uri && (match is null || match(n["params"]!["diagnostics"]!.AsArray())) &&
            IsLatestFor(n, uri));
        return notification["params"]!["diagnostics"]!.AsArray();
    }

    private bool IsLatestFor(JsonObject notification, string uri)
    {
        lock (_notifications)
            return ReferenceEquals(_notifications.Last(n => (string?)n["method"] == "textDocument/publishDiagnostics" && (string?)n["params"]!["uri"] == uri), notification);
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var message = await ReadMessageAsync();
                if (message is null) return;
                if (message["method"] is { } method && message["id"] is { } id)
                    await AnswerAsync((string)method!, id, message["params"]);
                else if (message["method"] is not null)
                {
                    lock (_notifications) _notifications.Add(message);
                    _notified.Release();
                }
                else if (message["id"] is { } responseId && _pending.TryRemove(responseId.GetValue<long>(), out var waiter))
                    waiter.TrySetResult(message);
                else
                    Unexpected.Enqueue("response to nothing: " + message.ToJsonString());
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException || _disposed)
        {
        }
        catch (Exception e)
        {
            Unexpected.Enqueue("reader failed: " + e.Message);
        }
    }

    private Task AnswerAsync(string method, JsonNode id, JsonNode? parameters)
    {
        ServerRequests.Enqueue(method);
        JsonNode? result = method switch
        {
            "workspace/configuration" => new JsonArray(Settings?.DeepClone()),
            "client/registerCapability" or "client/unregisterCapability" or "window/workDoneProgress/create"
                or "workspace/diagnostic/refresh" => null,
            _ => Fail(method),
        };
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result };
        return SendAsync(response);
    }

    private JsonNode? Fail(string method)
    {
        Unexpected.Enqueue("unexpected request from the server: " + method);
        return null;
    }

    private async Task<JsonObject?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync();
            if (line is null) return null;
            if (line.Length == 0) break;
            var colon = line.IndexOf(':');
            if (colon < 0) { Unexpected.Enqueue("bad header: " + line); continue; }
            var name = line[..colon].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[(colon + 1)..].Trim());
            else if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) Unexpected.Enqueue("unknown header: " + line);
        }
        if (length < 0) { Unexpected.Enqueue("no Content-Length"); return null; }
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await _input.ReadAsync(buffer.AsMemory(read, length - read));
            if (n == 0) return null;
            read += n;
        }
        var node = JsonNode.Parse(buffer);
        if (node is not JsonObject obj || (string?)obj["jsonrpc"] != "2.0") { Unexpected.Enqueue("not a JSON-RPC 2.0 message: " + Encoding.UTF8.GetString(buffer)); return new JsonObject(); }
        return obj;
    }

    private async Task<string?> ReadLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var n = await _input.ReadAsync(one);
            if (n == 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString([.. bytes]);
            if (one[0] == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
                return Encoding.ASCII.GetString([.. bytes]);
            }
            bytes.Add(one[0]);
        }
    }

    private volatile bool _disposed;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _output.Dispose();
        _input.Dispose();
        try { await _reader.WaitAsync(TimeSpan.FromSeconds(5)); } catch (TimeoutException) { }
    }
}
