using System.Diagnostics;
using System.Text.Json.Nodes;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;

namespace VenvLsp.WorkspaceBench;

/// <summary>One <c>venvlsp check</c> of the tree: wall time, peak resident memory, what it reported.</summary>
/// <param name="CpuSeconds">User + system CPU time (from GNU time; NaN without it).</param>
public sealed record CheckResult(double WallMs, double CpuSeconds, double PeakMiB, string MemorySource, int ExitCode, int Files, int Diagnostics);

/// <summary>
/// Runs <c>venvlsp check ROOT --format json</c> as a child process. Peak memory comes from GNU time's
/// maximum resident set size when <c>/usr/bin/time</c> exists, else from polling <c>VmHWM</c> in
/// <c>/proc</c> (which can miss the last few milliseconds).
/// </summary>
public static class CheckRun
{
    private const string GnuTime = "/usr/bin/time";

    public static CheckResult Run(ServerBuild build, string root)
    {
        var command = build.StartInfo($"check \"{root}\" --format json");
        var useTime = File.Exists(GnuTime);
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = useTime
                ? new ProcessStartInfo(GnuTime, $"-f \"%e %M %U %S\" -o \"{timeFile}\" \"{command.FileName}\" {command.Arguments}")
                : new ProcessStartInfo(command.FileName, command.Arguments);
            start.UseShellExecute = false;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            var polled = 0.0;
            while (!process.WaitForExit(useTime ? 1000 : 2))
                if (!useTime) polled = Math.Max(polled, ProcessMemory.Read(process.Id).PeakMiB is var p && !double.IsNaN(p) ? p : 0);
            var wall = watch.Elapsed.TotalMilliseconds;
            var (peak, cpu) = useTime ? ParseTime(File.ReadAllText(timeFile)) : (polled, double.NaN);
            var (files, diagnostics) = Summary(output.Result);
            if (process.ExitCode > 1) Console.Error.WriteLine($"check exited {process.ExitCode}: {errors.Result}");
            return new CheckResult(wall, cpu, peak, useTime ? "GNU time (max RSS)" : "/proc VmHWM polled every 2 ms", process.ExitCode, files, diagnostics);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private static (double PeakMiB, double CpuSeconds) ParseTime(string text)
    {
        var last = text.Trim().Split('\n')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return (long.Parse(last[1]) / 1024.0, double.Parse(last[2], culture) + double.Parse(last[3], culture));
    }

    private static (int Files, int Diagnostics) Summary(string json)
    {
        try
        {
            var report = JsonNode.Parse(json);
            return ((int?)report?["summary"]?["files"] ?? -1, report?["diagnostics"]?.AsArray().Count ?? -1);
        }
        catch (System.Text.Json.JsonException)
        {
            return (-1, -1);
        }
    }
}
