using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Suppressions;

/// <summary>One rule ID named in a suppression comment, with its place (for "unused" findings).</summary>
public sealed record SuppressedId(string Id, TextSpan Span);

/// <summary>
/// A <c># venvlsp: disable=ID,ID -- reason</c> comment. A line suppression covers the lines
/// <see cref="FirstLine"/>..<see cref="LastLine"/> (the statement it stands on, or the next one);
/// a file suppression (<c>disable-file=</c>) covers the whole file.
/// </summary>
public sealed record Suppression(
    TextSpan CommentSpan,
    ImmutableArray<SuppressedId> Ids,
    string? Reason,
    bool IsFileLevel,
    int FirstLine,
    int LastLine)
{
    public bool Covers(int line) => IsFileLevel || (line >= FirstLine && line <= LastLine);
}
