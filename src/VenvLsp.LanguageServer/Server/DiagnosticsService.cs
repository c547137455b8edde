using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.Workspace;
using Diagnostic = VenvLsp.Diagnostics.Diagnostic;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// Keeps the client's diagnostics current. After each state change it finds the documents the change
/// affects (through the inputs their last analysis read) and, for a client that cannot pull, analyses
/// them at once (the edited document first) and publishes what changed. A newer change cancels the
/// run for the older state, whose results are never published; documents it did not reach stay
/// pending for the next run. For a client that pulls, it keeps result IDs and asks for a refresh when
/// a change reaches documents other than the one edited.
/// </summary>
public sealed class DiagnosticsService(Func<string, object, Task> notify, Func<string, Task> request, ILogger logger)
{
    private readonly object _gate = new();
    private readonly DependencyIndex _index = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<Diagnostic>> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ImmutableArray<Diagnostic> Diagnostics, long Id)> _results = new(StringComparer.Ordinal);
    private CancellationTokenSource? _run;
    private ImmutableHashSet<string>? _lastScanned;
    private HashSet<string> _lastOpen = new(StringComparer.Ordinal);
    private Task _current = Task.CompletedTask;
    private long _nextResultId;

    /// <summary>Completes when the latest run has finished (for tests and benchmarks).</summary>
    public Task Idle { get { lock (_gate) return _current; } }

    /// <summary>How many documents the last state change sent for analysis.</summary>
    public int LastAffectedCount { get; private set; }

    private TaskCompletionSource _nextChange = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next state change (a workspace pull with nothing new waits on it).</summary>
    public Task NextChange { get { lock (_gate) return _nextChange.Task; } }

    /// <summary>Called on the queue after every state change.</summary>
    public void StateChanged(Session session, string? editedDocument)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _nextChange;
            _nextChange = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        bool IsTracked(string path) => session.ScannedDocuments.Contains(path) || session.Documents.ContainsKey(path);
        // The set of tracked documents changes rarely (a scan, a file created, a document opened or
        // closed); only then is it walked. A keystroke touches the edited document and its readers.
        var trackedChanged = !ReferenceEquals(session.ScannedDocuments, _lastScanned) || !_lastOpen.SetEquals(session.Documents.Keys);
        List<string> order;
        lock (_gate)
        {
            var affected = _index.ReadersOf(session.LastChangedKeys);
            if (trackedChanged)
            {
                foreach (var document in session.TrackedDocuments)
                    if (!_index.Contains(document)) affected.Add(document);
                _lastScanned = session.ScannedDocuments;
                _lastOpen = session.Documents.Keys.ToHashSet(StringComparer.Ordinal);
            }
            if (editedDocument is not null) affected.Add(editedDocument);
            affected.RemoveWhere(d => !IsTracked(d));
            LastAffectedCount = affected.Count;
            logger.LogDebug("State change ({Keys} inputs changed{Edited}): {Affected} documents may be affected",
                session.LastChangedKeys.Length, editedDocument is null ? "" : ", edited " + editedDocument, affected.Count);
            _pending.UnionWith(affected);

            if (trackedChanged)
            {
                // Documents no longer tracked (closed, not part of the scan) lose their diagnostics.
                foreach (var gone in _published.Keys.Where(p => !IsTracked(p)).ToList())
                {
                    _published.Remove(gone);
                    _index.Remove(gone);
                    _pending.Remove(gone);
                    if (!session.Client.PullDiagnostics)
                        _ = notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUri.FromPath(gone), null, []));
                }
                foreach (var gone in _results.Keys.Where(p => !IsTracked(p)).ToList()) _results.Remove(gone);
            }

            if (session.Client.PullDiagnostics)
            {
                var others = affected.Any(d => d != editedDocument);
                _pending.Clear();
                if (others && session.Client.DiagnosticRefresh && session.State == LifecycleState.Initialized)
                    _ = request("workspace/diagnostic/refresh");
                return;
            }
            order = [.. _pending.OrderBy(d => d == editedDocument ? 0 : session.Documents.ContainsKey(d) ? 1 : 2).ThenBy(d => d, StringComparer.Ordinal)];
            _run?.Cancel();
            _run = new CancellationTokenSource();
            var token = _run.Token;
            var snapshot = session.Snapshot;
            var documents = session.Documents;
            var converter = session.Converter(snapshot);
            var previous = _current;
            _current = Task.Run(() => PublishAsync(snapshot, documents, converter, order, previous, token));
        }
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot, ImmutableDictionary<string, OpenDocument> documents, LspConverter converter,
        List<string> order, Task previous, CancellationToken token)
    {
        // One run at a time: the older one stops at its next document once cancelled.
        try { await previous.ConfigureAwait(false); } catch (OperationCanceledException) { }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var computedBefore = snapshot.Cache.ComputationsOf("analysis");
        var published = 0;
        foreach (var document in order)
        {
            if (token.IsCancellationRequested)
            {
                logger.LogDebug("Run for an outdated state cancelled after {Published} publishes", published);
                return;
            }
            DocumentResult result;
            try
            {
                result = DocumentAnalyzer.Analyze(snapshot, document, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Analysis of {Document} failed", document);
                continue;
            }
            Task? send = null;
            lock (_gate)
            {
                if (token.IsCancellationRequested) return;
                _index.Set(document, snapshot.Cache.InputsOf("analysis", document));
                _pending.Remove(document);
                var diagnostics = Own(result, document);
                var changed = !_published.TryGetValue(document, out var before) || !before.SequenceEqual(diagnostics);
                // Open documents always hear back; a closed one only when it has something to say.
                if (changed && (diagnostics.Length > 0 || _published.ContainsKey(document) || documents.ContainsKey(document)))
                {
                    _published[document] = diagnostics;
                    var version = documents.TryGetValue(document, out var open) ? open.Version : (int?)null;
                    send = notify("textDocument/publishDiagnostics",
                        new PublishDiagnosticsParams(DocumentUri.FromPath(document), version, diagnostics.Select(converter.ToLsp).ToArray()));
                }
            }
            if (send is not null)
            {
                published++;
                try { await send.ConfigureAwait(false); }
                catch (Exception e) { logger.LogWarning(e, "Publishing diagnostics for {Document} failed", document); }
            }
        }
        logger.LogDebug("Checked {Documents} documents ({Analysed} analysed again, the rest reused) and published {Published} in {Milliseconds:F1} ms",
            order.Count, snapshot.Cache.ComputationsOf("analysis") - computedBefore, published,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>A pull report for one document: unchanged when the client already has this result.</summary>
    public DocumentDiagnosticReport Pull(WorkspaceSnapshot snapshot, LspConverter converter, string document, string? previousResultId, CancellationToken token)
    {
        var result = DocumentAnalyzer.Analyze(snapshot, document, token);
        var diagnostics = Own(result, document);
        lock (_gate)
        {
            _index.Set(document, snapshot.Cache.InputsOf("analysis", document));
            var id = ResultId(document, diagnostics);
            return previousResultId == id ? DocumentDiagnosticReport.Unchanged(id) : DocumentDiagnosticReport.Full(id, diagnostics.Select(converter.ToLsp).ToArray());
        }
    }

    /// <summary>Pull reports for every tracked document.</summary>
    public WorkspaceDiagnosticReport PullWorkspace(ReadContext context, LspConverter converter, IReadOnlyDictionary<string, string> previous, CancellationToken token)
    {
        var documents = context.Session.TrackedDocuments.Order(StringComparer.Ordinal).ToArray();
        var results = new DocumentResult[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = token },
            i => results[i] = DocumentAnalyzer.Analyze(context.Snapshot, documents[i], token));
        var items = new List<WorkspaceDocumentDiagnosticReport>(documents.Length);
        lock (_gate)
        {
            for (var i = 0; i < documents.Length; i++)
            {
                var document = documents[i];
                var uri = DocumentUri.FromPath(document);
                var diagnostics = Own(results[i], document);
                var id = ResultId(document, diagnostics);
                var version = context.Documents.TryGetValue(document, out var open) ? open.Version : (int?)null;
                items.Add(previous.TryGetValue(uri, out var old) && old == id
                    ? new WorkspaceDocumentDiagnosticReport("unchanged", uri, version, id, null)
                    : new WorkspaceDocumentDiagnosticReport("full", uri, version, id, diagnostics.Select(converter.ToLsp).ToArray()));
            }
        }
        return new WorkspaceDiagnosticReport([.. items]);
    }

    // The same diagnostics keep the same result ID; any difference gives a new one.
    private string ResultId(string document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (_results.TryGetValue(document, out var last) && last.Diagnostics.SequenceEqual(diagnostics)) return last.Id.ToString();
        var id = ++_nextResultId;
        _results[document] = (diagnostics, id);
        return id.ToString();
    }

    /// <summary>A document's own findings (those located in it).</summary>
    private static ImmutableArray<Diagnostic> Own(DocumentResult result, string document) =>
        result.Diagnostics.Where(d => d.Location.Path == document).ToImmutableArray();
}
