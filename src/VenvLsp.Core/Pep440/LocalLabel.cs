namespace VenvLsp.Pep440;

/// <summary>Ordering of normalized local labels: segment by segment, numeric segments by value and
/// above alphanumeric ones, alphanumeric ones as strings; a label that extends another sorts after it.
/// No label sorts before any label.</summary>
internal static class LocalLabel
{
    public static int Compare(string? a, string? b)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var aEnd = a.IndexOf('.', i);
            if (aEnd < 0) aEnd = a.Length;
            var bEnd = b.IndexOf('.', j);
            if (bEnd < 0) bEnd = b.Length;
            var c = CompareSegments(a.AsSpan(i, aEnd - i), b.AsSpan(j, bEnd - j));
            if (c != 0) return c;
            i = aEnd + 1;
            j = bEnd + 1;
        }
        var aDone = i >= a.Length;
        var bDone = j >= b.Length;
        return aDone == bDone ? 0 : aDone ? -1 : 1;
    }

    private static int CompareSegments(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var xNumeric = VersionScanner.IsAllDigits(x);
        var yNumeric = VersionScanner.IsAllDigits(y);
        if (xNumeric != yNumeric) return xNumeric ? 1 : -1;
        if (xNumeric)
        {
            // Normalized numbers have no leading zeros, so length decides first; no overflow possible.
            x = x.TrimStart('0');
            y = y.TrimStart('0');
            if (x.Length != y.Length) return x.Length.CompareTo(y.Length);
        }
        return Math.Sign(x.SequenceCompareTo(y));
    }
}
