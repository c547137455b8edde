using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Versions;

/// <summary>
/// Splits one line into shell words the way bash would for a simple command: blanks separate words; quotes,
/// backslashes, <c>${...}</c>, <c>$(...)</c> and backquotes hold a word together; an unquoted <c>#</c> at the start of
/// a word starts a comment; an unquoted <c>; &amp; | &lt; &gt; ( )</c> ends the simple command.
/// </summary>
internal sealed class ShellWordScanner
{
    private readonly string _text;

    public ShellWordScanner(string text) => _text = text;

    /// <summary>Reads the words of [start, end) into <paramref name="words"/>; returns the offset of an operator that
    /// ends the simple command, or -1.</summary>
    public int ReadWords(int start, int end, List<TextSpan> words)
    {
        words.Clear();
        var i = start;
        while (true)
        {
            while (i < end && _text[i] is ' ' or '\t') i++;
            if (i >= end || _text[i] == '#') return -1;
            if (IsOperator(_text[i])) return i;
            var stop = WordEnd(i, end);
            words.Add(TextSpan.FromBounds(i, stop));
            i = stop;
        }
    }

    /// <summary>Removes quotes and backslashes from [start, end) as the shell would, noting what it met.</summary>
    public ShellValue Unquote(int start, int end)
    {
        // Most values are plain (3.12.0, v2.4.0): nothing to remove.
        if (_text.AsSpan(start, end - start).IndexOfAny("\\'\"$`") < 0)
            return new ShellValue(_text.Substring(start, end - start), false, false, false, null);

        var builder = new StringBuilder(end - start);
        bool quoted = false, expansion = false, unterminated = false;
        var segments = 0;
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            segments++;
            if (c == '\\')
            {
                quoted = true;
                if (i + 1 < end) builder.Append(_text[i + 1]);
                i += 2;
            }
            else if (c == '\'')
            {
                quoted = true;
                var close = _text.IndexOf('\'', i + 1, end - i - 1);
                if (close < 0) { unterminated = true; close = end; }
                builder.Append(_text, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '"')
            {
                quoted = true;
                var close = DoubleQuoteEnd(i, end, builder, ref expansion);
                if (close < 0) { unterminated = true; close = end; }
                i = close + 1;
            }
            else if (c is '$' or '`')
            {
                expansion = true;
                var stop = ExpansionEnd(i, end);
                if (stop < 0) { unterminated = true; stop = end; }
                builder.Append(_text, i, stop - i);
                i = stop;
            }
            else
            {
                var stop = i + 1;
                while (stop < end && _text[stop] is not ('\\' or '\'' or '"' or '$' or '`')) stop++;
                builder.Append(_text, i, stop - i);
                i = stop;
            }
        }

        // A value that is exactly one quoted string: its inside is what a fix should edit.
        TextSpan? inside = segments == 1 && end - start >= 2 && !unterminated && _text[start] is '\'' or '"' && _text[end - 1] == _text[start]
            ? TextSpan.FromBounds(start + 1, end - 1)
            : null;
        return new ShellValue(builder.ToString(), quoted, expansion, unterminated, inside);
    }

    /// <summary>The offset of the first unquoted <c>=</c> in a word, or -1.</summary>
    public int UnquotedEquals(TextSpan word)
    {
        for (var i = word.Start; i < word.End; i++)
        {
            var c = _text[i];
            if (c == '=') return i;
            if (c is '\\' or '\'' or '"' or '$' or '`') return -1;
        }
        return -1;
    }

    private int WordEnd(int i, int end)
    {
        while (i < end)
        {
            var c = _text[i];
            if (c is ' ' or '\t' || IsOperator(c)) return i;
            i = c switch
            {
                '\\' => Math.Min(i + 2, end),
                '\'' => NextAfter('\'', i, end),
                '"' => NextAfterDoubleQuote(i, end),
                '$' or '`' => ExpansionEnd(i, end) is var stop && stop >= 0 ? stop : end,
                _ => i + 1,
            };
        }
        return end;
    }

    private int NextAfter(char close, int open, int end)
    {
        var found = _text.IndexOf(close, open + 1, end - open - 1);
        return found < 0 ? end : found + 1;
    }

    private int NextAfterDoubleQuote(int open, int end)
    {
        var ignored = false;
        var close = DoubleQuoteEnd(open, end, null, ref ignored);
        return close < 0 ? end : close + 1;
    }

    /// <summary>Finds the closing <c>"</c> (or -1), appending the unquoted inside to <paramref name="builder"/>.</summary>
    private int DoubleQuoteEnd(int open, int end, StringBuilder? builder, ref bool expansion)
    {
        var i = open + 1;
        while (i < end)
        {
            var c = _text[i];
            if (c == '"') return i;
            if (c == '\\' && i + 1 < end && _text[i + 1] is '$' or '`' or '"' or '\\')
            {
                builder?.Append(_text[i + 1]);
                i += 2;
                continue;
            }
            if (c is '$' or '`')
            {
                expansion = true;
                var stop = ExpansionEnd(i, end);
                if (stop < 0) return -1;
                builder?.Append(_text, i, stop - i);
                i = stop;
                continue;
            }
            builder?.Append(c);
            i++;
        }
        return -1;
    }

    /// <summary>The end of <c>$name</c>, <c>${...}</c>, <c>$(...)</c> or <c>`...`</c> starting at <paramref name="i"/>; -1 when unclosed.</summary>
    private int ExpansionEnd(int i, int end)
    {
        if (_text[i] == '`')
        {
            var close = _text.IndexOf('`', i + 1, end - i - 1);
            return close < 0 ? -1 : close + 1;
        }
        if (i + 1 >= end) return end;
        var next = _text[i + 1];
        if (next is '{' or '(')
        {
            var closeChar = next == '{' ? '}' : ')';
            var depth = 0;
            for (var j = i + 1; j < end; j++)
            {
                if (_text[j] == next) depth++;
                else if (_text[j] == closeChar && --depth == 0) return j + 1;
            }
            return -1;
        }
        var stop = i + 1;
        while (stop < end && (char.IsAsciiLetterOrDigit(_text[stop]) || _text[stop] == '_')) stop++;
        return stop == i + 1 ? Math.Min(i + 2, end) : stop;
    }

    private static bool IsOperator(char c) => c is ';' or '&' or '|' or '<' or '>' or '(' or ')';
}

/// <summary>A shell word after quote removal.</summary>
/// <param name="Text">The text the shell would see (expansions kept as written).</param>
/// <param name="IsQuoted">True when any quote or backslash was removed.</param>
/// <param name="HasExpansion">True when a <c>$</c> or backquote expansion is there.</param>
/// <param name="IsUnterminated">True when a quote or expansion is not closed on the line.</param>
/// <param name="Inside">The inside of the quotes when the word is exactly one quoted string.</param>
internal readonly record struct ShellValue(string Text, bool IsQuoted, bool HasExpansion, bool IsUnterminated, TextSpan? Inside);
