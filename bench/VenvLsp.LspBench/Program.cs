using System.Text.Json;
using VenvLsp.Bench;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;
using VenvLsp.LspBench;

// Usage: dotnet run -c Release --project bench/VenvLsp.LspBench -- [options]
//   --sizes 60,2000,20000   build script sizes (lines)
//   --edits 500             single-character edits per size
//   --gap-ms 20             pause after each edit's diagnostics (a fast typist's rhythm, not a debounce)
//   --bursts 3              typing bursts per size (20 keystrokes, 30 ms apart)
//   --starts 5              fresh processes for start -> initialize
//   --server PATH           an already published server (folder or executable); default: publish one
//   --json                  machine-readable report on stdout instead of the table
//   --json-file FILE        also write the machine-readable report to FILE
Arguments arguments;
try
{
    arguments = new Arguments(args, new HashSet<string> { "--json" });
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"venvlsp-lspbench: {e.Message}");
    return 2;
}
var sizes = arguments.Ints("--sizes", [60, 2000, 20000]);
var edits = arguments.Int("--edits", 500);
var gap = arguments.Int("--gap-ms", 20);
var bursts = arguments.Int("--bursts", 3);
var starts = arguments.Int("--starts", 5);
var serverPath = arguments.String("--server");
var json = arguments.Flag("--json");
var jsonFile = arguments.String("--json-file");
arguments.RejectUnknown();

var log = Console.Error;
var machine = MachineInfo.Now();
var build = ServerBuild.Prepare(RepositoryRoot.Find(), serverPath, log);
log.WriteLine($"Server: {build.Executable} ({build.Note})");
log.WriteLine($"Machine: {machine}");

log.WriteLine($"Start -> initialize, {starts} fresh processes...");
var startup = await Startup.MeasureAsync(build, starts);
var results = new List<SizeResult>();
foreach (var size in sizes)
{
    log.WriteLine($"{size} lines: open, {edits} edits, {bursts} bursts...");
    results.Add(await new SizeRun(build, size, edits, gap, bursts, log).RunAsync());
}
var report = new LspBenchReport(machine.ToString(), machine.LoadAverage, MachineInfo.Load(), build.Executable, build.ReadyToRun, edits, gap, startup, results);

if (jsonFile is not null) File.WriteAllText(jsonFile, JsonSerializer.Serialize(report, JsonOptions));
if (json)
{
    Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
    return 0;
}
Report.Print(report, Console.Out);
return 0;

internal static partial class Program
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
