namespace VenvLsp.Pep440.Ranges;

/// <summary>The two kinds of version a pre-release policy tells apart.</summary>
internal enum VersionDomain
{
    /// <summary>Final and post-releases: no pre-release and no development segment.</summary>
    Final,

    /// <summary>Pre-releases and development releases.</summary>
    Prerelease,
}

/// <summary>Walks the version line inside one domain: the smallest version of a domain above a point.</summary>
internal static class VersionLine
{
    private static readonly Pep440Version SmallestFinal = Pep440Version.Parse("0");
    private static readonly Pep440Version SmallestPrerelease = Pep440Version.Parse("0.dev0");

    public static bool IsIn(Pep440Version version, VersionDomain domain) =>
        version.IsPrerelease == (domain == VersionDomain.Prerelease);

    /// <summary>Whether some version of <paramref name="domain"/> lies strictly between the cuts. True
    /// when that cannot be decided (a number at the end of the long range), which keeps callers
    /// conservative.</summary>
    public static bool HasVersionBetween(VersionCut lower, VersionCut upper, VersionDomain domain)
    {
        if (lower.CompareTo(upper) >= 0) return false;
        Pep440Version? candidate;
        switch (lower.Kind)
        {
            case CutKind.NegativeInfinity:
                candidate = domain == VersionDomain.Final ? SmallestFinal : SmallestPrerelease;
                break;
            case CutKind.Below:
                candidate = IsIn(lower.Version!, domain) ? lower.Version : Successor(lower.Version!, domain);
                break;
            case CutKind.Above:
                candidate = Successor(lower.Version!, domain);
                break;
            case CutKind.AboveBase:
                // Between a release and any higher point there is always another release, and with it
                // both a final version and a development release of it.
                return true;
            default:
                return false;
        }
        return candidate is null || upper.IsAbove(candidate);
    }

    /// <summary>The smallest public version of <paramref name="domain"/> greater than <paramref name="v"/>,
    /// or null when a number would overflow.</summary>
    public static Pep440Version? Successor(Pep440Version v, VersionDomain domain)
    {
        try
        {
            checked
            {
                if (domain == VersionDomain.Final)
                {
                    if (v.PreKind is not null || (v.Dev is not null && v.Post is null))
                        return Make(v, null, null, null);              // 1.0rc1, 1.0.dev3 -> 1.0
                    if (v.Dev is not null)
                        return Make(v, null, v.Post, null);            // 1.0.post2.dev1 -> 1.0.post2
                    return Make(v, null, (v.Post ?? -1) + 1, null);    // 1.0 -> 1.0.post0, 1.0.post2 -> 1.0.post3
                }
                if (v.Dev is not null)
                    return Make(v, v.PreKind, v.Post, v.Dev + 1);      // x.devN -> x.dev(N+1)
                return Make(v, v.PreKind, (v.Post ?? -1) + 1, 0);      // 1.0a1 -> 1.0a1.post0.dev0
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Pep440Version Make(Pep440Version v, PreReleaseKind? pre, long? post, long? dev) =>
        new(v.Epoch, v.Release, pre, pre is null ? null : v.PreNumber, post, dev, null);
}
