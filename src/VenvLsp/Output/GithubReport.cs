using System.Text;
using VenvLsp.Cli.Check;
using VenvLsp.Diagnostics;

namespace VenvLsp.Cli.Output;

/// <summary>GitHub Actions workflow commands: one <c>::error file=...,line=...::message</c> a finding.</summary>
public static class GithubReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var item in report.Diagnostics)
        {
            var d = item.Diagnostic;
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var range = d.Location.Range;
            var properties = new StringBuilder()
                .Append("file=").Append(EscapeProperty(item.DisplayPath))
                .Append(",line=").Append(range.Start.Line + 1)
                .Append(",col=").Append(range.Start.Character + 1)
                .Append(",endLine=").Append(range.End.Line + 1)
                .Append(",endColumn=").Append(range.End.Character + 1)
                .Append(",title=").Append(EscapeProperty($"{d.RuleId} {d.Rule.Title}"));
            output.WriteLine($"::{command} {properties}::{EscapeData($"{d.RuleId} {d.Message}")}");
        }
        output.WriteLine(TextReport.Summary(report));
    }

    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
