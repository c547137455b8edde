namespace VenvLsp.Pep440;

/// <summary>Subset and intersection of specifier sets on their interval form. Each side's admitted
/// versions are approximated from above and below; a subset needs this side's upper approximation
/// inside the other side's lower one, an intersection only needs the upper ones to meet.</summary>
internal static class SpecifierSetRelations
{
    public static bool IsSubsetOfUnion(SpecifierSet set, IEnumerable<SpecifierSet> others)
    {
        var candidates = others.Where(o => o.Errors.Count == 0).ToList();
        if (set.Errors.Count > 0) return false;

        // With === the only candidate is one string: ask each other set about it directly.
        if (set.FirstArbitraryText is { } text)
            return !set.Contains(text) || candidates.Any(o => o.Contains(text));

        // "==V+label" admits only versions equal to V+label, so asking about that one version is exact.
        if (LocalPin(set) is { } pin)
            return !set.Contains(pin) || candidates.Any(o => o.Contains(pin));

        if (candidates.Any(o => ContainsAllClausesOf(set, o) && (!set.AllowsPrereleases || o.AllowsPrereleases)))
            return true;

        var covered = Ranges.RangeSet.None;
        foreach (var other in candidates)
            covered = covered.Union(other.AdmittedRanges.Under);
        return !set.AdmittedRanges.Over.Intersect(covered.Complement()).HasVersion();
    }

    public static bool Intersects(SpecifierSet a, SpecifierSet b)
    {
        if (a.Errors.Count > 0 || b.Errors.Count > 0) return true;
        if (a.FirstArbitraryText is { } text) return a.Contains(text) && b.Contains(text);
        if (b.FirstArbitraryText is { } otherText) return b.Contains(otherText) && a.Contains(otherText);
        if (LocalPin(a) is { } pin) return a.Contains(pin) && b.Contains(pin);
        if (LocalPin(b) is { } otherPin) return b.Contains(otherPin) && a.Contains(otherPin);
        return a.AdmittedRanges.Over.Intersect(b.AdmittedRanges.Over).HasVersion();
    }

    private static Pep440Version? LocalPin(SpecifierSet set)
    {
        foreach (var clause in set.Specifiers)
            if (clause is { Operator: SpecifierOperator.Equal, HasWildcard: false, Version.Local: not null }) return clause.Version;
        return null;
    }

    /// <summary>Every clause of <paramref name="other"/> also appears in <paramref name="set"/>, so
    /// <paramref name="set"/> is at least as strict (pre-release policy aside).</summary>
    private static bool ContainsAllClausesOf(SpecifierSet set, SpecifierSet other) =>
        other.Specifiers.All(clause => set.Specifiers.Contains(clause));
}
