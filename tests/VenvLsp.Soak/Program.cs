using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Soak;

// Soak test: the real `venvlsp serve` on a generated workspace, edited without pause for the given
// time, sampled every few seconds through /proc. Usage (run.sh passes these on):
//   VenvLsp.Soak [--minutes 30] [--files 10000] [--sample-seconds 10] [--report FILE]
var minutes = Option("--minutes", 30.0);
var fileCount = (int)Option("--files", 10_000.0);
var sampleSeconds = Option("--sample-seconds", 10.0);
var reportPath = OptionText("--report") ?? Path.Combine(Path.GetTempPath(), $"venvlsp-soak-{DateTime.UtcNow:yyyyMMdd-HHmmss}.tsv");

var root = Path.Combine(Path.GetTempPath(), "venvlsp-soak-" + Guid.NewGuid().ToString("N")[..8]);
Console.WriteLine($"workspace: {root}");
var workspace = SoakWorkspace.Create(root, fileCount);
Console.WriteLine($"generated {workspace.FileCount} files in {workspace.Packages.Count} packages");

var log = Path.Combine(root, ".venvlsp-server.log");
var dll = Path.Combine(AppContext.BaseDirectory, "venvlsp.dll");
var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
foreach (var argument in new[] { dll, "serve", "--log-file", log }) start.ArgumentList.Add(argument);
using var server = Process.Start(start)!;
_ = server.StandardError.ReadToEndAsync();
var client = new LspTestClient(server.StandardOutput.BaseStream, server.StandardInput.BaseStream);
var samples = new List<Sample>();
var stopwatch = Stopwatch.StartNew();
Sample Take(string phase)
{
    var sample = Sample.Of(server.Id, stopwatch.Elapsed, phase);
    samples.Add(sample);
    Console.WriteLine(sample);
    return sample;
}

Take("started");
await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(root).AbsoluteUri, capabilities = new { } });
await client.NotifyAsync("initialized", new { });
// The first scan publishes diagnostics for the whole workspace: wait until they stop coming.
var published = -1;
while (published != client.Notifications("textDocument/publishDiagnostics").Count)
{
    published = client.Notifications("textDocument/publishDiagnostics").Count;
    await Task.Delay(3000);
}
Take("scanned");

var random = new Random(20251125);
var editor = new SimulatedEditor(client, workspace, random);
var end = stopwatch.Elapsed + TimeSpan.FromMinutes(minutes);
var nextSample = stopwatch.Elapsed + TimeSpan.FromSeconds(sampleSeconds);
var failures = 0;
while (stopwatch.Elapsed < end && !server.HasExited)
{
    try
    {
        await editor.StepAsync();
    }
    catch (Exception e) when (e is TimeoutException or InvalidOperationException)
    {
        failures++;
        Console.WriteLine($"request failed: {e.Message}");
    }
    if (stopwatch.Elapsed >= nextSample)
    {
        Take("editing");
        nextSample += TimeSpan.FromSeconds(sampleSeconds);
    }
}
Take("ended");
await client.CallAsync("shutdown", null);
await client.NotifyAsync("exit", null);
server.WaitForExit(20_000);

File.WriteAllLines(reportPath, [Sample.Header, .. samples.Select(s => s.ToTsv())]);
var editing = samples.Where(s => s.Phase == "editing").ToList();
Console.WriteLine();
Console.WriteLine($"edits {editor.Edits}, requests {editor.Requests}, failed requests {failures}, files written on disk {editor.DiskWrites}");
Console.WriteLine($"exit code {(server.HasExited ? server.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running")}, report {reportPath}");
if (editing.Count >= 4)
{
    var quarter = Math.Max(1, editing.Count / 4);
    var first = editing.Take(quarter).ToList();
    var last = editing.TakeLast(quarter).ToList();
    Console.WriteLine($"RSS MB     first quarter {first.Average(s => s.RssMb):F0} (max {first.Max(s => s.RssMb):F0}), last quarter {last.Average(s => s.RssMb):F0} (max {last.Max(s => s.RssMb):F0}), overall max {editing.Max(s => s.RssMb):F0}");
    Console.WriteLine($"anon MB    first quarter {first.Average(s => s.AnonMb):F0}, last quarter {last.Average(s => s.AnonMb):F0}");
    Console.WriteLine($"fds        first quarter max {first.Max(s => s.Descriptors)}, last quarter max {last.Max(s => s.Descriptors)}");
    Console.WriteLine($"threads    first quarter max {first.Max(s => s.Threads)}, last quarter max {last.Max(s => s.Threads)}");
}
try { Directory.Delete(root, recursive: true); } catch (IOException) { }
return server.HasExited && server.ExitCode == 0 && failures == 0 ? 0 : 1;

double Option(string name, double fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

namespace VenvLsp.Soak
{
    /// <summary>One look at the server process.</summary>
    internal sealed record Sample(TimeSpan At, string Phase, double RssMb, double AnonMb, int Descriptors, int Threads)
    {
        public const string Header = "seconds\tphase\trss_mb\tsmaps_anon_mb\tfds\tthreads";

        public static Sample Of(int pid, TimeSpan at, string phase)
        {
            double rss = 0, anon = 0;
            var threads = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line) / 1024.0;
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kb(line) / 1024.0;
                if (line.StartsWith("Threads:", StringComparison.Ordinal)) threads = int.Parse(line[8..].Trim(), CultureInfo.InvariantCulture);
            }
            return new Sample(at, phase, rss, anon, Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length, threads);
        }

        private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

        public string ToTsv() => string.Join('\t', ((int)At.TotalSeconds).ToString(CultureInfo.InvariantCulture), Phase,
            RssMb.ToString("F1", CultureInfo.InvariantCulture), AnonMb.ToString("F1", CultureInfo.InvariantCulture), Descriptors, Threads);

        public override string ToString() => $"{At:hh\\:mm\\:ss} {Phase,-8} rss {RssMb,7:F1} MB  anon {AnonMb,7:F1} MB  fds {Descriptors,4}  threads {Threads,3}";
    }
}
