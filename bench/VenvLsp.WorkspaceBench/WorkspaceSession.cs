using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using VenvLsp.Bench.Lsp;

namespace VenvLsp.WorkspaceBench;

/// <summary>A client session on the whole tree: initialize with it as the workspace folder, wait for the
/// scan to settle (the end of the server's work-done progress, which it sends after the scan's last
/// publish), then edit one requirements file.</summary>
public sealed class WorkspaceSession
{
    private readonly LspConnection _connection;
    private readonly ConcurrentQueue<(string Uri, int? Version, long Timestamp)> _publishes = new();

    public WorkspaceSession(LspConnection connection)
    {
        _connection = connection;
        connection.NotificationReceived = message =>
        {
            if (message.Method == "textDocument/publishDiagnostics")
                _publishes.Enqueue(((string)message.Params!["uri"]!, (int?)message.Params!["version"], message.Timestamp));
        };
    }

    public int PublishCount => _publishes.Count;

    /// <summary>Initializes on <paramref name="root"/>; returns (start or initialize sent → response,
    /// initialize sent → scan settled).</summary>
    public async Task<(LspResponse Initialize, double ScanSettledMs)> InitializeAsync(string root)
    {
        var response = await _connection.RequestAsync("initialize", Lsp.Initialize(root), TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (response.Error is not null) throw new InvalidOperationException($"initialize failed: {response.Error.ToJsonString()}");
        var settled = _connection.WaitFor("$/progress", Lsp.IsProgressEnd);
        _connection.Notify("initialized", new JsonObject());
        var end = await settled.WaitAsync(TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        return (response, Stopwatch.GetElapsedTime(response.Sent, end.Timestamp).TotalMilliseconds);
    }

    public async Task OpenAsync(string path, string text)
    {
        var uri = Lsp.Uri(path);
        _connection.Notify("textDocument/didOpen", Lsp.DidOpen(uri, "pip-requirements", 1, text));
        // The server answers a pull only after the open is applied and the document analysed.
        await _connection.RequestAsync("textDocument/diagnostic", Lsp.DocumentDiagnostic(uri, null)).ConfigureAwait(false);
    }

    /// <summary>Applies edit number <paramref name="index"/> (version index + 2) and waits for the edited
    /// document's diagnostics of that version; returns didChange → publish and the send timestamp.</summary>
    public async Task<(double Ms, long Sent)> EditAsync(string path, RequirementsEdit edit, int index)
    {
        var uri = Lsp.Uri(path);
        var version = index + 2;
        var published = _connection.WaitFor("textDocument/publishDiagnostics", p => Lsp.IsPublishOf(p, uri, version));
        var sent = _connection.Notify("textDocument/didChange", Lsp.DidChange(uri, version, edit.Line, edit.Character, edit.Character + 1, edit.TextFor(index)));
        var message = await published.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return (Stopwatch.GetElapsedTime(sent, message.Timestamp).TotalMilliseconds, sent);
    }

    /// <summary>The documents published for since <paramref name="since"/>.</summary>
    public List<string> PublishedSince(long since) =>
        [.. _publishes.Where(p => p.Timestamp >= since).Select(p => p.Uri)];

    public Task<LspResponse> ShutdownAsync() => _connection.RequestAsync("shutdown", null);
}
