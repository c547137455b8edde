using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    private void ReadCommandSubstitution(ref PartList parts)
    {
        var start = _pos;
        var body = ReadNestedCommands(start, start + 2, Closers.RightParen, "$(");
        parts.Add(new CommandSubstitutionPart(Span(start, _pos), body, IsBackquoted: false));
    }

    private void ReadBackquoted(ref PartList parts)
    {
        var start = _pos;
        var body = ReadNestedCommands(start, start + 1, Closers.Backtick, "`");
        parts.Add(new CommandSubstitutionPart(Span(start, _pos), body, IsBackquoted: true));
    }

    private void ReadProcessSubstitution(ref PartList parts)
    {
        var start = _pos;
        var isInput = _text[start] == '<';
        var body = ReadNestedCommands(start, start + 2, Closers.RightParen, isInput ? "<(" : ">(");
        parts.Add(new ProcessSubstitutionPart(Span(start, _pos), body, isInput));
    }

    /// <summary>Parses the commands of <c>$(...)</c>, <c>`...`</c> or <c>&lt;(...)</c> and consumes the closer.
    /// One left open to the end of the text is re-read up to the end of its line.</summary>
    private CommandList ReadNestedCommands(int start, int bodyStart, Closers closer, string opener)
    {
        _commandParts++;
        var checkpoint = Save();
        var ranToEnd = false;
        CommandList body;
        bool closed;
        if (BeginFullAttempt(start))
        {
            body = ReadNestedCommandsOnce(bodyStart, closer, out closed);
            ranToEnd = EndFullAttempt(start, closed);
            if (closed) return body;
        }
        if (_lineLimited == 0) (body, closed) = RereadNestedCommands(checkpoint, start, bodyStart, closer);
        else body = ReadNestedCommandsOnce(bodyStart, closer, out closed);
        if (!closed)
            Error(Span(start, bodyStart), closer == Closers.Backtick ? "unterminated `...` command substitution" : $"'{opener}' without matching ')'");
        PropagateRunToEnd(ranToEnd);
        return body;
    }

    // Kept apart from ReadNestedCommands so that the closure is only allocated on this error path.
    private (CommandList Body, bool Closed) RereadNestedCommands(Checkpoint checkpoint, int start, int bodyStart, Closers closer) =>
        RereadUpToLineEnd(checkpoint, start, () =>
        {
            var body = ReadNestedCommandsOnce(bodyStart, closer, out var closed);
            return (body, closed);
        });

    private CommandList ReadNestedCommandsOnce(int bodyStart, Closers closer, out bool closed)
    {
        // _lastEnd belongs to the enclosing token stream: the word holding this substitution may be a
        // token that is only peeked, and must not stretch an enclosing construct's span.
        var savedOuter = _outer;
        var savedBacktick = _inBacktick;
        var savedLastEnd = _lastEnd;
        _pos = bodyStart;
        _lastEnd = bodyStart;
        _hasPeeked = false;
        _outer = closer;
        _inBacktick = closer == Closers.Backtick;
        var body = ParseList(Closers.None);
        var token = Peek();
        closed = !_unwinding && token.IsOperator(closer == Closers.Backtick ? Op.Backtick : Op.RightParen);
        if (closed) Next();
        else _hasPeeked = false;
        _outer = savedOuter;
        _inBacktick = savedBacktick;
        _lastEnd = savedLastEnd;
        return body;
    }

    private ParameterExpansionPart ReadBracedParameter()
    {
        var start = _pos;
        _pos += 2;
        if (++_depth > MaxDepth)
        {
            _depth--;
            Error(Span(start, start + 2), "expansions nested too deeply");
            _pos = Math.Max(_pos, LineEnd(_pos));
            return new ParameterExpansionPart(Span(start, _pos), "", true, ParameterPrefix.None, null, null, null);
        }
        try
        {
            var prefix = ParameterPrefix.None;
            if (Current is '#' or '!' && IsParameterStart(At(_pos + 1)))
            {
                prefix = Current == '#' ? ParameterPrefix.Length : ParameterPrefix.Indirect;
                _pos++;
            }
            var nameStart = _pos;
            if (IsNameStart(Current)) while (_pos < _end && IsNameChar(_text[_pos])) _pos++;
            else if (char.IsAsciiDigit(Current)) while (_pos < _end && char.IsAsciiDigit(_text[_pos])) _pos++;
            else if (Current is '@' or '*' or '#' or '?' or '-' or '$' or '!') _pos++;
            var name = Intern(nameStart, _pos - nameStart);
            if (name.Length == 0) Error(Span(start, Math.Min(_pos + 1, _end)), "bad substitution: no parameter name after '${'");

            Word? subscript = null;
            if (Current == '[')
            {
                _pos++;
                subscript = ReadWordUntil(']');
                if (Current == ']') _pos++;
                else Error(Span(start, _pos), "unclosed '[' in parameter expansion");
            }

            string? op = null;
            Word? argument = null;
            if (Current != '}' && _pos < _end && !AtLineBreak(_pos))
            {
                op = ReadParameterOperator();
                if (op is null)
                {
                    op = _text.Substring(_pos, 1);
                    Error(Span(start, _pos + 1), $"bad substitution: unexpected '{op}' in '${{...}}'");
                    _pos++;
                }
                argument = ReadWordUntil('}');
            }
            if (Current == '}') _pos++;
            else Error(Span(start, start + 2), "'${' without matching '}'");
            return new ParameterExpansionPart(Span(start, _pos), name, true, prefix, subscript, op, argument);
        }
        finally
        {
            _depth--;
        }
    }

    private static bool IsParameterStart(char c) =>
        IsNameStart(c) || char.IsAsciiDigit(c) || c is '@' or '*' or '#' or '?' or '-' or '$' or '!';

    private string? ReadParameterOperator()
    {
        var c = Current;
        var n = At(_pos + 1);
        string? op = c switch
        {
            ':' => n is '-' or '=' or '?' or '+' ? (n switch { '-' => ":-", '=' => ":=", '?' => ":?", _ => ":+" }) : ":",
            '-' => "-",
            '=' => "=",
            '?' => "?",
            '+' => "+",
            '#' => n == '#' ? "##" : "#",
            '%' => n == '%' ? "%%" : "%",
            '/' => n switch { '/' => "//", '#' => "/#", '%' => "/%", _ => "/" },
            '^' => n == '^' ? "^^" : "^",
            ',' => n == ',' ? ",," : ",",
            '@' => "@",
            _ => null,
        };
        if (op is not null) _pos += op.Length;
        return op;
    }

    /// <summary>Reads the argument of <c>${x:-...}</c> or a subscript: quotes and expansions are
    /// understood, blanks are literal; it stops at an unquoted <paramref name="terminator"/>, at a line
    /// break (a recovery choice: multi-line expansion arguments are vanishingly rare) or at the limit.</summary>
    private Word ReadWordUntil(char terminator)
    {
        var start = _pos;
        var commandsBefore = _commandParts;
        var parts = new PartList();
        var run = LiteralRun.Empty;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == terminator || AtLineBreak(_pos)) break;
            switch (c)
            {
                case '\\':
                    if (AtContinuation(_pos)) LiteralEscape(ref run, ContinuationLength(_pos), null);
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
                case '`':
                    if (_inBacktick) goto Done;
                    FlushLiteral(ref run, ref parts);
                    ReadBackquoted(ref parts);
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
        FlushLiteral(ref run, ref parts);
        return new Word(Span(start, _pos), parts.ToImmutable(), _text, _commandParts != commandsBefore);
    }

    /// <summary>Reads <c>(a b c)</c> after <c>name=</c>; elements may span lines and carry comments.
    /// One left open to the end of the text is re-read up to the end of its line.</summary>
    private void ReadArrayLiteral(ref PartList parts)
    {
        var start = _pos;
        if (_depth >= MaxDepth)
        {
            Error(Span(start, start + 1), "arrays nested too deeply; the rest of the line is skipped");
            _failedAttempts.Add(start);
            _pos = Math.Max(start + 1, LineEnd(start));
            parts.Add(new ArrayLiteralPart(Span(start, _pos), []));
            return;
        }
        _depth++;
        var checkpoint = Save();
        var ranToEnd = false;
        if (BeginFullAttempt(start))
        {
            var closed = TryReadArrayLiteral(start, out var array);
            ranToEnd = EndFullAttempt(start, closed);
            if (closed)
            {
                parts.Add(array);
                _depth--;
                return;
            }
        }
        parts.Add(_lineLimited > 0 ? ReadArrayUpToLimit(start) : RereadArrayLiteral(checkpoint, start));
        PropagateRunToEnd(ranToEnd);
        _depth--;
    }

    // Kept apart from ReadArrayLiteral so that the closure is only allocated on this error path.
    private WordPart RereadArrayLiteral(Checkpoint checkpoint, int start) =>
        RereadUpToLineEnd(checkpoint, start, () => ReadArrayUpToLimit(start));

    private WordPart ReadArrayUpToLimit(int start)
    {
        TryReadArrayLiteral(start, out var array);
        Error(Span(start, start + 1), "array value '(' without matching ')'");
        return array;
    }

    private bool TryReadArrayLiteral(int start, out WordPart array)
    {
        _pos = start + 1;
        var elements = ImmutableArray.CreateBuilder<Word>();
        var closed = false;
        while (!_unwinding)
        {
            SkipBlanks();
            if (_pos >= _end) break;
            var c = _text[_pos];
            if (c == ')')
            {
                _pos++;
                closed = true;
                break;
            }
            if (c == '\n')
            {
                _pos++;
                ReadPendingHereDocuments();
                continue;
            }
            var before = _pos;
            var element = ReadWord();
            if (_pos == before) break; // an operator character: the array is not closed
            elements.Add(element);
        }
        array = new ArrayLiteralPart(Span(start, _pos), elements.ToImmutable());
        return closed;
    }
}
