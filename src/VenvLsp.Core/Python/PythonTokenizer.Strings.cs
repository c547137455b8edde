using VenvLsp.Text;

namespace VenvLsp.Python;

// String literals, including f-strings whose replacement fields hold expressions with strings of
// their own (PEP 701, Python 3.12: even the same quote may be reused inside a field).
internal sealed partial class PythonTokenizer
{
    /// <summary>Nesting depth of strings inside replacement fields beyond which a quote is taken as
    /// unterminated: bounds recursion on adversarial input.</summary>
    private const int MaxNesting = 64;

    /// <summary>How many line breaks the replacement fields of a single-quoted f-string may span
    /// (allowed since Python 3.12) before the string is rescanned as ending at its first line break.</summary>
    private const int MaxFieldLineBreaks = 20;

    private bool _singleLine;
    private int _lineBreakBudget;

    private void ScanString(int tokenStart, int quote, PythonStringFlags prefix)
    {
        var formatted = (prefix & (PythonStringFlags.Formatted | PythonStringFlags.Template)) != 0;
        var flags = prefix;
        _singleLine = false;
        _lineBreakBudget = formatted && !IsTripleQuote(quote) ? MaxFieldLineBreaks : int.MaxValue;
        var end = ScanStringBody(quote, ref flags, 0);
        if ((flags & PythonStringFlags.Unterminated) != 0 && formatted && (flags & PythonStringFlags.Triple) == 0)
        {
            // Optimistic multi-line fields failed: read it the way Python before 3.12 would.
            flags = prefix;
            _singleLine = true;
            end = ScanStringBody(quote, ref flags, 0);
        }
        if ((flags & PythonStringFlags.Unterminated) != 0)
            _errors.Add(new SyntaxError(TextSpan.FromBounds(tokenStart, end), (flags & PythonStringFlags.Triple) != 0
                ? "unterminated triple-quoted string literal"
                : "unterminated string literal"));
        var openLength = quote - tokenStart + ((flags & PythonStringFlags.Triple) != 0 ? 3 : 1);
        Emit(PythonTokenKind.String, tokenStart, end, openLength, flags);
        _pos = end;
    }

    private bool IsTripleQuote(int p) =>
        p + 2 < _text.Length && _text[p + 1] == _text[p] && _text[p + 2] == _text[p];

    /// <summary>Scans from the opening quote at <paramref name="quote"/>; returns the offset after the
    /// closing quote, or where an unterminated string ends (a line break for single quotes, the end of text).</summary>
    private int ScanStringBody(int quote, ref PythonStringFlags flags, int nesting)
    {
        var q = _text[quote];
        var triple = IsTripleQuote(quote);
        if (triple) flags |= PythonStringFlags.Triple;
        var formatted = (flags & (PythonStringFlags.Formatted | PythonStringFlags.Template)) != 0;
        var p = quote + (triple ? 3 : 1);
        while (true)
        {
            if (p >= _text.Length)
            {
                flags |= PythonStringFlags.Unterminated;
                return _text.Length;
            }
            var c = _text[p];
            if (c == '\\' && formatted && p + 1 < _text.Length && _text[p + 1] is '{' or '}')
            {
                p++; // a backslash never escapes a brace: `\{{` is a backslash and a literal '{'
            }
            else if (c == '\\' && formatted && (flags & PythonStringFlags.Raw) == 0 && IsNamedEscape(p))
            {
                p = SkipNamedEscape(p);
            }
            else if (c == '\\')
            {
                p = SkipEscape(p, triple);
                if (p < 0)
                {
                    flags |= PythonStringFlags.Unterminated;
                    return -p;
                }
            }
            else if (IsNewline(c))
            {
                if (!triple || _singleLine)
                {
                    flags |= PythonStringFlags.Unterminated;
                    return p;
                }
                p++;
            }
            else if (c == q && (!triple || IsTripleQuote(p)))
            {
                return p + (triple ? 3 : 1);
            }
            else if (formatted && c == '{')
            {
                if (p + 1 < _text.Length && _text[p + 1] == '{')
                {
                    p += 2;
                    continue;
                }
                p = ScanReplacementField(p + 1, q, triple, nesting, out var ok);
                if (!ok)
                {
                    flags |= PythonStringFlags.Unterminated;
                    return p;
                }
            }
            else p++;
        }
    }

    /// <summary>True for <c>\N{NAME}</c>, whose braces are no replacement field.</summary>
    private bool IsNamedEscape(int p) => p + 2 < _text.Length && _text[p + 1] == 'N' && _text[p + 2] == '{';

    private int SkipNamedEscape(int p)
    {
        var q = p + 3;
        while (q < _text.Length && _text[q] is not ('}' or '\n' or '\r' or '"' or '\'')) q++;
        return q < _text.Length && _text[q] == '}' ? q + 1 : q;
    }

    /// <summary>Skips a backslash and the character it escapes. A line break may be escaped only where
    /// the string may continue on the next line; otherwise returns the negated offset of the break.</summary>
    private int SkipEscape(int p, bool triple)
    {
        if (p + 1 >= _text.Length) return p + 1;
        if (!IsNewline(_text[p + 1])) return p + 2;
        if (_singleLine && !triple) return -(p + 1);
        return SkipNewline(p + 1);
    }

    /// <summary>Scans the expression of a replacement field from <paramref name="p"/> (just after its
    /// '{') to just after its closing '}'. <paramref name="ok"/> is false when the field cannot be closed
    /// here; the returned offset is then where the enclosing string should stop.</summary>
    private int ScanReplacementField(int p, char quote, bool tripleQuoted, int nesting, out bool ok)
    {
        var depth = 0;
        ok = true;
        while (p < _text.Length)
        {
            var c = _text[p];
            switch (c)
            {
                case '\n' or '\r':
                    if (!AllowLineBreakInField(tripleQuoted))
                    {
                        ok = false;
                        return p;
                    }
                    p = SkipNewline(p);
                    continue;
                case '\\':
                    p = SkipEscape(p, tripleQuoted);
                    if (p < 0)
                    {
                        ok = false;
                        return -p;
                    }
                    continue;
                case '#' when !_singleLine:
                    p = SkipComment(p);
                    continue;
                case '"' or '\'':
                    p = ScanNestedString(p, p, PythonStringFlags.None, nesting, out ok);
                    if (!ok) return p;
                    continue;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    if (depth > 0) depth--;
                    break;
                case '}':
                    if (depth == 0) return p + 1;
                    depth--;
                    break;
                case ':' when depth == 0:
                    return ScanFormatSpec(p + 1, quote, tripleQuoted, nesting, out ok);
                default:
                    if (IsNameStart(c))
                    {
                        var nameEnd = SkipName(p);
                        if (nameEnd < _text.Length && _text[nameEnd] is '"' or '\''
                            && StringPrefix(_text.AsSpan(p, nameEnd - p)) is { } prefix)
                        {
                            p = ScanNestedString(p, nameEnd, prefix, nesting, out ok);
                            if (!ok) return p;
                        }
                        else p = nameEnd;
                        continue;
                    }
                    break;
            }
            p++;
        }
        ok = false;
        return _text.Length;
    }

    /// <summary>Scans a format spec (after ':') to just after the '}' that closes its field; nested
    /// fields such as <c>{x:{width}}</c> recurse.</summary>
    private int ScanFormatSpec(int p, char quote, bool tripleQuoted, int nesting, out bool ok)
    {
        ok = true;
        while (p < _text.Length)
        {
            var c = _text[p];
            if (c == '}') return p + 1;
            if (c == '{')
            {
                p = ScanReplacementField(p + 1, quote, tripleQuoted, nesting, out ok);
                if (!ok) return p;
                continue;
            }
            if (c == quote && (!tripleQuoted || IsTripleQuote(p))) return p; // the string ends; Python reports the open field
            if (IsNewline(c))
            {
                if (!tripleQuoted || _singleLine)
                {
                    ok = false;
                    return p;
                }
                p = SkipNewline(p);
                continue;
            }
            if (c == '\\')
            {
                p = SkipEscape(p, tripleQuoted);
                if (p < 0)
                {
                    ok = false;
                    return -p;
                }
                continue;
            }
            p++;
        }
        ok = false;
        return _text.Length;
    }

    private int ScanNestedString(int start, int quote, PythonStringFlags prefix, int nesting, out bool ok)
    {
        if (nesting >= MaxNesting)
        {
            ok = false;
            return quote;
        }
        var flags = prefix;
        var end = ScanStringBody(quote, ref flags, nesting + 1);
        ok = (flags & PythonStringFlags.Unterminated) == 0;
        return ok ? end : Math.Max(end, start);
    }

    private bool AllowLineBreakInField(bool tripleQuoted)
    {
        if (tripleQuoted) return !_singleLine;
        if (_singleLine) return false;
        return --_lineBreakBudget >= 0;
    }
}
