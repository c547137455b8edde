using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using VenvLsp.Bench.Generators;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;

namespace VenvLsp.LspBench;

/// <summary>
/// One server process editing one generated build script: open, 500 single-character edits, typing
/// bursts. Edits alternate between two kinds:
/// <list type="bullet">
/// <item>changing: the last letter of a <c>--no-cache-dir</c> flips between <c>r</c> and <c>R</c>, which adds
/// or removes findings; the figure is didChange → <c>publishDiagnostics</c> carrying that version;</item>
/// <item>unchanged: a letter typed into or deleted from a comment. The server publishes only when a
/// document's findings change, so nothing is pushed for these; the figure is didChange → the answer of a
/// <c>textDocument/diagnostic</c> request sent right after it (the server answers it from the same
/// analysis its push run computes, on the snapshot of that version).</item>
/// </list>
/// </summary>
public sealed class SizeRun(ServerBuild build, int lines, int edits, int gapMs, int bursts, TextWriter log)
{
    private const string Burst = " --no-cache-director"; // 20 characters: an unknown option, so every prefix is a new finding
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<(int? Version, long Timestamp, int Count, bool SameAsBefore)> _publishes = new();
    private string? _lastPayload;

    public async Task<SizeResult> RunAsync()
    {
        var root = TreeWriter.NewTemporaryFolder("venvlsp-lspbench");
        try
        {
            return await MeasureAsync(root).ConfigureAwait(false);
        }
        finally
        {
            TreeWriter.TryDelete(root);
        }
    }

    private async Task<SizeResult> MeasureAsync(string root)
    {
        var script = BuildScriptGenerator.Generate(lines, "bench");
        var spec = new PackageSpec("bench", 1, Tasks: 2, Full: false, BuildScript: script.Text,
            Requirements: RequirementsGenerator.Pinned(Catalog.Pins.Length));
        TreeWriter.Write(root, PackageGenerator.RepositoryFiles());
        TreeWriter.Write(root, PackageGenerator.Generate(spec));
        var path = Path.Combine(root, spec.Folder, "sorc", "build_venv.sh");
        var uri = Lsp.Uri(path);
        var points = script.EditPoints;

        await using var server = ServerProcess.Start(build, Path.Combine(root, "server.log"));
        var connection = server.Connection;
        connection.NotificationReceived = message =>
        {
            if (message.Method != "textDocument/publishDiagnostics" || !Lsp.IsPublishOf(message.Params, uri, null)) return;
            // A publish whose diagnostics are exactly the previous ones tells the client nothing new.
            var payload = message.Params!["diagnostics"]!.ToJsonString();
            _publishes.Enqueue(((int?)message.Params!["version"], message.Timestamp, message.Params!["diagnostics"]!.AsArray().Count, payload == _lastPayload));
            _lastPayload = payload;
        };
        // No workspace folder: only the edited document is tracked, so every figure is about it alone
        // (the package tree still gives the analysis its package, requirements and versions files).
        var initializeMs = await server.InitializeAsync(null).ConfigureAwait(false);

        var version = 1;
        var opened = connection.WaitFor("textDocument/publishDiagnostics", p => Lsp.IsPublishOf(p, uri, 1));
        var openSent = connection.Notify("textDocument/didOpen", Lsp.DidOpen(uri, "shellscript", version, script.Text));
        var openMessage = await opened.WaitAsync(PublishTimeout).ConfigureAwait(false);
        var openMs = Stopwatch.GetElapsedTime(openSent, openMessage.Timestamp).TotalMilliseconds;
        var findings = openMessage.Params!["diagnostics"]!.AsArray().Count;

        var changing = new List<double>();
        var unchanged = new List<double>();
        var missing = 0;
        string? resultId = null;
        var commentLength = script.Text.Split('\n')[points.CommentLine].Length;
        for (var i = 0; i < edits; i++)
        {
            var expected = ++version;
            var cycle = i / 2 % 2 == 0;
            if (i % 2 == 0)
            {
                var published = connection.WaitFor("textDocument/publishDiagnostics", p => Lsp.IsPublishOf(p, uri, expected));
                var sent = connection.Notify("textDocument/didChange",
                    Lsp.DidChange(uri, version, points.ToggleLine, points.ToggleCharacter, points.ToggleCharacter + 1, cycle ? "R" : "r"));
                try
                {
                    var message = await published.WaitAsync(PublishTimeout).ConfigureAwait(false);
                    changing.Add(Stopwatch.GetElapsedTime(sent, message.Timestamp).TotalMilliseconds);
                }
                catch (TimeoutException)
                {
                    missing++;
                    log.WriteLine($"  {lines} lines: no publishDiagnostics for version {version} within {PublishTimeout.TotalSeconds} s");
                }
            }
            else
            {
                var change = cycle
                    ? Lsp.DidChange(uri, version, points.CommentLine, commentLength, commentLength, "x")
                    : Lsp.DidChange(uri, version, points.CommentLine, commentLength, commentLength + 1, "");
                var sent = connection.Notify("textDocument/didChange", change);
                var answer = await connection.RequestAsync("textDocument/diagnostic", Lsp.DocumentDiagnostic(uri, resultId)).ConfigureAwait(false);
                unchanged.Add(Stopwatch.GetElapsedTime(sent, answer.Received).TotalMilliseconds);
                resultId = (string?)answer.Result?["resultId"] ?? resultId;
            }
            if (gapMs > 0) await Task.Delay(gapMs).ConfigureAwait(false);
        }
        var unchangedVersions = Enumerable.Range(2, edits).Where(v => (v - 2) % 2 == 1).ToHashSet();
        var publishesForUnchanged = _publishes.Count(p => p.Version is { } v && unchangedVersions.Contains(v));
        var repeated = _publishes.Count(p => p.SameAsBefore && p.Version <= edits + 1);

        var burstResults = new List<BurstResult>();
        for (var b = 0; b < bursts; b++)
        {
            var (result, next) = await TypeBurstAsync(connection, uri, points, version).ConfigureAwait(false);
            burstResults.Add(result);
            version = next;
            await Task.Delay(200).ConfigureAwait(false);
        }

        var memory = server.Memory();
        var cpu = ProcessCpu.Seconds(server.Id);
        var exitCode = await server.StopAsync().ConfigureAwait(false);
        return new SizeResult(lines, findings, initializeMs, openMs, Summary.Of(changing), Summary.Of(unchanged),
            Summary.Of([.. changing, .. unchanged]), missing, publishesForUnchanged, repeated, burstResults, memory.PeakMiB, cpu, exitCode);
    }

    /// <summary>Types <see cref="Burst"/> one character every 30 ms, waits for the diagnostics of the last
    /// version, counts the publishes the burst caused, then deletes the typed text again.</summary>
    private async Task<(BurstResult Result, int Version)> TypeBurstAsync(LspConnection connection, string uri, ScriptEditPoints points, int version)
    {
        var first = version + 1;
        var last = version + Burst.Length;
        var final = connection.WaitFor("textDocument/publishDiagnostics", p => Lsp.IsPublishOf(p, uri, last));
        var start = Stopwatch.GetTimestamp();
        long lastSent = 0;
        for (var i = 0; i < Burst.Length; i++)
        {
            // Keystrokes on a fixed schedule (not sleep-after-send), so server work does not stretch the burst.
            var due = start + (long)(i * 0.030 * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < due)
            {
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (left > TimeSpan.FromMilliseconds(2)) await Task.Delay(left - TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
                else Thread.SpinWait(50);
            }
            var character = points.TypingCharacter + i;
            lastSent = connection.Notify("textDocument/didChange", Lsp.DidChange(uri, first + i, points.TypingLine, character, character, Burst[i].ToString()));
        }
        double lastToFinal;
        try
        {
            var message = await final.WaitAsync(PublishTimeout).ConfigureAwait(false);
            lastToFinal = Stopwatch.GetElapsedTime(lastSent, message.Timestamp).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            lastToFinal = double.NaN;
            log.WriteLine($"  {lines} lines: the burst's last version {last} got no publishDiagnostics");
        }
        await Task.Delay(300).ConfigureAwait(false); // anything stale would arrive now
        var inBurst = _publishes.Where(p => p.Version >= first && p.Version <= last).ToList();
        var finalTime = inBurst.Where(p => p.Version == last).Select(p => p.Timestamp).DefaultIfEmpty(long.MaxValue).Min();
        var stale = inBurst.Count(p => p.Version < last && p.Timestamp > finalTime);

        var undo = last + 1;
        var undone = connection.WaitFor("textDocument/publishDiagnostics", p => Lsp.IsPublishOf(p, uri, undo));
        connection.Notify("textDocument/didChange",
            Lsp.DidChange(uri, undo, points.TypingLine, points.TypingCharacter, points.TypingCharacter + Burst.Length, ""));
        try { await undone.WaitAsync(PublishTimeout).ConfigureAwait(false); }
        catch (TimeoutException) { log.WriteLine($"  {lines} lines: no publishDiagnostics after undoing the burst"); }
        return (new BurstResult(Burst.Length, lastToFinal, inBurst.Count, stale), undo);
    }
}
