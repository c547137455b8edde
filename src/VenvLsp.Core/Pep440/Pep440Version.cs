using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace VenvLsp.Pep440;

/// <summary>A PEP 440 version: <c>[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]</c>, immutable, ordered
/// and compared the way the <c>packaging</c> library does (so <c>1.0 == 1.0.0</c>,
/// <c>1.0.dev0 &lt; 1.0a1 &lt; 1.0 &lt; 1.0+local &lt; 1.0.post1</c>).</summary>
/// <remarks>Numbers are <see cref="long"/>s (the epoch an <see cref="int"/>): a version with a bigger
/// number, which Python would accept, does not parse here.</remarks>
public sealed class Pep440Version : IComparable<Pep440Version>, IEquatable<Pep440Version>, IComparable
{
    private string? _text;

    internal Pep440Version(int epoch, ImmutableArray<long> release, PreReleaseKind? preKind, long? preNumber, long? post, long? dev, string? local)
    {
        Epoch = epoch;
        Release = release;
        PreKind = preKind;
        PreNumber = preKind is null ? null : preNumber ?? 0;
        Post = post;
        Dev = dev;
        Local = local;
    }

    /// <summary>Parses any spelling PEP 440 normalizes: case, a leading <c>v</c>, <c>-</c>/<c>_</c>/<c>.</c>
    /// separators, alternative spellings (<c>alpha</c>, <c>c</c>, <c>rev</c>, ...), implicit numbers
    /// (<c>1.0a</c>, <c>1.0-1</c>), surrounding whitespace.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Pep440Version? version)
    {
        version = null;
        if (text is null) return false;
        var start = 0;
        var end = text.Length;
        while (start < end && PythonChars.IsWhitespace(text[start])) start++;
        while (end > start && PythonChars.IsWhitespace(text[end - 1])) end--;
        if (start == end) return false;
        var trimmed = start == 0 && end == text.Length ? text : text[start..end];
        var scan = VersionScanner.Scan(trimmed, 0, VersionGrammar.Full);
        if (!scan.Success || scan.End != trimmed.Length) return false;
        version = scan.ToVersion();
        return version is not null;
    }

    /// <summary>Parses a version or throws <see cref="FormatException"/>: for trusted input and tests.</summary>
    public static Pep440Version Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a valid PEP 440 version.");

    /// <summary>The epoch (<c>N!</c>), 0 when not written.</summary>
    public int Epoch { get; }

    /// <summary>The release numbers as written (normalized integers, trailing zeros kept: <c>1.0</c> is [1, 0]).</summary>
    public ImmutableArray<long> Release { get; }

    /// <summary>The pre-release phase, or null for a version that is not an a/b/rc release.</summary>
    public PreReleaseKind? PreKind { get; }

    /// <summary>The pre-release number (0 when implicit), null exactly when <see cref="PreKind"/> is.</summary>
    public long? PreNumber { get; }

    /// <summary>The post-release number, or null.</summary>
    public long? Post { get; }

    /// <summary>The development release number, or null.</summary>
    public long? Dev { get; }

    /// <summary>The normalized local label without the '+': lower case, segments joined by '.', numeric
    /// segments without leading zeros. Null when there is none.</summary>
    public string? Local { get; }

    /// <summary>A pre-release (a/b/rc) or a development release, as pre-release policies understand it.</summary>
    public bool IsPrerelease => PreKind is not null || Dev is not null;

    public bool IsDevRelease => Dev is not null;

    public bool IsPostRelease => Post is not null;

    /// <summary>The first release number.</summary>
    public long Major => Release[0];

    /// <summary>The second release number, 0 when not written.</summary>
    public long Minor => Release.Length > 1 ? Release[1] : 0;

    /// <summary>The third release number, 0 when not written.</summary>
    public long Micro => Release.Length > 2 ? Release[2] : 0;

    /// <summary>This version without its local label.</summary>
    public Pep440Version PublicVersion => Local is null ? this : new(Epoch, Release, PreKind, PreNumber, Post, Dev, null);

    /// <summary>Only the epoch and release: <c>1!2.0rc1.post3+x</c> gives <c>1!2.0</c>.</summary>
    public Pep440Version BaseVersion =>
        PreKind is null && Post is null && Dev is null && Local is null ? this : new(Epoch, Release, null, null, null, null, null);

    /// <summary>The normalized form: <c>V1.0-RC_1</c> prints as <c>1.0rc1</c>.</summary>
    public override string ToString() => _text ??= Format();

    private string Format()
    {
        var builder = new StringBuilder();
        if (Epoch != 0) builder.Append(Epoch).Append('!');
        for (var k = 0; k < Release.Length; k++)
        {
            if (k > 0) builder.Append('.');
            builder.Append(Release[k]);
        }
        if (PreKind is { } kind)
            builder.Append(kind switch { PreReleaseKind.Alpha => "a", PreReleaseKind.Beta => "b", _ => "rc" }).Append(PreNumber);
        if (Post is { } post) builder.Append(".post").Append(post);
        if (Dev is { } dev) builder.Append(".dev").Append(dev);
        if (Local is not null) builder.Append('+').Append(Local);
        return builder.ToString();
    }

    /// <summary>PEP 440 order. Release numbers compare with zero padding; within one release:
    /// <c>.devN &lt; aN &lt; bN &lt; rcN &lt; (none) &lt; +local &lt; .postN</c>, and <c>X.devN</c> of a
    /// pre- or post-release sorts just below it.</summary>
    public int CompareTo(Pep440Version? other)
    {
        if (other is null) return 1;
        if (ReferenceEquals(this, other)) return 0;
        var c = Epoch.CompareTo(other.Epoch);
        if (c != 0) return c;
        c = CompareReleases(Release, other.Release);
        if (c != 0) return c;
        c = PreRank().CompareTo(other.PreRank());
        if (c != 0) return c;
        if (PreKind is not null)
        {
            c = PreKind.Value.CompareTo(other.PreKind!.Value);
            if (c != 0) return c;
            c = PreNumber!.Value.CompareTo(other.PreNumber!.Value);
            if (c != 0) return c;
        }
        c = CompareMissingLow(Post, other.Post);
        if (c != 0) return c;
        c = CompareMissingHigh(Dev, other.Dev);
        if (c != 0) return c;
        return LocalLabel.Compare(Local, other.Local);
    }

    // A bare X.devN sorts before every pre-release of X; otherwise a missing pre-release sorts after them.
    private int PreRank() => PreKind is not null ? 1 : Post is null && Dev is not null ? 0 : 2;

    private static int CompareMissingLow(long? a, long? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.Value.CompareTo(b.Value);

    private static int CompareMissingHigh(long? a, long? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.Value.CompareTo(b.Value);

    internal static int CompareReleases(ImmutableArray<long> a, ImmutableArray<long> b)
    {
        var length = Math.Max(a.Length, b.Length);
        for (var k = 0; k < length; k++)
        {
            var x = k < a.Length ? a[k] : 0;
            var y = k < b.Length ? b[k] : 0;
            if (x != y) return x.CompareTo(y);
        }
        return 0;
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Pep440Version other => CompareTo(other),
        _ => throw new ArgumentException("Not a Pep440Version.", nameof(obj)),
    };

    public bool Equals(Pep440Version? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Pep440Version other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Epoch);
        var length = Release.Length;
        while (length > 1 && Release[length - 1] == 0) length--;
        for (var k = 0; k < length; k++) hash.Add(Release[k]);
        hash.Add(PreKind);
        hash.Add(PreNumber);
        hash.Add(Post);
        hash.Add(Dev);
        hash.Add(Local, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    public static bool operator ==(Pep440Version? left, Pep440Version? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(Pep440Version? left, Pep440Version? right) => !(left == right);

    public static bool operator <(Pep440Version? left, Pep440Version? right) => Compare(left, right) < 0;

    public static bool operator <=(Pep440Version? left, Pep440Version? right) => Compare(left, right) <= 0;

    public static bool operator >(Pep440Version? left, Pep440Version? right) => Compare(left, right) > 0;

    public static bool operator >=(Pep440Version? left, Pep440Version? right) => Compare(left, right) >= 0;

    private static int Compare(Pep440Version? left, Pep440Version? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
