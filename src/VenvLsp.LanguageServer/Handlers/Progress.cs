using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary>Work-done progress (<c>$/progress</c>) for long work, when the client shows it; a no-op otherwise.</summary>
internal sealed class Progress : IAsyncDisposable
{
    private readonly VenvLspServer _server;
    private readonly string? _token;

    private Progress(VenvLspServer server, string? token)
    {
        _server = server;
        _token = token;
    }

    public static async Task<Progress> StartAsync(VenvLspServer server, string title)
    {
        if (!server.Session.Client.WorkDoneProgress) return new Progress(server, null);
        var token = "venvlsp/" + Guid.NewGuid().ToString("N");
        try
        {
            await server.Rpc.InvokeWithParameterObjectAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token), server.Stopping).ConfigureAwait(false);
            await server.Rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(token, new WorkDoneProgressBegin(title, false, null, null))).ConfigureAwait(false);
            return new Progress(server, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            server.Logger.LogDebug(e, "The client refused a progress token");
            return new Progress(server, null);
        }
    }

    public Task ReportAsync(string message) =>
        _token is null ? Task.CompletedTask : _server.Rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(_token, new WorkDoneProgressReport(message, null)));

    public async ValueTask DisposeAsync()
    {
        if (_token is null) return;
        try
        {
            await _server.Rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(_token, new WorkDoneProgressEnd("done"))).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ObjectDisposedException or StreamJsonRpc.ConnectionLostException)
        {
        }
    }
}
