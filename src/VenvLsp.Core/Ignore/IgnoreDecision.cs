namespace VenvLsp.Ignore;

/// <summary>
/// Whether git ignores a path, and which pattern decided it.
/// </summary>
/// <param name="Path">The path that was asked about (normalized: no leading, trailing or doubled slash).</param>
/// <param name="IsIgnored">True when git ignores the path.</param>
/// <param name="File">The file holding the deciding pattern; null when no pattern matched (the path is not ignored).</param>
/// <param name="Pattern">The deciding pattern: the last match in the deepest file that has one. A negated pattern
/// means the path was re-included. Null when no pattern matched.</param>
/// <param name="MatchedPath">The path the pattern matched: <see cref="Path"/> itself, or the ancestor directory whose
/// exclusion hides it (<c>venv</c> for <c>venv/bin/activate</c>). Null when no pattern matched.</param>
public sealed record IgnoreDecision(string Path, bool IsIgnored, GitIgnoreFile? File, GitIgnorePattern? Pattern, string? MatchedPath)
{
    /// <summary>True when the path is ignored because a directory above it is: no pattern can re-include it then.</summary>
    public bool IsInsideIgnoredDirectory => IsIgnored && MatchedPath != Path;

    /// <summary>A sentence for messages, in the manner of <c>git check-ignore -v</c>.</summary>
    public override string ToString() => Pattern is null
        ? $"{Path}: not ignored (no pattern matches)"
        : IsInsideIgnoredDirectory
            ? $"{Path}: ignored, because its directory {MatchedPath} is ignored by {File!.Path}:{Pattern.LineNumber} '{Pattern.Text}'"
            : $"{Path}: {(IsIgnored ? "ignored" : "not ignored")} by {File!.Path}:{Pattern.LineNumber} '{Pattern.Text}'";
}
