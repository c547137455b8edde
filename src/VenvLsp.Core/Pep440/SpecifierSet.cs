using System.Collections.Immutable;
using VenvLsp.Pep440.Ranges;
using VenvLsp.Text;

namespace VenvLsp.Pep440;

/// <summary>Comma-separated version clauses that must all hold (<c>&gt;=1.24,&lt;2.3,!=1.25.0</c>), with
/// the <c>packaging</c> library's matching and pre-release policy, and interval-based set relations
/// for approval checks.</summary>
public sealed class SpecifierSet
{
    private ApproximateRanges? _ranges;

    private SpecifierSet(ImmutableArray<Specifier> specifiers, IReadOnlyList<SyntaxError> errors)
    {
        Specifiers = specifiers;
        Errors = errors;
    }

    /// <summary>No clauses: every final version matches, pre-releases only when asked for.</summary>
    public static SpecifierSet Empty { get; } = new(ImmutableArray<Specifier>.Empty, Array.Empty<SyntaxError>());

    /// <summary>Parses clauses separated by commas, as the <c>packaging</c> library's
    /// <c>SpecifierSet</c> does: whitespace around clauses and empty clauses (<c>&gt;=1,,&lt;2</c>, a
    /// trailing comma) are ignored. Never throws: invalid clauses are left out of
    /// <see cref="Specifiers"/> and reported in <see cref="Errors"/> with spans relative to
    /// <paramref name="text"/>.</summary>
    public static SpecifierSet Parse(string? text) => text is null ? Empty : Parse(text, 0, text.Length);

    /// <summary>Parses the region [start, end) of a larger text; spans are relative to the whole text.</summary>
    internal static SpecifierSet Parse(string text, int start, int end)
    {
        var specifiers = ImmutableArray.CreateBuilder<Specifier>();
        List<SyntaxError>? errors = null;
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ',') continue;
            var s = pieceStart;
            var e = i;
            while (s < e && PythonChars.IsWhitespace(text[s])) s++;
            while (e > s && PythonChars.IsWhitespace(text[e - 1])) e--;
            if (e > s)
            {
                var specifier = Specifier.FromPiece(text[s..e], s, out var error);
                if (specifier is not null) specifiers.Add(specifier);
                else (errors ??= []).Add(new SyntaxError(TextSpan.FromBounds(s, e), error!));
            }
            pieceStart = i + 1;
        }
        if (specifiers.Count == 0 && errors is null) return Empty;
        return new SpecifierSet(specifiers.ToImmutable(), errors ?? (IReadOnlyList<SyntaxError>)Array.Empty<SyntaxError>());
    }

    internal static SpecifierSet FromSpecifiers(ImmutableArray<Specifier> specifiers) =>
        specifiers.IsEmpty ? Empty : new SpecifierSet(specifiers, Array.Empty<SyntaxError>());

    /// <summary>The valid clauses, in the order written.</summary>
    public ImmutableArray<Specifier> Specifiers { get; }

    /// <summary>Clauses that did not parse.</summary>
    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>No valid clause (check <see cref="Errors"/> to tell "any version" from "nothing valid").</summary>
    public bool IsEmpty => Specifiers.IsEmpty;

    /// <summary>Whether the set opts in to pre-releases: some clause does (see <see cref="Specifier.AllowsPrereleases"/>).</summary>
    public bool AllowsPrereleases
    {
        get
        {
            foreach (var specifier in Specifiers)
                if (specifier.AllowsPrereleases) return true;
            return false;
        }
    }

    private bool HasArbitrary
    {
        get
        {
            foreach (var specifier in Specifiers)
                if (specifier.Operator == SpecifierOperator.ArbitraryEqual) return true;
            return false;
        }
    }

    /// <summary>Whether every clause holds for <paramref name="version"/>. Pre-releases are excluded
    /// unless <paramref name="prereleases"/> is true, or it is null and <see cref="AllowsPrereleases"/>.</summary>
    public bool Contains(Pep440Version version, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsPrerelease && !(prereleases ?? AllowsPrereleases)) return false;
        foreach (var specifier in Specifiers)
            if (!specifier.Matches(version)) return false;
        return true;
    }

    /// <summary>Like <see cref="Contains(Pep440Version, bool?)"/> for a version string. With a
    /// <c>===</c> clause the string itself is compared (ignoring case); a string that is not a PEP 440
    /// version matches only such clauses.</summary>
    public bool Contains(string versionText, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(versionText);
        Pep440Version.TryParse(versionText, out var version);
        if (!HasArbitrary) return version is not null && Contains(version, prereleases);
        if (version is { IsPrerelease: true } && !(prereleases ?? AllowsPrereleases)) return false;
        foreach (var specifier in Specifiers)
        {
            var holds = specifier.Operator == SpecifierOperator.ArbitraryEqual
                ? string.Equals(versionText, specifier.VersionText, StringComparison.OrdinalIgnoreCase)
                : version is not null && specifier.Matches(version);
            if (!holds) return false;
        }
        return true;
    }

    /// <summary>Every version this set allows is allowed by <paramref name="other"/> (both with their
    /// default pre-release policy). Conservative: false when it cannot be shown, and when either set has
    /// errors.</summary>
    public bool IsSubsetOf(SpecifierSet other) => SpecifierSetRelations.IsSubsetOfUnion(this, [other]);

    /// <summary>Every version this set allows is allowed by at least one of <paramref name="others"/>
    /// (an approved list with several lines for one package). Conservative like <see cref="IsSubsetOf"/>;
    /// sets with errors among <paramref name="others"/> count as allowing nothing.</summary>
    public bool IsSubsetOfUnion(IEnumerable<SpecifierSet> others) => SpecifierSetRelations.IsSubsetOfUnion(this, others);

    /// <summary>Some version is allowed by both sets. Conservative: true when it cannot be ruled out,
    /// and when either set has errors.</summary>
    public bool Intersects(SpecifierSet other) => SpecifierSetRelations.Intersects(this, other);

    /// <summary>Certainly no version satisfies the set (<c>&gt;=2,&lt;1</c>, <c>==1.0,!=1.0</c>). False when
    /// it has errors or satisfiability cannot be ruled out.</summary>
    public bool IsUnsatisfiable =>
        Errors.Count == 0 && (FirstArbitraryText is { } text ? !Contains(text) : !AdmittedRanges.Over.HasVersion());

    internal ApproximateRanges Ranges => _ranges ??= ComputeRanges();

    private ApproximateRanges ComputeRanges()
    {
        var result = ApproximateRanges.Exact(RangeSet.All);
        foreach (var specifier in Specifiers)
            result = result.Intersect(SpecifierRanges.For(specifier));
        return result;
    }

    /// <summary>The ranges this set admits under its default pre-release policy.</summary>
    internal ApproximateRanges AdmittedRanges =>
        AllowsPrereleases ? Ranges : new ApproximateRanges(Ranges.Over.FinalsOnly(), Ranges.Under.FinalsOnly());

    internal string? FirstArbitraryText
    {
        get
        {
            foreach (var specifier in Specifiers)
                if (specifier.Operator == SpecifierOperator.ArbitraryEqual) return specifier.VersionText;
            return null;
        }
    }

    /// <summary>The clauses as written, joined by commas: <c>&gt;=1.24,&lt;2.3</c>.</summary>
    public override string ToString() => string.Join(",", Specifiers);
}
