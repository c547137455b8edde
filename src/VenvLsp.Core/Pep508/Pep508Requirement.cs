using System.Collections.Immutable;
using System.Text;
using VenvLsp.Pep440;
using VenvLsp.Text;

namespace VenvLsp.Pep508;

/// <summary>A PEP 508 dependency specification: <c>name [extras] (specifiers | @ url) ; marker</c>.
/// Produced by <see cref="Pep508Parser.Parse"/>; spans are relative to the text it was given. On a
/// syntax error the parts read before the error are filled in and the rest are empty.</summary>
public sealed class Pep508Requirement
{
    internal Pep508Requirement(
        string name, TextSpan nameSpan, ImmutableArray<string> extras, TextSpan? extrasSpan,
        SpecifierSet specifiers, TextSpan? specifierSpan, string? url, TextSpan? urlSpan,
        MarkerExpression? marker, TextSpan? markerSpan, IReadOnlyList<SyntaxError> errors)
    {
        Name = name;
        NameSpan = nameSpan;
        Extras = extras;
        ExtrasSpan = extrasSpan;
        Specifiers = specifiers;
        SpecifierSpan = specifierSpan;
        Url = url;
        UrlSpan = urlSpan;
        Marker = marker;
        MarkerSpan = markerSpan;
        Errors = errors;
    }

    /// <summary>The name as written; empty when the text does not start with one.</summary>
    public string Name { get; }

    public TextSpan NameSpan { get; }

    /// <summary>The PEP 503 form of <see cref="Name"/>, for comparing names.</summary>
    public string NormalizedName => PackageName.Normalize(Name);

    /// <summary>Extras as written, in order.</summary>
    public ImmutableArray<string> Extras { get; }

    /// <summary>The extras including the brackets, when written.</summary>
    public TextSpan? ExtrasSpan { get; }

    /// <summary>The version clauses; <see cref="SpecifierSet.Empty"/> when there are none.</summary>
    public SpecifierSet Specifiers { get; }

    /// <summary>The clauses, including the parentheses when they were written.</summary>
    public TextSpan? SpecifierSpan { get; }

    /// <summary>The URL of a <c>name @ url</c> requirement, as written (not validated, like current pip).</summary>
    public string? Url { get; }

    public TextSpan? UrlSpan { get; }

    public MarkerExpression? Marker { get; }

    /// <summary>The marker expression after <c>;</c>, without surrounding whitespace.</summary>
    public TextSpan? MarkerSpan { get; }

    public IReadOnlyList<SyntaxError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The requirement in canonical spelling (extras sorted, specifiers without spaces, marker
    /// canonical), like the <c>packaging</c> library prints it.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Name);
        if (!Extras.IsEmpty) builder.Append('[').AppendJoin(',', Extras.Distinct().Order(StringComparer.Ordinal)).Append(']');
        if (!Specifiers.IsEmpty) builder.Append(Specifiers);
        if (Url is not null)
        {
            builder.Append(" @ ").Append(Url);
            if (Marker is not null) builder.Append(' ');
        }
        if (Marker is not null) builder.Append("; ").Append(Marker);
        return builder.ToString();
    }
}
