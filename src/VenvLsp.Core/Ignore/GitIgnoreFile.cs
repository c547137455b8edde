using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Ignore;

/// <summary>
/// A parsed <c>.gitignore</c> and the directory it applies to.
/// </summary>
/// <remarks>
/// Read as git reads it: lines end at <c>\n</c> (a <c>\r</c> right before it is dropped; a lone <c>\r</c> is part of
/// the pattern); a leading UTF-8 byte-order mark is skipped; a line starting with <c>#</c> is a comment
/// (<c>\#</c> escapes it); trailing spaces are dropped unless escaped (<c>\ </c>); <c>!</c> negates (<c>\!</c>
/// escapes it); one trailing <c>/</c> makes the pattern directory-only; a slash at the start or in the middle anchors
/// it to this file's directory.
/// </remarks>
public sealed class GitIgnoreFile
{
    private GitIgnoreFile(string directory, string path, ImmutableArray<GitIgnorePattern> patterns, ImmutableArray<SyntaxError> errors)
    {
        Directory = directory;
        Path = path;
        Patterns = patterns;
        Errors = errors;
    }

    /// <summary>The directory holding the file, relative to the repository root: <c>""</c> for the root, else like <c>a/b</c>.</summary>
    public string Directory { get; }

    /// <summary>The file's path for messages: the one given to <see cref="Parse"/>, else <c>Directory/.gitignore</c>.</summary>
    public string Path { get; }

    /// <summary>The patterns, in file order.</summary>
    public ImmutableArray<GitIgnorePattern> Patterns { get; }

    /// <summary>Patterns git accepts but can never match (a trailing backslash, an unclosed <c>[</c>).</summary>
    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary>Parses a <c>.gitignore</c>. Never throws.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="directory">Its directory relative to the repository root (<c>""</c> for the root).</param>
    /// <param name="path">How messages name the file (for <c>.git/info/exclude</c>, say); defaults to <c>directory/.gitignore</c>.</param>
    public static GitIgnoreFile Parse(string text, string directory, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(directory);
        var normalized = IgnorePaths.Normalize(directory);
        var patterns = ImmutableArray.CreateBuilder<GitIgnorePattern>();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();

        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 1;
        while (position <= text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var contentEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd > position && text[position] != '#')
                AddPattern(text, position, TrimTrailingSpaces(text, position, contentEnd), lineNumber, patterns, errors);
            if (newline < 0) break;
            position = newline + 1;
            lineNumber++;
        }

        return new GitIgnoreFile(normalized, path ?? (normalized.Length == 0 ? ".gitignore" : normalized + "/.gitignore"),
            patterns.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>The last pattern of this file that matches <paramref name="path"/> (relative to the repository root),
    /// negated or not; null when none does or the path is not below this file's directory.</summary>
    public GitIgnorePattern? Match(string path, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryGetRelative(IgnorePaths.Normalize(path), out var relative) ? MatchRelative(relative, isDirectory) : null;
    }

    /// <summary>The path relative to <see cref="Directory"/>, or null when it is not strictly below it.</summary>
    internal string? RelativeToDirectory(string path) =>
        TryGetRelative(path, out var relative) ? relative.ToString() : null;

    /// <summary>The part of <paramref name="path"/> below <see cref="Directory"/>; false when the path is not strictly below it.</summary>
    internal bool TryGetRelative(ReadOnlySpan<char> path, out ReadOnlySpan<char> relative)
    {
        relative = default;
        if (path.Length == 0) return false;
        if (Directory.Length == 0)
        {
            relative = path;
            return true;
        }
        if (path.Length <= Directory.Length + 1 || path[Directory.Length] != '/' || !path.StartsWith(Directory)) return false;
        relative = path[(Directory.Length + 1)..];
        return true;
    }

    /// <summary>The last pattern of this file matching a path already made relative to <see cref="Directory"/>.</summary>
    internal GitIgnorePattern? MatchRelative(ReadOnlySpan<char> relative, bool isDirectory)
    {
        for (var i = Patterns.Length - 1; i >= 0; i--)
            if (Patterns[i].Matches(relative, isDirectory)) return Patterns[i];
        return null;
    }

    private static void AddPattern(string text, int start, int end, int lineNumber,
        ImmutableArray<GitIgnorePattern>.Builder patterns, ImmutableArray<SyntaxError>.Builder errors)
    {
        if (end <= start) return;
        var span = TextSpan.FromBounds(start, end);
        var body = text.AsSpan(start, end - start);

        var negated = body[0] == '!';
        if (negated) body = body[1..];
        var directoryOnly = body.Length > 0 && body[^1] == '/';
        if (directoryOnly) body = body[..^1];
        var anchored = body.Contains('/');
        if (anchored && body[0] == '/') body = body[1..];

        var glob = body.ToString();
        if (WildMatch.FindDefect(glob) is { } defect)
            errors.Add(new SyntaxError(span, $"This pattern {defect}: git never matches it."));
        patterns.Add(new GitIgnorePattern(text.Substring(start, end - start), span, lineNumber, negated, directoryOnly, anchored, glob));
    }

    /// <summary>Drops trailing spaces as git does: not those escaped by a backslash, and none when the line ends in a backslash.</summary>
    private static int TrimTrailingSpaces(string text, int start, int end)
    {
        var trimFrom = -1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                if (trimFrom < 0) trimFrom = i;
            }
            else if (text[i] == '\\')
            {
                if (++i >= end) return end;
                trimFrom = -1;
            }
            else
            {
                trimFrom = -1;
            }
        }
        return trimFrom < 0 ? end : trimFrom;
    }
}
