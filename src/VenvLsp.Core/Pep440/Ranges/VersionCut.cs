namespace VenvLsp.Pep440.Ranges;

internal enum CutKind : byte
{
    NegativeInfinity,
    Below,
    Above,
    AboveBase,
    PositiveInfinity,
}

/// <summary>A point between versions on the ordered line of public versions: just below a version,
/// just above it, above every version of a release (<c>1.0</c>, its pre-, post- and dev releases),
/// or an end of the line. Cuts never coincide with a version, which is what makes complements exact.</summary>
/// <remarks>Invariant: <see cref="Version"/> has no local label, and for <see cref="CutKind.AboveBase"/> it
/// is a base version (epoch and release only). The order is total and consistent: if a &lt;= b then every
/// version below a is below b.</remarks>
internal readonly record struct VersionCut(CutKind Kind, Pep440Version? Version) : IComparable<VersionCut>
{
    public static VersionCut NegativeInfinity => new(CutKind.NegativeInfinity, null);

    public static VersionCut PositiveInfinity => new(CutKind.PositiveInfinity, null);

    public static VersionCut Below(Pep440Version version) => new(CutKind.Below, version.PublicVersion);

    public static VersionCut Above(Pep440Version version) => new(CutKind.Above, version.PublicVersion);

    public static VersionCut AboveBase(Pep440Version version) => new(CutKind.AboveBase, version.BaseVersion);

    public int CompareTo(VersionCut other)
    {
        if (Kind == other.Kind && Kind is CutKind.NegativeInfinity or CutKind.PositiveInfinity) return 0;
        if (Kind == CutKind.NegativeInfinity || other.Kind == CutKind.PositiveInfinity) return -1;
        if (Kind == CutKind.PositiveInfinity || other.Kind == CutKind.NegativeInfinity) return 1;
        var a = Version!;
        var b = other.Version!;
        if (Kind == CutKind.AboveBase && other.Kind == CutKind.AboveBase) return a.CompareTo(b);
        if (Kind == CutKind.AboveBase) return CompareBase(b, a) > 0 ? -1 : 1;
        if (other.Kind == CutKind.AboveBase) return CompareBase(a, b) > 0 ? 1 : -1;
        if (Kind == other.Kind) return a.CompareTo(b);
        // Below(a) against Above(b): Below(a) sits lower whenever a <= b.
        return Kind == CutKind.Below ? (a <= b ? -1 : 1) : (a < b ? -1 : 1);
    }

    /// <summary>Whether this cut lies below <paramref name="version"/>.</summary>
    public bool IsBelow(Pep440Version version) => Kind switch
    {
        CutKind.NegativeInfinity => true,
        CutKind.Below => Version! <= version,
        CutKind.Above => Version! < version,
        CutKind.AboveBase => CompareBase(version, Version!) > 0,
        _ => false,
    };

    /// <summary>Whether this cut lies above <paramref name="version"/>.</summary>
    public bool IsAbove(Pep440Version version) => !IsBelow(version);

    /// <summary>Compares the epoch and release of <paramref name="version"/> with a base version.</summary>
    private static int CompareBase(Pep440Version version, Pep440Version baseVersion)
    {
        var c = version.Epoch.CompareTo(baseVersion.Epoch);
        return c != 0 ? c : Pep440Version.CompareReleases(version.Release, baseVersion.Release);
    }

    public override string ToString() => Kind switch
    {
        CutKind.NegativeInfinity => "-inf",
        CutKind.PositiveInfinity => "+inf",
        CutKind.Below => $"<{Version}",
        CutKind.Above => $"{Version}>",
        _ => $"{Version}.*>",
    };
}
