using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>Recognizes assignment words (<c>X=1</c>, <c>X+=1</c>, <c>a[i]=x</c>, <c>a=(1 2)</c>) and
/// splits them into name, subscript and value, keeping exact spans.</summary>
/// <remarks>The shape is checked on the raw text, as the shell does: <c>"X"=1</c> and <c>X\=1</c> are
/// not assignments.</remarks>
internal static class AssignmentReader
{
    public static bool TryRead(Word word, out Assignment assignment)
    {
        assignment = null!;
        var text = word.Source;
        var start = word.Span.Start;
        var end = word.Span.End;
        if (start >= end || !ShellSyntaxParser.IsNameStart(text[start])) return false;
        var i = start + 1;
        while (i < end && ShellSyntaxParser.IsNameChar(text[i])) i++;
        var nameEnd = i;
        int subscriptStart = -1, subscriptEnd = -1;
        if (i < end && text[i] == '[')
        {
            var depth = 0;
            var j = i;
            for (; j < end; j++)
            {
                if (text[j] == '[') depth++;
                else if (text[j] == ']' && --depth == 0) break;
            }
            if (j >= end) return false;
            subscriptStart = i + 1;
            subscriptEnd = j;
            i = j + 1;
        }
        var isAppend = false;
        if (i < end && text[i] == '+')
        {
            isAppend = true;
            i++;
        }
        if (i >= end || text[i] != '=') return false;
        var valueStart = i + 1;

        if (word.IsPlain)
        {
            Word? plainSubscript = subscriptStart >= 0 ? new Word(Span(subscriptStart, subscriptEnd), text) : null;
            assignment = new Assignment(
                word.Span, text.Substring(start, nameEnd - start), Span(start, nameEnd), plainSubscript, isAppend, new Word(Span(valueStart, end), text));
            return true;
        }

        Word? subscript = null;
        if (subscriptStart >= 0)
        {
            if (!TrySlice(word, subscriptStart, subscriptEnd, out var subscriptParts)) return false;
            subscript = new Word(Span(subscriptStart, subscriptEnd), subscriptParts, text, word.ContainsCommands);
        }
        if (!TrySlice(word, valueStart, end, out var valueParts)) return false;
        var value = new Word(Span(valueStart, end), valueParts, text, word.ContainsCommands);
        assignment = new Assignment(word.Span, text.Substring(start, nameEnd - start), Span(start, nameEnd), subscript, isAppend, value);
        return true;
    }

    private static TextSpan Span(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The parts of <paramref name="word"/> inside [from, to): unquoted literal parts are cut
    /// at the bounds; any other part must lie wholly inside or outside.</summary>
    private static bool TrySlice(Word word, int from, int to, out ImmutableArray<WordPart> parts)
    {
        var builder = ImmutableArray.CreateBuilder<WordPart>();
        foreach (var part in word.Parts)
        {
            var span = part.Span;
            if (span.End <= from || span.Start >= to) continue;
            if (span.Start >= from && span.End <= to)
            {
                builder.Add(part);
                continue;
            }
            if (part is not LiteralPart)
            {
                parts = default;
                return false;
            }
            var s = Math.Max(span.Start, from);
            var e = Math.Min(span.End, to);
            if (e > s) builder.Add(new LiteralPart(Span(s, e), ShellSyntaxParser.DecodeUnquoted(word.Source, s, e)));
        }
        parts = builder.ToImmutable();
        return true;
    }
}
