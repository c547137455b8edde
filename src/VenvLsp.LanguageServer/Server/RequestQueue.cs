using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Server;

/// <summary>What a read sees: the state right after every change that arrived before it.</summary>
public sealed record ReadContext(
    WorkspaceSnapshot Snapshot,
    ImmutableDictionary<string, OpenDocument> Documents,
    ClientFeatures Client,
    long Generation,
    Session Session);

/// <summary>
/// The server's own queue (StreamJsonRpc keeps arrival order only until a handler's first await).
/// State changes run here one at a time, in arrival order, on one consumer. A read is ordered the
/// same way, takes the state as it is at its turn, and then runs on the thread pool, so reads never
/// hold up changes and never see a half-applied one.
/// </summary>
public sealed class RequestQueue : IAsyncDisposable
{
    private readonly Channel<Func<Task>> _channel = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Session _session;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public RequestQueue(Session session, ILogger logger)
    {
        _session = session;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Applies a state change after all earlier work items; completes when it is applied.</summary>
    public Task Mutate(string method, Action<Session> change)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite(() =>
            {
                try
                {
                    change(_session);
                    done.SetResult();
                }
                catch (Exception e)
                {
                    _logger.LogError(e, "{Method} failed", method);
                    done.SetException(e);
                }
                return Task.CompletedTask;
            }))
            done.SetCanceled();
        return done.Task;
    }

    /// <summary>Runs a read on the state as it is after every earlier work item. When <paramref name="document"/>
    /// is given and the editor changed that document before the answer is ready, the request fails with
    /// ContentModified: the answer would be about text the editor no longer has.</summary>
    public Task<T> Read<T>(string method, Func<ReadContext, CancellationToken, T> read, CancellationToken cancellationToken, string? document = null)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite(() =>
            {
                var context = new ReadContext(_session.Snapshot, _session.Documents, _session.Client, _session.Generation, _session);
                _ = Task.Run(() =>
                {
                    try
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var result = read(context, cancellationToken);
                        BeforeAnswer?.Invoke();
                        if (document is not null && context.Documents.TryGetValue(document, out var asRead) &&
                            _session.Documents.TryGetValue(document, out var now) && now.Version != asRead.Version)
                            throw new StreamJsonRpc.LocalRpcException($"{document} changed while the request ran.") { ErrorCode = Protocol.ErrorCodes.ContentModified };
                        done.SetResult(result);
                    }
                    catch (OperationCanceledException)
                    {
                        done.SetCanceled(cancellationToken);
                    }
                    catch (Exception e)
                    {
                        if (e is not StreamJsonRpc.LocalRpcException) _logger.LogError(e, "{Method} failed", method);
                        done.SetException(e);
                    }
                }, CancellationToken.None);
                return Task.CompletedTask;
            }))
            done.SetCanceled();
        return done.Task;
    }

    /// <summary>Runs between computing a read and answering it (tests use it to change a document in between).</summary>
    internal Action? BeforeAnswer { get; set; }

    /// <summary>Runs an asynchronous step in order with the state changes (initialize, shutdown).</summary>
    public Task<T> Exclusive<T>(string method, Func<Session, Task<T>> step)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite(async () =>
            {
                try
                {
                    done.SetResult(await step(_session).ConfigureAwait(false));
                }
                catch (Exception e)
                {
                    if (e is not StreamJsonRpc.LocalRpcException) _logger.LogError(e, "{Method} failed", method);
                    done.SetException(e);
                }
            }))
            done.SetCanceled();
        return done.Task;
    }

    private async Task RunAsync()
    {
        await foreach (var item in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await item().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A queued work item failed");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }
}
