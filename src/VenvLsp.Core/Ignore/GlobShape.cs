namespace VenvLsp.Ignore;

/// <summary>
/// Shortcuts for the common shapes of ignore patterns (git takes the same ones): a literal name (<c>venv</c>), a star
/// and a literal suffix (<c>*.pyc</c>), and a literal prefix before the first wildcard that a path must start with.
/// </summary>
internal readonly struct GlobShape
{
    private readonly Kind _kind;
    private readonly int _literalPrefix;

    private GlobShape(Kind kind, int literalPrefix)
    {
        _kind = kind;
        _literalPrefix = literalPrefix;
    }

    private enum Kind
    {
        Literal,
        StarSuffix,
        General,
    }

    public static GlobShape Of(string glob)
    {
        var special = glob.AsSpan().IndexOfAny("*?[\\");
        if (special < 0) return new GlobShape(Kind.Literal, glob.Length);
        if (special == 0 && glob[0] == '*' && glob.Length > 1 && glob.AsSpan(1).IndexOfAny("*?[\\/") < 0)
            return new GlobShape(Kind.StarSuffix, 0);
        return new GlobShape(Kind.General, special);
    }

    public bool IsMatch(string glob, ReadOnlySpan<char> text, bool pathname) => _kind switch
    {
        Kind.Literal => text.SequenceEqual(glob),
        Kind.StarSuffix => text.EndsWith(glob.AsSpan(1)) && (!pathname || !text[..^(glob.Length - 1)].Contains('/')),
        _ => text.StartsWith(glob.AsSpan(0, _literalPrefix)) && WildMatch.IsMatch(glob, text, pathname),
    };
}
