using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>Reads an unquoted word up to a blank, line break or operator character.</summary>
    private Word ReadWord()
    {
        var start = _pos;
        var commandsBefore = _commandParts;
        var parts = new PartList();
        var run = LiteralRun.Empty;
        while (_pos < _end)
        {
            var c = _text[_pos];
            switch (c)
            {
                case ' ' or '\t' or '\n' or ';' or '&' or '|' or ')':
                    goto Done;
                case '\r':
                    if (AtLineBreak(_pos)) goto Done;
                    LiteralChar(ref run);
                    break;
                case '<' or '>':
                    if (At(_pos + 1) != '(') goto Done;
                    FlushLiteral(ref run, ref parts);
                    ReadProcessSubstitution(ref parts);
                    break;
                case '(':
                    if (IsAssignmentPrefix(start, _pos))
                    {
                        FlushLiteral(ref run, ref parts);
                        ReadArrayLiteral(ref parts);
                    }
                    else if (_pos > start && _text[_pos - 1] is '?' or '*' or '+' or '@' or '!' && FindExtendedGlobEnd(_pos) is var globEnd and > 0)
                    {
                        while (_pos < globEnd) LiteralChar(ref run);
                    }
                    else
                    {
                        goto Done;
                    }
                    break;
                case '`':
                    if (_inBacktick) goto Done;
                    FlushLiteral(ref run, ref parts);
                    ReadBackquoted(ref parts);
                    break;
                case '\\':
                    if (AtContinuation(_pos))
                    {
                        // A continuation followed by a word break ends the word before it.
                        var after = _pos + ContinuationLength(_pos);
                        if (after >= _end || IsWordBreak(after)) goto Done;
                        LiteralEscape(ref run, after - _pos, null);
                    }
                    else if (_pos + 1 < _end) LiteralEscape(ref run, 2, _text[_pos + 1]);
                    else LiteralChar(ref run);
                    break;
                case '\'':
                    FlushLiteral(ref run, ref parts);
                    ReadSingleQuoted(ref parts);
                    break;
                case '"':
                    FlushLiteral(ref run, ref parts);
                    ReadDoubleQuoted(ref parts, localized: false);
                    break;
                case '$':
                    if (!IsExpansionStart(_pos, inDoubleQuotes: false)) { LiteralChar(ref run); break; }
                    FlushLiteral(ref run, ref parts);
                    ReadDollar(ref parts);
                    break;
                default:
                    LiteralChar(ref run);
                    break;
            }
        }
    Done:
        if (parts.Count == 0 && run.Start == start && run.Value is null) return new Word(Span(start, _pos), _text);
        FlushLiteral(ref run, ref parts);
        return new Word(Span(start, _pos), parts.ToImmutable(), _text, _commandParts != commandsBefore);
    }

    private bool IsWordBreak(int i)
    {
        var c = _text[i];
        return c is ' ' or '\t' or '\n' or ';' or '&' or '|' or ')' or '(' or '<' or '>'
            || (c == '`' && _inBacktick) || (c == '\r' && AtLineBreak(i));
    }

    /// <summary>True when the raw text [start, end) is <c>name=</c>, <c>name+=</c> or <c>name[...]=</c>:
    /// a <c>(</c> right after it opens an array value.</summary>
    private bool IsAssignmentPrefix(int start, int end)
    {
        if (end - start < 2 || _text[end - 1] != '=' || !IsNameStart(_text[start])) return false;
        var i = start + 1;
        while (i < end && IsNameChar(_text[i])) i++;
        if (i < end && _text[i] == '[')
        {
            var close = _text.IndexOf(']', i, end - i);
            if (close < 0) return false;
            i = close + 1;
        }
        if (i < end && _text[i] == '+') i++;
        return i == end - 1;
    }

    /// <summary>The end of an extended glob group <c>@(a|b)</c> opened at <paramref name="open"/>, or -1.</summary>
    private int FindExtendedGlobEnd(int open)
    {
        var depth = 0;
        var limit = Math.Min(_end, open + MaxScan);
        for (var i = open; i < limit; i++)
        {
            var c = _text[i];
            if (c == '\n') return -1;
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i + 1;
        }
        return -1;
    }

    private void ReadSingleQuoted(ref PartList parts)
    {
        var start = _pos;
        var close = _text.IndexOf('\'', start + 1, _end - start - 1);
        if (close < 0)
        {
            Error(Span(start, start + 1), "unterminated single-quoted string");
            var end = LineEnd(start);
            parts.Add(new SingleQuotedPart(Span(start, end), _text.Substring(start + 1, end - start - 1)));
            _pos = end;
            return;
        }
        parts.Add(new SingleQuotedPart(Span(start, close + 1), _text.Substring(start + 1, close - start - 1)));
        _pos = close + 1;
    }

    private void ReadAnsiCQuoted(ref PartList parts)
    {
        var start = _pos;
        var i = start + 2;
        while (i < _end && _text[i] != '\'') i += _text[i] == '\\' ? 2 : 1;
        if (i >= _end)
        {
            Error(Span(start, start + 2), "unterminated $'...' string");
            var end = LineEnd(start);
            parts.Add(new AnsiCQuotedPart(Span(start, end), DecodeAnsiC(_text, start + 2, Math.Max(start + 2, end))));
            _pos = Math.Max(end, start + 2);
            return;
        }
        parts.Add(new AnsiCQuotedPart(Span(start, i + 1), DecodeAnsiC(_text, start + 2, i)));
        _pos = i + 1;
    }

    private void ReadDoubleQuoted(ref PartList parts, bool localized)
    {
        var start = _pos;
        var checkpoint = Save();
        var ranToEnd = false;
        if (BeginFullAttempt(start))
        {
            var closed = TryReadDoubleQuoted(start, localized, out var part);
            ranToEnd = EndFullAttempt(start, closed);
            if (closed)
            {
                parts.Add(part);
                return;
            }
        }
        if (_lineLimited > 0)
        {
            TryReadDoubleQuoted(start, localized, out var limited);
            parts.Add(limited);
        }
        else
        {
            parts.Add(RereadDoubleQuoted(checkpoint, start, localized));
        }
        PropagateRunToEnd(ranToEnd);
    }

    // Kept apart from ReadDoubleQuoted so that the closure is only allocated on this error path.
    private WordPart RereadDoubleQuoted(Checkpoint checkpoint, int start, bool localized) =>
        RereadUpToLineEnd(checkpoint, start, () =>
        {
            TryReadDoubleQuoted(start, localized, out var limited);
            return limited;
        });

    /// <returns>False when the string runs to the end of the text unclosed: the caller re-reads it up to
    /// the end of its line (and the error is reported then).</returns>
    private bool TryReadDoubleQuoted(int start, bool localized, out WordPart part)
    {
        _pos = start + (localized ? 2 : 1);
        var inner = new PartList();
        var run = LiteralRun.Empty;
        while (_pos < _end && !_unwinding)
        {
            var c = _text[_pos];
            switch (c)
            {
                case '"':
                    FlushLiteral(ref run, ref inner);
                    _pos++;
                    part = new DoubleQuotedPart(Span(start, _pos), inner.ToImmutable(), localized);
                    return true;
                case '\\':
                    if (AtContinuation(_pos)) LiteralEscape(ref run, ContinuationLength(_pos), null);
                    else if (At(_pos + 1) is '$' or '`' or '"' or '\\' && _pos + 1 < _end) LiteralEscape(ref run, 2, _text[_pos + 1]);
                    else LiteralChar(ref run);
                    break;
                case '$':
                    if (!IsExpansionStart(_pos, inDoubleQuotes: true)) { LiteralChar(ref run); break; }
                    FlushLiteral(ref run, ref inner);
                    ReadDollar(ref inner);
                    break;
                case '`':
                    if (_inBacktick) goto Unclosed;
                    FlushLiteral(ref run, ref inner);
                    ReadBackquoted(ref inner);
                    break;
                default:
                    LiteralChar(ref run);
                    break;
            }
        }
    Unclosed:
        FlushLiteral(ref run, ref inner);
        part = new DoubleQuotedPart(Span(start, _pos), inner.ToImmutable(), localized);
        if (_unwinding) return false;
        // Cut by the backtick that closes an enclosing `...`, or already re-reading up to the line end.
        if (_pos < _end || _lineLimited > 0)
        {
            Error(Span(start, start + (localized ? 2 : 1)), "unterminated double-quoted string");
            return true;
        }
        return false;
    }

    /// <summary>True when the <c>$</c> at <paramref name="i"/> starts an expansion (else it is literal).</summary>
    private bool IsExpansionStart(int i, bool inDoubleQuotes)
    {
        if (i + 1 >= _end) return false;
        var n = _text[i + 1];
        return n switch
        {
            '(' or '{' or '[' => true,
            '\'' or '"' => !inDoubleQuotes,
            '@' or '*' or '#' or '?' or '-' or '$' or '!' => true,
            _ => IsNameStart(n) || char.IsAsciiDigit(n),
        };
    }

    private void ReadDollar(ref PartList parts)
    {
        var start = _pos;
        var n = _text[_pos + 1];
        switch (n)
        {
            case '(':
                if (At(_pos + 2) == '(' && TryReadArithmetic(start + 3, out var exprEnd, out var end))
                {
                    _pos = end;
                    parts.Add(new ArithmeticExpansionPart(Span(start, end), Span(start + 3, exprEnd), _text.Substring(start + 3, exprEnd - start - 3)));
                }
                else
                {
                    ReadCommandSubstitution(ref parts);
                }
                return;
            case '{':
                parts.Add(ReadBracedParameter());
                return;
            case '[':
                ReadOldArithmetic(ref parts);
                return;
            case '\'':
                ReadAnsiCQuoted(ref parts);
                return;
            case '"':
                ReadDoubleQuoted(ref parts, localized: true);
                return;
        }
        var nameEnd = _pos + 2;
        if (IsNameStart(n)) while (nameEnd < _end && IsNameChar(_text[nameEnd])) nameEnd++;
        _pos = nameEnd;
        parts.Add(new ParameterExpansionPart(Span(start, nameEnd), Intern(start + 1, nameEnd - start - 1), false, ParameterPrefix.None, null, null, null));
    }

    /// <summary>Finds the <c>))</c> closing an arithmetic expression that starts at <paramref name="exprStart"/>.</summary>
    /// <returns>False when a <c>)</c> closes the first parenthesis alone (then it was <c>$( (...) )</c>
    /// or <c>( (...) )</c>, not arithmetic), or when no end is found within <see cref="MaxScan"/>
    /// characters. An expression left open to the end of the text is reported and taken to end at the
    /// end of its line.</returns>
    private bool TryReadArithmetic(int exprStart, out int exprEnd, out int end)
    {
        var depth = 0;
        var limit = Math.Min(_end, exprStart + MaxScan);
        for (var i = exprStart; i < limit; i++)
        {
            var c = _text[i];
            if (c == '(') depth++;
            else if (c == ')')
            {
                if (depth == 0)
                {
                    exprEnd = i;
                    end = i + 2;
                    return At(i + 1) == ')';
                }
                depth--;
            }
        }
        if (limit < _end)
        {
            exprEnd = end = exprStart;
            return false;
        }
        Error(Span(exprStart - 2, exprStart), "unterminated arithmetic expression: no '))'");
        exprEnd = end = Math.Max(exprStart, LineEnd(exprStart));
        return true;
    }

    private void ReadOldArithmetic(ref PartList parts)
    {
        var start = _pos;
        var depth = 0;
        var limit = Math.Min(_end, start + 2 + MaxScan);
        for (var i = start + 2; i < limit; i++)
        {
            if (_text[i] == '[') depth++;
            else if (_text[i] == ']' && depth-- == 0)
            {
                _pos = i + 1;
                parts.Add(new ArithmeticExpansionPart(Span(start, _pos), Span(start + 2, i), _text.Substring(start + 2, i - start - 2)));
                return;
            }
        }
        Error(Span(start, start + 2), "unterminated $[...] expression");
        _pos = Math.Max(start + 2, LineEnd(start));
        parts.Add(new ArithmeticExpansionPart(Span(start, _pos), Span(start + 2, _pos), _text.Substring(start + 2, _pos - start - 2)));
    }
}
