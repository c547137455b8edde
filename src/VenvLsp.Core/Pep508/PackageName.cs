using System.Text;

namespace VenvLsp.Pep508;

/// <summary>Distribution names: PEP 503 normalization and the PEP 508 name grammar.</summary>
public static class PackageName
{
    /// <summary>PEP 503: lower case, every run of <c>-</c>, <c>_</c>, <c>.</c> becomes one <c>-</c>
    /// (<c>Foo.Bar__baz</c> gives <c>foo-bar-baz</c>). Names compare equal after this.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var inRun = false;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.')
            {
                if (!inRun) builder.Append('-');
                inRun = true;
                continue;
            }
            inRun = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The PEP 508 grammar: ASCII letters and digits, with <c>-</c>, <c>_</c>, <c>.</c> allowed
    /// only inside. Note that pip also accepts a name ending in <c>_</c> (<c>name_</c>), which this rejects.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (!IsAsciiLetterOrDigit(name[0]) || !IsAsciiLetterOrDigit(name[^1])) return false;
        foreach (var c in name)
            if (!IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')) return false;
        return true;
    }

    /// <summary>Whether two names denote the same distribution (equal after <see cref="Normalize"/>).</summary>
    public static bool AreEquivalent(string a, string b) => Comparer.Equals(a, b);

    /// <summary>Compares and hashes names by their normalized form, for dictionaries keyed by name.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new NormalizedComparer();

    private static bool IsAsciiLetterOrDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private sealed class NormalizedComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            x is null || y is null ? x is null && y is null : string.Equals(Normalize(x), Normalize(y), StringComparison.Ordinal);

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Normalize(obj));
    }
}
