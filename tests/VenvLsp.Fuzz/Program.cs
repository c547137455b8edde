using SharpFuzz;
using VenvLsp.Fuzz;

// venvlsp fuzz harness.
//   VenvLsp.Fuzz TARGET                 run under afl-fuzz (run.sh does this): one input per AFL++ round
//   VenvLsp.Fuzz TARGET --replay PATH.. run each file (or every file in each folder) once, no AFL++;
//                                       exit 1 and name the input when one breaks an invariant
//   VenvLsp.Fuzz --list                 the target names
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: VenvLsp.Fuzz TARGET [--replay PATH...] | --list");
    return 2;
}
if (args[0] == "--list")
{
    foreach (var name in FuzzTargets.All.Keys) Console.WriteLine(name);
    return 0;
}
if (!FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"unknown target '{args[0]}'; one of: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}
if (args.Length > 1 && args[1] == "--replay")
{
    var failed = 0;
    var inputs = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]);
    foreach (var input in inputs.Order(StringComparer.Ordinal))
    {
        try
        {
            target(File.ReadAllBytes(input));
        }
        catch (Exception e)
        {
            failed++;
            Console.Error.WriteLine($"{input}: {e.GetType().Name}: {e.Message}");
        }
    }
    return failed == 0 ? 0 : 1;
}

// Out of process: SharpFuzz forks nothing; AFL++ restarts the harness only after a crash.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
