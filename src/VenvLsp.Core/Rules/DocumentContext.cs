using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules;

/// <summary>What every rule sees of the document it analyses, and where it reports.</summary>
public class DocumentContext
{
    private readonly List<Diagnostic> _diagnostics = [];

    public DocumentContext(WorkspaceSnapshot snapshot, string path, SourceText text, DocumentKind kind,
        AnalysisOptions options, string? packageRoot, CancellationToken cancellationToken)
    {
        Snapshot = snapshot;
        Path = path;
        Text = text;
        Kind = kind;
        Options = options;
        PackageRoot = packageRoot;
        CancellationToken = cancellationToken;
    }

    public WorkspaceSnapshot Snapshot { get; }
    public string Path { get; }
    public SourceText Text { get; }
    public DocumentKind Kind { get; }
    public AnalysisOptions Options { get; }

    /// <summary>The package root that holds the document, or null when it is in none.</summary>
    public string? PackageRoot { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public Location LocationOf(TextSpan span) => Location.Create(Path, Text, span);

    /// <summary>Reports a finding in this document with the rule's default severity (the configured
    /// severity is applied afterwards, in one place).</summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message, IEnumerable<Fix>? fixes = null, IEnumerable<RelatedLocation>? related = null) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, LocationOf(span),
            fixes?.ToImmutableArray() ?? [], related?.ToImmutableArray() ?? []));

    /// <summary>Reports a finding with a severity of its own (a milder case of the rule); a severity the
    /// configuration sets for the rule still wins.</summary>
    public void Report(RuleDescriptor rule, Severity severity, TextSpan span, string message, IEnumerable<Fix>? fixes = null) =>
        _diagnostics.Add(new Diagnostic(rule, severity, message, LocationOf(span), fixes?.ToImmutableArray() ?? [], []));

    /// <summary>Reports a finding whose location is in another file (a cross-file rule).</summary>
    public void Report(RuleDescriptor rule, Location location, string message, IEnumerable<Fix>? fixes = null, IEnumerable<RelatedLocation>? related = null) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, location,
            fixes?.ToImmutableArray() ?? [], related?.ToImmutableArray() ?? []));

    /// <summary>A fix that edits this document.</summary>
    public Fix CreateFix(string title, params TextEdit[] edits) => Fix.Create(title, Path, edits);

    /// <summary>A fix that edits this document, offered in the editor but not applied by <c>--fix</c>.</summary>
    public Fix CreateUnsafeFix(string title, params TextEdit[] edits) => Fix.Create(title, Path, edits) with { IsSafe = false };
}
