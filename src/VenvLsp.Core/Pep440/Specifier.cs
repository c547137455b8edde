using System.Diagnostics.CodeAnalysis;
using VenvLsp.Text;

namespace VenvLsp.Pep440;

/// <summary>One PEP 440 version clause such as <c>&gt;=1.24</c>, <c>==1.4.*</c> or <c>~=2.2</c>, with
/// the matching rules of the <c>packaging</c> library (which pip uses).</summary>
public sealed class Specifier : IEquatable<Specifier>
{
    internal Specifier(SpecifierOperator op, string versionText, Pep440Version? version, bool hasWildcard, TextSpan span)
    {
        Operator = op;
        VersionText = versionText;
        Version = version;
        HasWildcard = hasWildcard;
        Span = span;
    }

    /// <summary>Parses one clause: an operator, optional whitespace, a version valid for that operator
    /// (<c>.*</c> and local labels only after <c>==</c>/<c>!=</c>, two release numbers after
    /// <c>~=</c>); surrounding whitespace is ignored. Never throws.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Specifier? specifier, out string? error)
    {
        specifier = null;
        text ??= "";
        var start = 0;
        var end = text.Length;
        while (start < end && PythonChars.IsWhitespace(text[start])) start++;
        while (end > start && PythonChars.IsWhitespace(text[end - 1])) end--;
        var piece = text[start..end];
        specifier = FromPiece(piece, start, out error);
        return specifier is not null;
    }

    /// <summary>Parses trimmed text; <paramref name="offset"/> places <see cref="Span"/> in the caller's text.</summary>
    internal static Specifier? FromPiece(string piece, int offset, out string? error)
    {
        error = null;
        if (SpecifierScanner.TryMatch(piece, 0, out var match) && match.End == piece.Length)
        {
            var versionText = piece[match.VersionStart..];
            var span = new TextSpan(offset, piece.Length);
            if (match.Operator == SpecifierOperator.ArbitraryEqual)
            {
                Pep440Version.TryParse(versionText, out var arbitrary);
                return new Specifier(match.Operator, versionText, arbitrary, false, span);
            }
            if (!match.Scan.Overflow)
                return new Specifier(match.Operator, versionText, match.Scan.ToVersion(), match.Scan.Wildcard, span);
        }
        error = SpecifierDiagnostics.Explain(piece);
        return null;
    }

    /// <summary>A clause from a token the scanner matched in <paramref name="text"/>; null when a number
    /// does not fit (the caller then reports it through <see cref="FromPiece"/>).</summary>
    internal static Specifier? FromMatch(string text, SpecifierMatch match)
    {
        if (match.Operator == SpecifierOperator.ArbitraryEqual || match.Scan.Overflow) return null;
        return new Specifier(match.Operator, text[match.VersionStart..match.End], match.Scan.ToVersion(), match.Scan.Wildcard,
            TextSpan.FromBounds(match.Start, match.End));
    }

    public SpecifierOperator Operator { get; }

    /// <summary>The operator as PEP 440 spells it: <c>~=</c>, <c>==</c>, ..., <c>===</c>.</summary>
    public string OperatorText => SpecifierScanner.OperatorText(Operator);

    /// <summary>The version as written, without surrounding whitespace (<c>1.4.*</c>, <c>V1.0-RC1</c>).</summary>
    public string VersionText { get; }

    /// <summary>The parsed version (for a wildcard, the part before <c>.*</c>); null only for
    /// <c>===</c> with a string that is not a PEP 440 version.</summary>
    public Pep440Version? Version { get; }

    /// <summary>A prefix match: <c>==1.*</c> or <c>!=1.4.*</c>.</summary>
    public bool HasWildcard { get; }

    /// <summary>Pins exactly one version: <c>==</c> without a wildcard, or <c>===</c>.</summary>
    public bool IsExactPin => Operator == SpecifierOperator.ArbitraryEqual || (Operator == SpecifierOperator.Equal && !HasWildcard);

    /// <summary>Where the clause was written, relative to the text the parser was given.</summary>
    public TextSpan Span { get; }

    /// <summary>Whether this clause opts in to pre-releases: an inclusive operator (<c>==</c>,
    /// <c>&gt;=</c>, <c>&lt;=</c>, <c>~=</c>, <c>===</c>) naming a pre- or development release.</summary>
    public bool AllowsPrereleases =>
        Operator is SpecifierOperator.Equal or SpecifierOperator.GreaterThanOrEqual or SpecifierOperator.LessThanOrEqual
            or SpecifierOperator.Compatible or SpecifierOperator.ArbitraryEqual
        && Version is { IsPrerelease: true };

    /// <summary>Whether <paramref name="version"/> satisfies this clause. Pre-releases are excluded unless
    /// <paramref name="prereleases"/> is true, or it is null and <see cref="AllowsPrereleases"/>.</summary>
    public bool Contains(Pep440Version version, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsPrerelease && !(prereleases ?? AllowsPrereleases)) return false;
        return Matches(version);
    }

    /// <summary>Like <see cref="Contains(Pep440Version, bool?)"/> for a version string; <c>===</c>
    /// compares the string itself (ignoring case), other operators reject a string that is not a version.</summary>
    public bool Contains(string versionText, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(versionText);
        if (Operator == SpecifierOperator.ArbitraryEqual)
        {
            if (!string.Equals(versionText, VersionText, StringComparison.OrdinalIgnoreCase)) return false;
            return prereleases != false || !Pep440Version.TryParse(versionText, out var parsed) || !parsed.IsPrerelease;
        }
        return Pep440Version.TryParse(versionText, out var version) && Contains(version, prereleases);
    }

    /// <summary>The operator's rule alone, without the pre-release policy.</summary>
    internal bool Matches(Pep440Version candidate)
    {
        if (Operator == SpecifierOperator.ArbitraryEqual)
            return string.Equals(candidate.ToString(), VersionText, StringComparison.OrdinalIgnoreCase);
        var spec = Version!;
        return Operator switch
        {
            SpecifierOperator.Compatible =>
                candidate.PublicVersion >= spec && HasPrefix(candidate, spec.Epoch, spec.Release.Length - 1),
            SpecifierOperator.Equal => IsEqual(candidate, spec),
            SpecifierOperator.NotEqual => !IsEqual(candidate, spec),
            SpecifierOperator.LessThanOrEqual => candidate.PublicVersion <= spec,
            SpecifierOperator.GreaterThanOrEqual => candidate.PublicVersion >= spec,
            SpecifierOperator.LessThan => candidate < spec
                && !(!spec.IsPrerelease && candidate.IsPrerelease && SameBase(candidate, spec)),
            SpecifierOperator.GreaterThan => candidate > spec
                && !(!spec.IsPostRelease && candidate.IsPostRelease && SameBase(candidate, spec))
                && !(candidate.Local is not null && SameBase(candidate, spec)),
            _ => false,
        };
    }

    private bool IsEqual(Pep440Version candidate, Pep440Version spec)
    {
        if (HasWildcard) return HasPrefix(candidate, spec.Epoch, spec.Release.Length);
        return spec.Local is null ? candidate.PublicVersion == spec : candidate == spec;
    }

    /// <summary>Whether the candidate's release, zero padded, starts with the first
    /// <paramref name="length"/> release numbers of <see cref="Version"/>.</summary>
    private bool HasPrefix(Pep440Version candidate, int epoch, int length)
    {
        if (candidate.Epoch != epoch) return false;
        var prefix = Version!.Release;
        for (var k = 0; k < length; k++)
        {
            var value = k < candidate.Release.Length ? candidate.Release[k] : 0;
            if (value != prefix[k]) return false;
        }
        return true;
    }

    internal static bool SameBase(Pep440Version a, Pep440Version b) =>
        a.Epoch == b.Epoch && Pep440Version.CompareReleases(a.Release, b.Release) == 0;

    /// <summary>Operator and version as written, without whitespace: <c>&gt;=1.24</c>.</summary>
    public override string ToString() => OperatorText + VersionText;

    /// <summary>Same operator and an equivalent version: <c>==1.0</c> equals <c>== 1.0.0</c>; <c>~=</c>
    /// and wildcards also need the same number of release numbers; <c>===</c> compares text ignoring case.</summary>
    public bool Equals(Specifier? other)
    {
        if (other is null || other.Operator != Operator || other.HasWildcard != HasWildcard) return false;
        if (Operator == SpecifierOperator.ArbitraryEqual)
            return string.Equals(VersionText, other.VersionText, StringComparison.OrdinalIgnoreCase);
        if (Version != other.Version) return false;
        return !(HasWildcard || Operator == SpecifierOperator.Compatible) || Version!.Release.Length == other.Version!.Release.Length;
    }

    public override bool Equals(object? obj) => obj is Specifier other && Equals(other);

    public override int GetHashCode() =>
        Operator == SpecifierOperator.ArbitraryEqual
            ? HashCode.Combine(Operator, StringComparer.OrdinalIgnoreCase.GetHashCode(VersionText))
            : HashCode.Combine(Operator, HasWildcard, Version);
}
