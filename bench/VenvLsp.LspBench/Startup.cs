using VenvLsp.Bench.Generators;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;

namespace VenvLsp.LspBench;

/// <summary>Start to <c>initialize</c> response: a fresh process each time, no workspace folder.</summary>
public static class Startup
{
    public static async Task<StartupResult> MeasureAsync(ServerBuild build, int starts)
    {
        var folder = TreeWriter.NewTemporaryFolder("venvlsp-lspbench-start");
        try
        {
            var samples = new List<double>();
            var peak = 0.0;
            for (var i = 0; i < starts; i++)
            {
                await using var server = ServerProcess.Start(build, Path.Combine(folder, "server.log"));
                samples.Add(await server.InitializeAsync(null).ConfigureAwait(false));
                peak = Math.Max(peak, server.Memory().PeakMiB);
                await server.StopAsync().ConfigureAwait(false);
            }
            return new StartupResult(Summary.Of(samples), peak, samples);
        }
        finally
        {
            TreeWriter.TryDelete(folder);
        }
    }
}
