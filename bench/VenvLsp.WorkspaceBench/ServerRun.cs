using System.Diagnostics;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;

namespace VenvLsp.WorkspaceBench;

/// <summary>The published server as a separate process on the tree: scan time, memory, and per edit the
/// time to the edited document's diagnostics and the publishes the edit caused. The server publishes
/// only documents whose diagnostics changed, so publishes count fewer documents than it analyses; the
/// in-process run reads the analysis counter itself.</summary>
public static class ServerRun
{
    public static async Task<ServerScanResult> RunAsync(ServerBuild build, string root, string editedFile, int edits, TimeSpan settle, string logFolder)
    {
        await using var server = ServerProcess.Start(build, Path.Combine(logFolder, "server.log"));
        var session = new WorkspaceSession(server.Connection);
        var (initialize, scanMs) = await session.InitializeAsync(root).ConfigureAwait(false);
        var startToInitialize = Stopwatch.GetElapsedTime(server.Started, initialize.Received).TotalMilliseconds;
        var publishesDuringScan = session.PublishCount;
        var peakAfterScan = server.Memory().PeakMiB;
        var cpuAfterScan = ProcessCpu.Seconds(server.Id);

        var text = await File.ReadAllTextAsync(editedFile).ConfigureAwait(false);
        var edit = RequirementsEdit.Find(text);
        await session.OpenAsync(editedFile, text).ConfigureAwait(false);
        await Task.Delay(settle).ConfigureAwait(false);

        var latencies = new List<double>();
        var publishes = new List<double>();
        List<string>? firstPublished = null;
        for (var i = 0; i < edits; i++)
        {
            var (ms, sent) = await session.EditAsync(editedFile, edit, i).ConfigureAwait(false);
            await Task.Delay(settle).ConfigureAwait(false);
            var published = session.PublishedSince(sent);
            latencies.Add(ms);
            publishes.Add(published.Count);
            firstPublished ??= [.. published.Select(u => Path.GetRelativePath(root, new Uri(u).LocalPath))];
        }
        var memory = server.Memory();
        var exitCode = await server.StopAsync().ConfigureAwait(false);
        return new ServerScanResult(startToInitialize, scanMs, publishesDuringScan, peakAfterScan, cpuAfterScan, Summary.Of(latencies), Summary.Of(publishes),
            firstPublished ?? [], memory.PeakMiB, exitCode);
    }
}
