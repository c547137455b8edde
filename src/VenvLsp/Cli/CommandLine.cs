using System.CommandLine;

namespace VenvLsp.Cli;

/// <summary>The <c>venvlsp</c> command line. Exit codes: 0 nothing at or above the threshold, 1 findings,
/// 2 usage or configuration error (message on stderr).</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var root = new RootCommand("VenvLsp checks NCO production packages that carry their own Python venv: requirements files, venv build scripts, ecFlow job cards and J-jobs.");
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        var version = new Option<bool>("--version") { Description = "Show the version and where the server logs." };
        var stdio = new Option<bool>("--stdio") { Description = "Run the language server on stdin/stdout (same as serve)." };
        root.Options.Add(version);
        root.Options.Add(stdio);
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr, workingDirectory));
        root.Subcommands.Add(RulesCommand.CreateRules(stdout));
        root.Subcommands.Add(RulesCommand.CreateExplain(stdout, stderr));
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                stdout.WriteLine($"venvlsp {VersionInfo.Version}");
                stdout.WriteLine($"log: {Serve.LogSettings.DefaultPath()}");
                return 0;
            }
            if (parse.GetValue(stdio)) return Serve.ServeCommand.Run(null, "information");
            stderr.WriteLine("venvlsp: a command is required (check, serve, rules, explain); see venvlsp --help.");
            return 2;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"venvlsp: {error.Message}");
            stderr.WriteLine("Run 'venvlsp --help' for usage.");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
