using System.Collections.Immutable;

namespace VenvLsp.Diagnostics;

/// <summary>One finding of a rule at one place.</summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    Location Location,
    ImmutableArray<Fix> Fixes,
    ImmutableArray<RelatedLocation> Related)
{
    public string RuleId => Rule.Id;

    public Diagnostic WithSeverity(Severity severity) => this with { Severity = severity };

    public override string ToString() =>
        $"{Location.Path}:{Location.Range.Start.Line + 1}:{Location.Range.Start.Character + 1}: {Severity.ToName()} {RuleId} {Message}";
}
