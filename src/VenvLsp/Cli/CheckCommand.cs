using System.Collections.Immutable;
using System.CommandLine;
using Spectre.Console;
using VenvLsp.Cli.Check;
using VenvLsp.Cli.Output;
using VenvLsp.Diagnostics;
using VenvLsp.Workspace;

namespace VenvLsp.Cli;

/// <summary><c>venvlsp check [PATH...]</c>: the checks for CI and review, on whole package trees.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders to check (default: the current folder); packages are found below each.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && token.Value.Length > 1)
                    result.AddError($"Unknown option: {token.Value}");
        });
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var config = new Option<string?>("--config") { Description = "Use this venvlsp.json instead of the one found upward from each package." };
        var approved = new Option<string[]>("--approved-list") { Description = "Approved software list file(s); overrides the configuration.", AllowMultipleArgumentsPerToken = false };
        var fix = new Option<bool>("--fix") { Description = "Apply safe fixes in place, then report what remains." };
        var noSuppressions = new Option<bool>("--no-suppressions") { Description = "Review mode: ignore suppression comments." };
        var severity = new Option<string>("--severity") { Description = "The lowest severity that makes the exit code 1: error, warning or info.", DefaultValueFactory = _ => "warning" };
        severity.AcceptOnlyFromAmong("error", "warning", "info", "hint");

        var command = new Command("check", "Check packages: requirements files, build scripts, jobs.")
        {
            paths, format, config, approved, fix, noSuppressions, severity,
        };
        command.SetAction(parse =>
        {
            var request = new CheckRequest(
                [.. parse.GetValue(paths) ?? []],
                parse.GetValue(config),
                [.. parse.GetValue(approved) ?? []],
                parse.GetValue(fix),
                parse.GetValue(noSuppressions),
                workingDirectory);
            SeverityNames.TryParse(parse.GetValue(severity), out var threshold);
            return Run(request, parse.GetValue(format) ?? "text", threshold, stdout, stderr);
        });
        return command;
    }

    public static int Run(CheckRequest request, string format, Severity threshold, TextWriter stdout, TextWriter stderr)
    {
        var errorConsole = ConsoleFor(stderr);
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        CheckReport report;
        var runner = new CheckRunner(PhysicalFileSystem.Instance);
        if (interactive)
        {
            CheckReport? result = null;
            errorConsole.Status().Spinner(Spinner.Known.Dots).Start("Checking", context =>
                result = runner.Run(request, message => context.Status(Markup.Escape(message))));
            report = result!;
        }
        else
        {
            report = runner.Run(request);
        }

        switch (format)
        {
            case "json":
                WriteBytes(stdout, stream => JsonReport.Write(report, stream));
                break;
            case "sarif":
                WriteBytes(stdout, stream => SarifReport.Write(report, stream, request.WorkingDirectory));
                break;
            case "github":
                GithubReport.Write(report, stdout);
                break;
            default:
                var isTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
                TextReport.Write(report, isTerminal ? ConsoleFor(stdout) : null, stdout);
                break;
        }
        foreach (var notice in report.Notices) stderr.WriteLine($"venvlsp: {notice}");
        if (report.ConfigurationErrors.Length > 0)
        {
            stderr.WriteLine("venvlsp: configuration error:");
            foreach (var error in report.ConfigurationErrors) stderr.WriteLine($"  {error}");
            return 2;
        }
        return report.Diagnostics.Any(d => d.Diagnostic.Severity <= threshold) ? 1 : 0;
    }

    private static void WriteBytes(TextWriter writer, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Flush();
    }

    /// <summary>A Spectre console on the given writer: colour on a terminal, plain text when redirected.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) ? !Console.IsOutputRedirected
            : ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // A finding is one line, whatever the terminal's width: editors and people click and grep them.
        console.Profile.Width = 100_000;
        return console;
    }
}
