using System.Collections.Immutable;

namespace VenvLsp.Pep440.Ranges;

/// <summary>An open interval of the version line between two cuts.</summary>
internal readonly record struct VersionInterval(VersionCut Lower, VersionCut Upper)
{
    public bool IsEmptyAsCuts => Lower.CompareTo(Upper) >= 0;

    public override string ToString() => $"({Lower}, {Upper})";
}

/// <summary>A union of disjoint intervals, sorted. Which versions it holds also depends on the domain
/// it is read in (<see cref="HasVersion"/>): a set of cuts says nothing about pre-releases by itself.</summary>
internal sealed class IntervalSet
{
    public static readonly IntervalSet Empty = new(ImmutableArray<VersionInterval>.Empty);

    public static readonly IntervalSet All = new([new VersionInterval(VersionCut.NegativeInfinity, VersionCut.PositiveInfinity)]);

    private IntervalSet(ImmutableArray<VersionInterval> intervals) => Intervals = intervals;

    public ImmutableArray<VersionInterval> Intervals { get; }

    public static IntervalSet Between(VersionCut lower, VersionCut upper) =>
        lower.CompareTo(upper) < 0 ? new([new VersionInterval(lower, upper)]) : Empty;

    public static IntervalSet Of(params VersionInterval[] intervals) => Union(intervals);

    public IntervalSet Intersect(IntervalSet other)
    {
        if (ReferenceEquals(other, All) || ReferenceEquals(this, Empty)) return this;
        if (ReferenceEquals(this, All) || ReferenceEquals(other, Empty)) return other;
        var result = ImmutableArray.CreateBuilder<VersionInterval>();
        int i = 0, j = 0;
        while (i < Intervals.Length && j < other.Intervals.Length)
        {
            var a = Intervals[i];
            var b = other.Intervals[j];
            var lower = Max(a.Lower, b.Lower);
            var upper = Min(a.Upper, b.Upper);
            if (lower.CompareTo(upper) < 0) result.Add(new VersionInterval(lower, upper));
            if (a.Upper.CompareTo(b.Upper) < 0) i++;
            else j++;
        }
        return new IntervalSet(result.ToImmutable());
    }

    /// <summary>Everything outside this set: since cuts never coincide with versions, the gaps between
    /// the intervals, bounded by the same cuts, hold exactly the versions the intervals do not.</summary>
    public IntervalSet Complement()
    {
        var result = ImmutableArray.CreateBuilder<VersionInterval>();
        var previous = VersionCut.NegativeInfinity;
        foreach (var interval in Intervals)
        {
            if (previous.CompareTo(interval.Lower) < 0) result.Add(new VersionInterval(previous, interval.Lower));
            previous = interval.Upper;
        }
        if (previous.CompareTo(VersionCut.PositiveInfinity) < 0) result.Add(new VersionInterval(previous, VersionCut.PositiveInfinity));
        return new IntervalSet(result.ToImmutable());
    }

    public IntervalSet Union(IntervalSet other) => Union(Intervals.Concat(other.Intervals));

    private static IntervalSet Union(IEnumerable<VersionInterval> intervals)
    {
        var sorted = intervals.Where(i => !i.IsEmptyAsCuts).OrderBy(i => i.Lower).ToList();
        var result = ImmutableArray.CreateBuilder<VersionInterval>();
        foreach (var interval in sorted)
        {
            if (result.Count > 0 && result[^1].Upper.CompareTo(interval.Lower) >= 0)
            {
                var last = result[^1];
                result[^1] = last with { Upper = Max(last.Upper, interval.Upper) };
            }
            else
            {
                result.Add(interval);
            }
        }
        return new IntervalSet(result.ToImmutable());
    }

    /// <summary>Whether some version of <paramref name="domain"/> is in the set (true when undecidable).</summary>
    public bool HasVersion(VersionDomain domain)
    {
        foreach (var interval in Intervals)
            if (VersionLine.HasVersionBetween(interval.Lower, interval.Upper, domain)) return true;
        return false;
    }

    private static VersionCut Max(VersionCut a, VersionCut b) => a.CompareTo(b) >= 0 ? a : b;

    private static VersionCut Min(VersionCut a, VersionCut b) => a.CompareTo(b) <= 0 ? a : b;

    public override string ToString() => Intervals.IsEmpty ? "{}" : string.Join(" u ", Intervals);
}
