using System.Diagnostics;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>Runs the real <c>venvlsp</c> as the user "nobody" (through <c>setpriv</c>), for tests that need
/// file permissions to mean something while the suite itself runs as root.</summary>
public static class Unprivileged
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "venvlsp.dll");

    public static CliResult RunCheck(string root, params string[] extra)
    {
        // nobody must be able to reach the program and the tree.
        foreach (var folder in new[] { AppContext.BaseDirectory, root })
            foreach (var ancestor in Ancestors(folder))
                Assert.True((File.GetUnixFileMode(ancestor) & UnixFileMode.OtherExecute) != 0, $"{ancestor} is closed to other users: the test cannot run as nobody");
        var start = new ProcessStartInfo("setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Dll, "check", .. extra])
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "venvlsp check as nobody did not finish within 60 s");
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var current = Path.GetFullPath(path).TrimEnd('/'); current.Length > 0; current = Path.GetDirectoryName(current)?.TrimEnd('/') ?? "")
            yield return current;
    }
}
