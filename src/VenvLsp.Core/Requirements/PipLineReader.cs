using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>A <c>#</c> comment pip removes from a requirements file, with its place in the file.</summary>
public sealed record RequirementsComment(TextSpan Span, string Text, int Line);

/// <summary>
/// Turns a requirements file into the logical lines pip parses, reproducing pip's <c>preprocess</c>:
/// split like <c>str.splitlines()</c>, join backslash continuations (not after a comment line; a
/// backslash on the last line is accepted), cut comments (<c>#</c> at the start or after whitespace, so
/// a URL's <c>#egg=</c> fragment stays), and drop blank lines.
/// </summary>
internal static class PipLineReader
{
    public static (ImmutableArray<LogicalLine> Lines, ImmutableArray<RequirementsComment> Comments) Read(SourceText source)
    {
        var text = source.Content;
        var lines = ImmutableArray.CreateBuilder<LogicalLine>();
        var comments = ImmutableArray.CreateBuilder<RequirementsComment>();
        var builder = new LogicalLine.Builder();
        var physical = SplitLines(text);
        foreach (var (start, end) in physical)
        {
            var lineIndex = source.GetLineIndex(start);
            var isComment = StartsWithComment(text, start, end);
            if (end > start && text[end - 1] == '\\' && !isComment)
            {
                // pip strips backslashes from both ends of a continued line (str.strip("\\")).
                var s = start;
                var e = end;
                while (s < e && text[s] == '\\') s++;
                while (e > s && text[e - 1] == '\\') e--;
                if (builder.IsEmpty) builder.FirstLine = lineIndex;
                builder.Append(text, s, e - s);
                continue;
            }
            if (builder.IsEmpty) builder.FirstLine = lineIndex;
            // A comment line that ends a continuation gets a space in front in pip, so that the comment
            // is recognised after the join; the space changes nothing else.
            builder.Append(text, start, end - start);
            Emit(builder.Build(lineIndex), source, lines, comments);
        }
        if (!builder.IsEmpty)
            Emit(builder.Build(source.GetLineIndex(text.Length)), source, lines, comments);
        return (lines.ToImmutable(), comments.ToImmutable());
    }

    private static void Emit(LogicalLine joined, SourceText source, ImmutableArray<LogicalLine>.Builder lines, ImmutableArray<RequirementsComment>.Builder comments)
    {
        var cut = FindComment(joined.Text);
        LogicalLine line = joined;
        if (cut >= 0)
        {
            var hash = joined.Text.IndexOf('#', cut);
            var span = joined.ToOriginal(TextSpan.FromBounds(hash, joined.Text.Length));
            comments.Add(new RequirementsComment(span, source.ToString(span), source.GetLineIndex(span.Start)));
            line = joined.Truncate(cut);
        }
        if (line.Text.AsSpan().Trim().Length > 0) lines.Add(line);
    }

    /// <summary>The index where pip's <c>(^|\s+)#.*$</c> first matches, or -1.</summary>
    internal static int FindComment(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '#') continue;
            if (i == 0) return 0;
            if (!char.IsWhiteSpace(text[i - 1])) continue;
            var start = i - 1;
            while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
            return start;
        }
        return -1;
    }

    private static bool StartsWithComment(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i < end && text[i] == '#';
    }

    /// <summary>Line boundaries as Python's <c>str.splitlines()</c> draws them.</summary>
    internal static List<(int Start, int End)> SplitLines(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                result.Add((start, i));
                start = ++i;
            }
            else if (c == '\r')
            {
                result.Add((start, i));
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else i++;
        }
        if (start < text.Length) result.Add((start, text.Length));
        return result;
    }
}
