using VenvLsp.Text;

namespace VenvLsp.Ignore;

/// <summary>
/// One pattern line of a <c>.gitignore</c>. Immutable; made by <see cref="GitIgnoreFile.Parse"/>.
/// </summary>
public sealed class GitIgnorePattern
{
    private readonly GlobShape _shape;

    internal GitIgnorePattern(string text, TextSpan span, int lineNumber, bool isNegated, bool isDirectoryOnly, bool isAnchored, string glob)
    {
        Text = text;
        Span = span;
        LineNumber = lineNumber;
        IsNegated = isNegated;
        IsDirectoryOnly = isDirectoryOnly;
        IsAnchored = isAnchored;
        Glob = glob;
        _shape = GlobShape.Of(glob);
    }

    /// <summary>The pattern as written, without its line break and the trailing spaces git ignores (<c>!venv/</c>).</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> is in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line, counted as git counts it (lines end at <c>\n</c>), as <c>git check-ignore -v</c> prints it.</summary>
    public int LineNumber { get; }

    /// <summary>True for <c>!pattern</c>: a match re-includes the path.</summary>
    public bool IsNegated { get; }

    /// <summary>True for <c>pattern/</c>: only directories match.</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>True when the pattern has a slash at its start or in its middle: it matches the whole path relative to
    /// the <c>.gitignore</c>'s directory. Otherwise it matches a file or directory name at any depth.</summary>
    public bool IsAnchored { get; }

    /// <summary>What is matched: the pattern without <c>!</c>, the trailing <c>/</c> and a leading <c>/</c>.</summary>
    public string Glob { get; }

    /// <summary>True when this pattern matches <paramref name="relativePath"/>, a path relative to the directory of its
    /// <c>.gitignore</c> (no leading or trailing slash). The directory-only rule is applied; negation is not.</summary>
    public bool Matches(string relativePath, bool isDirectory) => Matches(relativePath.AsSpan(), isDirectory);

    internal bool Matches(ReadOnlySpan<char> relativePath, bool isDirectory)
    {
        if (IsDirectoryOnly && !isDirectory) return false;
        if (IsAnchored) return _shape.IsMatch(Glob, relativePath, pathname: true);
        return _shape.IsMatch(Glob, relativePath[(relativePath.LastIndexOf('/') + 1)..], pathname: false);
    }

    /// <summary>The pattern as written.</summary>
    public override string ToString() => Text;
}
