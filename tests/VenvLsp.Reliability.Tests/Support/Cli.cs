using VenvLsp.Cli;

namespace VenvLsp.Reliability.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs <c>venvlsp</c> in process, as the command-line tests do; fails a run that takes too long
/// (a read that blocks on a FIFO, a walk that loops) instead of hanging the suite.</summary>
public static class CheckCli
{
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() => CommandLine.Run(args, stdout, stderr, workingDirectory));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "venvlsp " + string.Join(' ', args) + " did not finish within 60 s");
        return new CliResult(run.Result, stdout.ToString(), stderr.ToString());
    }
}
