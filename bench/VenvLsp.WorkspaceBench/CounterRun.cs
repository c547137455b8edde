using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;
using VenvLsp.LanguageServer.Server;
using VenvLsp.Workspace;

namespace VenvLsp.WorkspaceBench;

/// <summary>
/// The server in this process over an in-memory duplex stream, driven by the same client, so that its
/// analysis counter (<c>Cache.ComputationsOf("analysis")</c>) and the number of documents a change sent
/// for analysis (<c>Diagnostics.LastAffectedCount</c>) can be read after each edit. Its times include
/// JIT compilation in this process and are not the product's figures.
/// </summary>
public static class CounterRun
{
    public static async Task<CounterResult> RunAsync(string root, string editedFile, int edits)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        await using var server = new VenvLspServer(serverStream, serverStream,
            new ServerOptions { Version = "bench", UseFileSystemWatcher = false }, NullLogger.Instance);
        var run = server.RunAsync();
        var connection = new LspConnection(clientStream, clientStream);
        connection.Start();
        var session = new WorkspaceSession(connection);
        var (_, scanMs) = await session.InitializeAsync(root).ConfigureAwait(false);
        await server.Diagnostics.Idle.ConfigureAwait(false);
        var cache = server.Session.Snapshot.Cache;
        var afterScan = cache.ComputationsOf("analysis");
        var tracked = server.Session.TrackedDocuments.ToList();

        var text = await File.ReadAllTextAsync(editedFile).ConfigureAwait(false);
        var edit = RequirementsEdit.Find(text);
        await session.OpenAsync(editedFile, text).ConfigureAwait(false);
        await SettleAsync(connection, server).ConfigureAwait(false);
        var afterOpen = cache.ComputationsOf("analysis");
        var key = InputStamps.File(PathUtil.Normalize(editedFile));
        var readers = tracked.Where(d => cache.InputsOf("analysis", d).Contains(key)).Select(d => Path.GetRelativePath(root, d)).Order().ToList();

        var analyses = new List<long>();
        var affected = new List<int>();
        var toIdle = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var before = cache.ComputationsOf("analysis");
            var (_, sent) = await session.EditAsync(editedFile, edit, i).ConfigureAwait(false);
            await SettleAsync(connection, server).ConfigureAwait(false);
            toIdle.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            analyses.Add(cache.ComputationsOf("analysis") - before);
            affected.Add(server.Diagnostics.LastAffectedCount);
        }
        await session.ShutdownAsync().ConfigureAwait(false);
        connection.Notify("exit", null);
        await run.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return new CounterResult(scanMs, tracked.Count, afterScan, afterOpen - afterScan, readers, analyses, affected, Summary.Of(toIdle));
    }

    /// <summary>Every message sent so far applied (a read is answered after the changes queued before it),
    /// then the diagnostics run they started finished.</summary>
    private static async Task SettleAsync(LspConnection connection, VenvLspServer server)
    {
        await connection.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere/sync.txt" },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        }).ConfigureAwait(false);
        await server.Diagnostics.Idle.ConfigureAwait(false);
    }
}
