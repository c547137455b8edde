using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// One language-server connection: JSON-RPC over a pair of streams (stdin/stdout when serving), the
/// session, the request queue and the diagnostics service. <see cref="RunAsync"/> completes with the
/// process exit code when the client sends <c>exit</c>, closes the stream, or its process dies.
/// </summary>
public sealed class VenvLspServer : IAsyncDisposable
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();

    public VenvLspServer(Stream input, Stream output, ServerOptions options, ILogger logger)
    {
        Options = options;
        Logger = logger;
        Session = new Session(options.Disk);
        Queue = new RequestQueue(Session, logger);
        var formatter = new SystemTextJsonFormatter();
        ConfigureSerializer(formatter.JsonSerializerOptions);
        // StreamJsonRpc drops the connection at the first malformed message; the filter hands it only
        // well-formed ones and answers or logs the rest.
        HeaderDelimitedMessageHandler? handler = null;
        Frames = new FrameFilter(input, rejected => Reject(handler!, rejected));
        handler = new HeaderDelimitedMessageHandler(output, Frames, formatter);
        Rpc = new LspJsonRpc(handler);
        Rpc.AddLocalRpcTarget(new LspEndpoint(this), new JsonRpcTargetOptions
        {
            UseSingleObjectParameterDeserialization = true,
            AllowNonPublicInvocation = false,
        });
        Diagnostics = new DiagnosticsService(
            (method, value) => Rpc.NotifyWithParameterObjectAsync(method, value),
            method => Rpc.InvokeWithCancellationAsync(method, null, _stopping.Token),
            logger);
        Watchers = new WatcherService(this);
    }

    /// <summary>The serializer settings of the protocol (camelCase, nulls left out, required members).</summary>
    public static void ConfigureSerializer(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = true;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequiredMembers.Apply } };
    }

    /// <summary>The filter between the client's bytes and JSON-RPC.</summary>
    public FrameFilter Frames { get; }

    public ServerOptions Options { get; }
    public ILogger Logger { get; }
    public Session Session { get; }
    public RequestQueue Queue { get; }
    public JsonRpc Rpc { get; }
    public DiagnosticsService Diagnostics { get; }
    public WatcherService Watchers { get; }

    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first workspace scan has been handed to the diagnostics (or there was none).</summary>
    public Task FirstScan => _scanned.Task;

    internal void ScanFinished() => _scanned.TrySetResult();

    /// <summary>Cancelled when the server stops: background work ends with it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts listening; completes with the exit code.</summary>
    public async Task<int> RunAsync()
    {
        Rpc.Disconnected += (_, e) =>
        {
            Logger.LogInformation("The client disconnected: {Reason}", e.Reason);
            _exit.TrySetResult(Session.State == LifecycleState.ShutDown ? 0 : 1);
        };
        Rpc.StartListening();
        var code = await _exit.Task.ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        return code;
    }

    /// <summary>Logs a message the filter dropped and, for a request, answers it with the error the
    /// protocol asks for. The answer is sent apart from the reading, so that reading never waits on writing.</summary>
    private Task Reject(HeaderDelimitedMessageHandler handler, RejectedMessage rejected)
    {
        Logger.LogWarning("Dropped a malformed message: {Reason}", rejected.Reason);
        if (!rejected.IsRequest || rejected.Id.IsEmpty) return Task.CompletedTask;
        var error = new JsonRpcError
        {
            RequestId = rejected.Id,
            Error = new JsonRpcError.ErrorDetail { Code = rejected.Code, Message = "Dropped a malformed message: " + rejected.Reason },
        };
        _ = Task.Run(async () =>
        {
            try
            {
                await handler.WriteAsync(error, _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                Logger.LogDebug("Could not answer a malformed message: {Error}", e.Message);
            }
        });
        return Task.CompletedTask;
    }

    /// <summary>Ends the connection with an exit code (on <c>exit</c>, or when the editor died).</summary>
    public void Exit(int code) => _exit.TrySetResult(code);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Watchers.Dispose();
        Rpc.Dispose();
        await Queue.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
