using Spectre.Console;
using VenvLsp.Cli.Check;
using VenvLsp.Diagnostics;

namespace VenvLsp.Cli.Output;

/// <summary>
/// The report for people: one line a finding, <c>path:line:column: severity ID message</c> (1-based),
/// then a summary. Colour only when the console is a terminal.
/// </summary>
public static class TextReport
{
    /// <summary>Writes the report; <paramref name="console"/> is used for colour on a terminal, else
    /// plain lines go to <paramref name="plain"/> (never wrapped, so tools can read them).</summary>
    public static void Write(CheckReport report, IAnsiConsole? console, TextWriter plain)
    {
        foreach (var item in report.Diagnostics)
        {
            var d = item.Diagnostic;
            var start = d.Location.Range.Start;
            var where = $"{item.DisplayPath}:{start.Line + 1}:{start.Character + 1}:";
            var fixable = d.Fixes.Any(f => f.IsSafe) ? " [fixable]" : "";
            if (console is null)
                plain.WriteLine($"{where} {d.Severity.ToName()} {d.RuleId} {d.Message}{fixable}");
            else
                console.MarkupLine($"[bold]{Markup.Escape(where)}[/] [{Colour(d.Severity)}]{d.Severity.ToName()}[/] [dim]{d.RuleId}[/] {Markup.Escape(d.Message)}[dim]{Markup.Escape(fixable)}[/]");
        }
        if (console is null) plain.WriteLine(Summary(report));
        else console.MarkupLine(Markup.Escape(Summary(report)));
    }

    public static string Summary(CheckReport report)
    {
        var total = report.Diagnostics.Length;
        var parts = new List<string>();
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hint })
        {
            var count = report.Count(severity);
            if (count > 0) parts.Add($"{count} {Plural(severity.ToName(), count)}");
        }
        var files = $"{report.FilesChecked} {Plural("file", report.FilesChecked)}";
        var fixedText = report.FixesApplied > 0 ? $"; fixed {report.FixesApplied}" : "";
        if (total == 0) return $"No problems found in {files}{fixedText}.";
        var fixable = report.Fixable > 0 ? $"; {report.Fixable} fixable with --fix" : "";
        return $"Found {total} {Plural("problem", total)} ({string.Join(", ", parts)}) in {files}{fixedText}{fixable}.";
    }

    private static string Plural(string word, int count) => count == 1 ? word : word + "s";

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "red",
        Severity.Warning => "yellow",
        Severity.Info => "blue",
        _ => "grey",
    };
}
