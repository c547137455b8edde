using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>How a shell word is quoted.</summary>
public enum ShellQuoteStyle
{
    /// <summary>No quotes at all: <c>/p</c>, <c>${HOMEaigfs}/venv</c>, <c>$(cygpath "$x")</c> (quotes inside
    /// a substitution do not count).</summary>
    None,

    /// <summary>One single-quoted string: <c>'/p'</c>.</summary>
    Single,

    /// <summary>One double-quoted string: <c>"/p"</c>.</summary>
    Double,

    /// <summary>One ANSI-C string: <c>$'/p'</c>.</summary>
    AnsiC,

    /// <summary>Several parts: <c>"$HOME"/venv</c>, <c>'/a'"b"</c>.</summary>
    Mixed,
}

/// <summary>What <see cref="ShellWordReader.Read"/> found in one word.</summary>
internal readonly record struct ShellWord(int Start, int End, string Value, ShellQuoteStyle Quote, bool ContainsExpansion);

/// <summary>
/// Reads one shell word (bash/POSIX sh) the way the shell delimits it: quotes, <c>$'...'</c>,
/// <c>$(...)</c>, <c>${...}</c>, backquotes and backslash escapes never end a word; unquoted blanks
/// and the operator characters <c>; &amp; | &lt; &gt; ( )</c> do.
/// </summary>
/// <remarks>The unquoted value keeps expansions as written (<c>${HOMEaigfs}/venv</c>). Nesting deeper
/// than <see cref="MaxNesting"/> is read as unterminated, which bounds recursion on hostile input.</remarks>
internal sealed class ShellWordReader(string text, List<SyntaxError> errors)
{
    private const int MaxNesting = 64;

    public static bool EndsWord(char c) => c is ' ' or '\t' or '\n' or '\r' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

    /// <summary>Reads the word at <paramref name="start"/> (which must not end a word).</summary>
    public ShellWord Read(int start)
    {
        var value = new StringBuilder();
        var p = start;
        var parts = 0;
        var quote = ShellQuoteStyle.None;
        var unquotedText = false;
        var expansion = false;
        while (p < text.Length && !EndsWord(text[p]))
        {
            var c = text[p];
            if (c == '\'')
            {
                var close = text.IndexOf('\'', p + 1);
                var end = SkipSingle(p + 1);
                value.Append(text, p + 1, (close < 0 ? text.Length : close) - (p + 1));
                Part(ShellQuoteStyle.Single);
                p = end;
            }
            else if (c == '"')
            {
                var end = SkipDouble(p + 1, 0, value, ref expansion);
                Part(ShellQuoteStyle.Double);
                p = end;
            }
            else if (c == '$' && p + 1 < text.Length && text[p + 1] == '\'')
            {
                var end = SkipAnsiC(p + 2, value);
                Part(ShellQuoteStyle.AnsiC);
                p = end;
            }
            else if (c == '$' || c == '`')
            {
                var end = SkipExpansion(p, 0);
                value.Append(text, p, end - p);
                expansion = true;
                unquotedText = true;
                p = end;
            }
            else if (c == '\\')
            {
                if (p + 1 >= text.Length) p++;
                else if (text[p + 1] == '\n') p += 2;
                else if (text[p + 1] == '\r') p += p + 2 < text.Length && text[p + 2] == '\n' ? 3 : 2;
                else
                {
                    value.Append(text[p + 1]);
                    unquotedText = true;
                    p += 2;
                }
            }
            else
            {
                value.Append(c);
                unquotedText = true;
                p++;
            }
        }
        var style = parts == 0 ? ShellQuoteStyle.None : parts == 1 && !unquotedText ? quote : ShellQuoteStyle.Mixed;
        return new ShellWord(start, p, value.ToString(), style, expansion);

        void Part(ShellQuoteStyle style)
        {
            parts++;
            quote = style;
        }
    }

    /// <summary>From just after an opening single quote to just after its closing one.</summary>
    public int SkipSingle(int p)
    {
        var close = text.IndexOf('\'', p);
        if (close >= 0) return close + 1;
        Unterminated(p - 1, "unterminated single-quoted string");
        return text.Length;
    }

    /// <summary>From just after an opening double quote to just after its closing one; appends the
    /// unquoted content to <paramref name="value"/> when given.</summary>
    public int SkipDouble(int p, int nesting, StringBuilder? value, ref bool expansion)
    {
        var open = p - 1;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == '"') return p + 1;
            if (c == '\\' && p + 1 < text.Length)
            {
                var n = text[p + 1];
                if (n is '"' or '\\' or '$' or '`') value?.Append(n);
                else if (n is not ('\n' or '\r')) value?.Append(c).Append(n);
                p += 2;
                continue;
            }
            if (c is '$' or '`')
            {
                var end = SkipExpansion(p, nesting);
                value?.Append(text, p, end - p);
                expansion = true;
                p = end;
                continue;
            }
            value?.Append(c);
            p++;
        }
        Unterminated(open, "unterminated double-quoted string");
        return text.Length;
    }

    private int SkipAnsiC(int p, StringBuilder value)
    {
        var open = p - 2;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == '\'') return p + 1;
            if (c == '\\' && p + 1 < text.Length)
            {
                value.Append(text[p + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                p += 2;
                continue;
            }
            value.Append(c);
            p++;
        }
        Unterminated(open, "unterminated $'...' string");
        return text.Length;
    }

    /// <summary>Skips <c>$name</c>, <c>${...}</c>, <c>$(...)</c>, <c>$((...))</c> or <c>`...`</c> at
    /// <paramref name="p"/>; a lone <c>$</c> is one character.</summary>
    public int SkipExpansion(int p, int nesting)
    {
        if (nesting >= MaxNesting)
        {
            Unterminated(p, "expansion nested too deeply");
            return text.Length;
        }
        if (text[p] == '`') return SkipBackquote(p + 1, nesting);
        if (p + 1 >= text.Length) return p + 1;
        var n = text[p + 1];
        if (n == '(') return SkipBracketed(p + 2, '(', ')', nesting, p);
        if (n == '{') return SkipBracketed(p + 2, '{', '}', nesting, p);
        var q = p + 1;
        if (char.IsAsciiLetter(n) || n == '_')
        {
            while (q < text.Length && (char.IsAsciiLetterOrDigit(text[q]) || text[q] == '_')) q++;
            return q;
        }
        return n is '@' or '*' or '#' or '?' or '-' or '$' or '!' || char.IsAsciiDigit(n) ? p + 2 : p + 1;
    }

    private int SkipBackquote(int p, int nesting)
    {
        var open = p - 1;
        while (p < text.Length)
        {
            if (text[p] == '\\') p += 2;
            else if (text[p] == '`') return p + 1;
            else p++;
        }
        Unterminated(open, "unterminated backquote");
        return text.Length;
    }

    /// <summary>Skips to just after the <paramref name="close"/> that balances an already consumed
    /// <paramref name="open"/>, reading quotes and nested expansions on the way.</summary>
    private int SkipBracketed(int p, char open, char close, int nesting, int start)
    {
        var depth = 1;
        var ignored = false;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == '\\') p += 2;
            else if (c == '\'') p = SkipSingle(p + 1);
            else if (c == '"') p = SkipDouble(p + 1, nesting + 1, null, ref ignored);
            else if (c is '$' or '`') p = SkipExpansion(p, nesting + 1);
            else if (c == open)
            {
                depth++;
                p++;
            }
            else if (c == close)
            {
                p++;
                if (--depth == 0) return p;
            }
            else p++;
        }
        Unterminated(start, open == '(' ? "unterminated $(...)" : "unterminated ${...}");
        return text.Length;
    }

    private void Unterminated(int at, string message)
    {
        var start = Math.Clamp(at, 0, text.Length);
        errors.Add(new SyntaxError(TextSpan.FromBounds(start, text.Length), message));
    }
}
