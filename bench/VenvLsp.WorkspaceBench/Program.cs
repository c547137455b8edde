using System.Text.Json;
using VenvLsp.Bench;
using VenvLsp.Bench.Generators;
using VenvLsp.Bench.Lsp;
using VenvLsp.Bench.Measure;
using VenvLsp.WorkspaceBench;

// Usage: dotnet run -c Release --project bench/VenvLsp.WorkspaceBench -- [options]
//   --packages 100        packages of 100 files each
//   --dir PATH            generate the tree here (kept) instead of a temporary folder (removed)
//   --checks 3            runs of `venvlsp check`
//   --edits 10            single-character edits of one requirements file (break, restore, ...)
//   --settle-ms 1000      quiet time after each edit before counting its publishes
//   --server PATH         an already published server (folder or executable); default: publish one
//   --no-server           only `venvlsp check`
//   --no-counter          skip the in-process run that reads the analysis counter
//   --json                machine-readable report on stdout instead of the table
//   --json-file FILE      also write the machine-readable report to FILE
Arguments arguments;
try
{
    arguments = new Arguments(args, new HashSet<string> { "--json", "--no-server", "--no-counter" });
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"venvlsp-workspacebench: {e.Message}");
    return 2;
}
var packages = arguments.Int("--packages", 100);
var dir = arguments.String("--dir");
var checks = arguments.Int("--checks", 3);
var edits = arguments.Int("--edits", 10);
var settle = TimeSpan.FromMilliseconds(arguments.Int("--settle-ms", 1000));
var serverPath = arguments.String("--server");
var noServer = arguments.Flag("--no-server");
var noCounter = arguments.Flag("--no-counter");
var json = arguments.Flag("--json");
var jsonFile = arguments.String("--json-file");
arguments.RejectUnknown();

var log = Console.Error;
var machine = MachineInfo.Now();
var build = ServerBuild.Prepare(RepositoryRoot.Find(), serverPath, log);
log.WriteLine($"Server: {build.Executable} ({build.Note})");
log.WriteLine($"Machine: {machine}");

var root = dir is null ? TreeWriter.NewTemporaryFolder("venvlsp-workspace") : Path.GetFullPath(dir);
try
{
    if (dir is not null) TreeWriter.TryDelete(root);
    var tree = WorkspaceTree.Generate(root, packages);
    log.WriteLine($"Generated {tree.Files} files ({tree.Bytes / 1024} KiB) in {packages} packages under {root} in {tree.GenerateMs:F0} ms");
    var editedFile = Path.Combine(WorkspaceTree.PackageFolder(root, Math.Min(42, packages - 1)), "requirements.txt");

    var results = new List<CheckResult>();
    for (var i = 0; i < checks; i++)
    {
        log.WriteLine($"venvlsp check, run {i + 1} of {checks}...");
        results.Add(CheckRun.Run(build, root));
    }
    ServerScanResult? serverResult = null;
    if (!noServer)
    {
        log.WriteLine("Server process: workspace scan, then edits...");
        var logs = TreeWriter.NewTemporaryFolder("venvlsp-workspace-log");
        try { serverResult = await ServerRun.RunAsync(build, root, editedFile, edits, settle, logs); }
        finally { TreeWriter.TryDelete(logs); }
    }
    CounterResult? counter = null;
    if (!noCounter)
    {
        log.WriteLine("Server in process: analysis counter per edit...");
        counter = await CounterRun.RunAsync(root, editedFile, edits);
    }
    var report = new WorkspaceBenchReport(machine.ToString(), MachineInfo.Load(), build.Executable, build.ReadyToRun, packages, tree.Files, tree.Bytes,
        Path.GetRelativePath(root, editedFile), results, serverResult, counter);
    if (jsonFile is not null) File.WriteAllText(jsonFile, JsonSerializer.Serialize(report, JsonOptions));
    if (json)
        Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
    else
        Report.Print(report, Console.Out);
    return 0;
}
finally
{
    if (dir is null) TreeWriter.TryDelete(root);
}

internal static partial class Program
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
