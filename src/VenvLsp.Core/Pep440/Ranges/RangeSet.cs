namespace VenvLsp.Pep440.Ranges;

/// <summary>The versions a specifier (set) matches, as four interval sets over public versions:
/// versions without a local label and versions with one (any label), each split into final and
/// pre-release versions. The split is what lets the pre-release policy and the exclusive operators'
/// special cases (<c>&lt;V</c> drops V's pre-releases, <c>&gt;V</c> V's post-releases and local
/// versions) be expressed as plain intervals.</summary>
internal sealed record RangeSet(IntervalSet PlainFinal, IntervalSet PlainPre, IntervalSet LocalFinal, IntervalSet LocalPre)
{
    public static readonly RangeSet All = Uniform(IntervalSet.All);

    public static readonly RangeSet None = Uniform(IntervalSet.Empty);

    public static RangeSet Uniform(IntervalSet set) => new(set, set, set, set);

    public RangeSet Intersect(RangeSet other) => new(
        PlainFinal.Intersect(other.PlainFinal), PlainPre.Intersect(other.PlainPre),
        LocalFinal.Intersect(other.LocalFinal), LocalPre.Intersect(other.LocalPre));

    public RangeSet Union(RangeSet other) => new(
        PlainFinal.Union(other.PlainFinal), PlainPre.Union(other.PlainPre),
        LocalFinal.Union(other.LocalFinal), LocalPre.Union(other.LocalPre));

    public RangeSet Complement() => new(
        PlainFinal.Complement(), PlainPre.Complement(), LocalFinal.Complement(), LocalPre.Complement());

    /// <summary>Drops the pre-release components: what a set admits when its policy excludes pre-releases.</summary>
    public RangeSet FinalsOnly() => this with { PlainPre = IntervalSet.Empty, LocalPre = IntervalSet.Empty };

    /// <summary>Whether any version lies in the set (true when undecidable).</summary>
    public bool HasVersion() =>
        PlainFinal.HasVersion(VersionDomain.Final) || LocalFinal.HasVersion(VersionDomain.Final)
        || PlainPre.HasVersion(VersionDomain.Prerelease) || LocalPre.HasVersion(VersionDomain.Prerelease);
}

/// <summary>An over- and an under-approximation of a matched set. They are equal except where the
/// <c>packaging</c> library's rules leave infinitely many holes (<c>&gt;1.0a1</c> rejects the
/// post-releases of every later 1.0 pre-release) or depend on a local label's text.</summary>
internal sealed record ApproximateRanges(RangeSet Over, RangeSet Under)
{
    public static ApproximateRanges Exact(RangeSet set) => new(set, set);

    public ApproximateRanges Intersect(ApproximateRanges other) => new(Over.Intersect(other.Over), Under.Intersect(other.Under));
}
