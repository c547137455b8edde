using System.Collections.Immutable;
using VenvLsp.Common;

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

    /// <summary>Equal when everything the user sees is equal, fixes and related locations compared
    /// item by item (so a document analysed again with the same findings is not published again, and
    /// its dependents are not analysed again).</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Rule == other.Rule && Severity == other.Severity && Message == other.Message && Location == other.Location &&
            new EquatableArray<Fix>(Fixes).Equals(new(other.Fixes)) && new EquatableArray<RelatedLocation>(Related).Equals(new(other.Related)));

    public override int GetHashCode() => HashCode.Combine(Rule.Id, Severity, Message, Location);

    public Diagnostic WithSeverity(Severity severity) => this with { Severity = severity };

    public override string ToString() =>
        $"{Location.Path}:{Location.Range.Start.Line + 1}:{Location.Range.Start.Character + 1}: {Severity.ToName()} {RuleId} {Message}";
}
