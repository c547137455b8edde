using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Cli.Check;

/// <summary>A finding with the path to show for its file (as reached from the command-line argument).</summary>
public sealed record ReportedDiagnostic(Diagnostic Diagnostic, string DisplayPath);

/// <summary>Everything one <c>venvlsp check</c> run found and did.</summary>
public sealed record CheckReport(
    ImmutableArray<ReportedDiagnostic> Diagnostics,
    int FilesChecked,
    int FixesApplied,
    ImmutableArray<string> Notices,
    ImmutableArray<string> ConfigurationErrors,
    Func<string, string> DisplayPath,
    Func<string, SourceText?> TextOf)
{
    /// <summary>The line/column range of an edit's span, in the file as it was analysed (empty text for a file a fix creates).</summary>
    public LinePositionSpan RangeOf(string path, TextSpan span) =>
        (TextOf(path) ?? SourceText.From("")).GetLinePositionSpan(span);

    public int Count(Severity severity) => Diagnostics.Count(d => d.Diagnostic.Severity == severity);

    public int Fixable => Diagnostics.Count(d => d.Diagnostic.Fixes.Any(f => f.IsSafe));
}
