using System.Collections.Immutable;

namespace VenvLsp.Pep440.Ranges;

/// <summary>Translates one specifier into the intervals it matches, following the same rules as
/// <see cref="Specifier.Matches"/> (without the pre-release policy, which callers apply per component).</summary>
internal static class SpecifierRanges
{
    public static ApproximateRanges For(Specifier specifier)
    {
        if (specifier.Operator == SpecifierOperator.ArbitraryEqual) return ForArbitrary(specifier);
        var v = specifier.Version!;
        var all = (IntervalSet set) => ApproximateRanges.Exact(RangeSet.Uniform(set));

        switch (specifier.Operator)
        {
            case SpecifierOperator.GreaterThanOrEqual:
                return all(IntervalSet.Between(VersionCut.Below(v), VersionCut.PositiveInfinity));
            case SpecifierOperator.LessThanOrEqual:
                return all(IntervalSet.Between(VersionCut.NegativeInfinity, VersionCut.Above(v)));
            case SpecifierOperator.Compatible:
                return PrefixRange(v, v.Release.Length - 1, VersionCut.Below(v), negate: false);
            case SpecifierOperator.Equal or SpecifierOperator.NotEqual when specifier.HasWildcard:
                return PrefixRange(v, v.Release.Length, VersionCut.Below(Dev0(v, v.Release)), specifier.Operator == SpecifierOperator.NotEqual);
            case SpecifierOperator.Equal or SpecifierOperator.NotEqual when v.Local is not null:
                return LocalPin(v, specifier.Operator == SpecifierOperator.NotEqual);
            case SpecifierOperator.Equal:
                return all(Point(v));
            case SpecifierOperator.NotEqual:
                return all(Point(v).Complement());
            case SpecifierOperator.LessThan:
                return LessThan(v);
            default:
                return GreaterThan(v);
        }
    }

    private static IntervalSet Point(Pep440Version v) => IntervalSet.Between(VersionCut.Below(v), VersionCut.Above(v));

    /// <summary>Versions whose release starts with the first <paramref name="length"/> numbers of
    /// <paramref name="v"/>, from <paramref name="lower"/> on: <c>[1.4.dev0, 1.5.dev0)</c> for <c>1.4</c>.</summary>
    private static ApproximateRanges PrefixRange(Pep440Version v, int length, VersionCut lower, bool negate)
    {
        var prefix = v.Release.RemoveRange(length, v.Release.Length - length);
        if (prefix[^1] == long.MaxValue)
        {
            // No next prefix to bound with: keep the lower bound and admit nothing for certain.
            var over = IntervalSet.Between(lower, VersionCut.PositiveInfinity);
            return new ApproximateRanges(RangeSet.Uniform(negate ? IntervalSet.All : over), RangeSet.Uniform(negate ? over.Complement() : IntervalSet.Empty));
        }
        var next = prefix.SetItem(prefix.Length - 1, prefix[^1] + 1);
        var set = IntervalSet.Between(lower, VersionCut.Below(Dev0(v, next)));
        return ApproximateRanges.Exact(RangeSet.Uniform(negate ? set.Complement() : set));
    }

    private static Pep440Version Dev0(Pep440Version v, ImmutableArray<long> release) =>
        new(v.Epoch, release, null, null, null, 0, null);

    /// <summary><c>==V+label</c> matches only versions with that very label, <c>!=V+label</c> all others:
    /// exact for versions without a label, bounded both ways for versions with one.</summary>
    private static ApproximateRanges LocalPin(Pep440Version v, bool negate)
    {
        var point = Point(v);
        if (!negate)
        {
            var over = new RangeSet(IntervalSet.Empty, IntervalSet.Empty, point, point);
            return new ApproximateRanges(over, RangeSet.None);
        }
        var under = new RangeSet(IntervalSet.All, IntervalSet.All, point.Complement(), point.Complement());
        return new ApproximateRanges(RangeSet.All, under);
    }

    /// <summary><c>&lt;V</c> drops V's own pre-releases unless V is one: below <c>V.dev0</c>, except that
    /// below a post-release the final versions of V's release stay in.</summary>
    private static ApproximateRanges LessThan(Pep440Version v)
    {
        var belowV = IntervalSet.Between(VersionCut.NegativeInfinity, VersionCut.Below(v));
        if (v.IsPrerelease) return ApproximateRanges.Exact(RangeSet.Uniform(belowV));
        var belowRelease = IntervalSet.Between(VersionCut.NegativeInfinity, VersionCut.Below(Dev0(v, v.Release)));
        if (!v.IsPostRelease) return ApproximateRanges.Exact(RangeSet.Uniform(belowRelease));
        return ApproximateRanges.Exact(new RangeSet(belowV, belowRelease, belowV, belowRelease));
    }

    /// <summary><c>&gt;V</c> drops local versions of V's release and, unless V is a post-release, its
    /// post-releases. Among pre-releases those post-releases are scattered (<c>1.0a2.post1</c>,
    /// <c>1.0b1.post1</c>, ...), so that component is only approximated.</summary>
    private static ApproximateRanges GreaterThan(Pep440Version v)
    {
        var aboveRelease = IntervalSet.Between(VersionCut.AboveBase(v), VersionCut.PositiveInfinity);
        var aboveV = IntervalSet.Between(VersionCut.Above(v), VersionCut.PositiveInfinity);
        if (v.IsPostRelease)
            return ApproximateRanges.Exact(new RangeSet(aboveV, aboveV, aboveRelease, aboveRelease));
        // Above V only the release itself (when V is a pre- or dev release of it) and later releases.
        var finals = IntervalSet.Between(VersionCut.Above(v), VersionCut.Above(v.BaseVersion)).Union(aboveRelease);
        return new ApproximateRanges(
            new RangeSet(finals, aboveV, aboveRelease, aboveRelease),
            new RangeSet(finals, aboveRelease, aboveRelease, aboveRelease));
    }

    /// <summary><c>===s</c> matches a version only when its normalized text is s: at most that one
    /// version (an over-approximation: <c>1.0.0</c> equals <c>1.0</c> but prints differently).</summary>
    private static ApproximateRanges ForArbitrary(Specifier specifier)
    {
        var v = specifier.Version;
        if (v is null || !string.Equals(v.ToString(), specifier.VersionText, StringComparison.OrdinalIgnoreCase))
            return ApproximateRanges.Exact(RangeSet.None);
        var point = Point(v);
        var over = v.Local is null
            ? new RangeSet(point, point, IntervalSet.Empty, IntervalSet.Empty)
            : new RangeSet(IntervalSet.Empty, IntervalSet.Empty, point, point);
        return new ApproximateRanges(over, RangeSet.None);
    }
}
