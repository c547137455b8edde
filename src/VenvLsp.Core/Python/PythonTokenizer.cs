using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>
/// Splits Python source into tokens framed by <see cref="PythonTokenKind.LineStart"/> and
/// <see cref="PythonTokenKind.LineEnd"/> per logical line, the way CPython's tokenizer joins lines:
/// inside brackets and after a backslash continuation. Comments and blank lines produce nothing.
/// </summary>
/// <remarks>
/// Invariants: never throws; every token lies inside the text; every LineStart has a matching LineEnd.
/// Recovery: a bracket left open does not swallow the rest of the file, because a physical line that
/// starts with <c>import</c>, <c>def</c>, <c>class</c> or <c>from ... import</c> closes it.
/// </remarks>
internal sealed partial class PythonTokenizer
{
    private const int TabSize = 8;

    private readonly string _text;
    private readonly List<PythonToken> _tokens;
    private readonly List<SyntaxError> _errors;
    private int _pos;
    private int _depth;
    private int _outerBracket;
    private bool _lineOpen;

    private PythonTokenizer(string text, List<PythonToken> tokens, List<SyntaxError> errors)
    {
        _text = text;
        _tokens = tokens;
        _errors = errors;
    }

    public static void Tokenize(string text, List<PythonToken> tokens, List<SyntaxError> errors) =>
        new PythonTokenizer(text, tokens, errors).Run();

    private void Run()
    {
        var atLineStart = true;
        while (_pos < _text.Length)
        {
            if (atLineStart && _depth == 0 && !_lineOpen)
            {
                // A blank or comment-only line leaves _pos at its line break, which the switch consumes.
                StartLogicalLine();
                atLineStart = false;
                if (_pos >= _text.Length) break;
            }
            var c = _text[_pos];
            switch (c)
            {
                case '\n' or '\r':
                    var newline = _pos;
                    _pos = SkipNewline(_pos);
                    atLineStart = true;
                    if (_depth > 0 && NextLineStartsAStatement()) CloseOpenBracket();
                    if (_depth == 0) EndLogicalLine(newline);
                    break;
                case ' ' or '\t' or '\f' or '\v' or '\uFEFF':
                    _pos++;
                    break;
                case '#':
                    _pos = SkipComment(_pos);
                    break;
                case '\\':
                    if (_pos + 1 < _text.Length && IsNewline(_text[_pos + 1])) _pos = SkipNewline(_pos + 1);
                    else
                    {
                        _errors.Add(new SyntaxError(new TextSpan(_pos, 1), "unexpected character after line continuation character"));
                        _pos++;
                    }
                    break;
                case '"' or '\'':
                    ScanString(_pos, _pos, PythonStringFlags.None);
                    break;
                case '(' or '[' or '{':
                    if (_depth++ == 0) _outerBracket = _pos;
                    Emit(PythonTokenKind.Operator, _pos, ++_pos);
                    break;
                case ')' or ']' or '}':
                    if (_depth > 0) _depth--;
                    else _errors.Add(new SyntaxError(new TextSpan(_pos, 1), $"unmatched '{c}'"));
                    Emit(PythonTokenKind.Operator, _pos, ++_pos);
                    break;
                default:
                    if (IsDigit(c) || (c == '.' && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]))) ScanNumber();
                    else if (IsNameStart(c)) ScanNameOrPrefixedString();
                    else if (char.IsWhiteSpace(c)) _pos++;
                    else ScanOperator();
                    break;
            }
        }
        if (_depth > 0) CloseOpenBracket();
        EndLogicalLine(_text.Length);
    }

    /// <summary>Measures indentation at a physical line start and emits LineStart, unless the line is
    /// blank or holds only a comment (left for the main loop to skip).</summary>
    private void StartLogicalLine()
    {
        var column = 0;
        var p = _pos;
        for (; p < _text.Length; p++)
        {
            var c = _text[p];
            if (c == ' ') column++;
            else if (c == '\t') column = (column / TabSize + 1) * TabSize;
            else if (c == '\f') column = 0;
            else if (c != '\uFEFF') break;
        }
        _pos = p;
        if (p >= _text.Length) return;
        var first = _text[p];
        if (IsNewline(first)) return;
        if (first == '#')
        {
            _pos = SkipComment(p);
            return;
        }
        _tokens.Add(new PythonToken(PythonTokenKind.LineStart, p, p, column));
        _lineOpen = true;
    }

    private void EndLogicalLine(int at)
    {
        if (!_lineOpen) return;
        _tokens.Add(new PythonToken(PythonTokenKind.LineEnd, at, at));
        _lineOpen = false;
    }

    private void CloseOpenBracket()
    {
        _errors.Add(new SyntaxError(new TextSpan(_outerBracket, 1), $"'{_text[_outerBracket]}' was never closed"));
        _depth = 0;
    }

    private void Emit(PythonTokenKind kind, int start, int end, int value = 0, PythonStringFlags flags = PythonStringFlags.None)
    {
        if (!_lineOpen)
        {
            _tokens.Add(new PythonToken(PythonTokenKind.LineStart, start, start, 0));
            _lineOpen = true;
        }
        _tokens.Add(new PythonToken(kind, start, end, value, flags));
    }

    private void ScanNumber()
    {
        var start = _pos;
        var hex = _text[_pos] == '0' && _pos + 1 < _text.Length && (_text[_pos + 1] is 'x' or 'X');
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (IsAsciiLetterOrDigit(c) || c == '_' || c == '.') _pos++;
            else if ((c is '+' or '-') && !hex && (_text[_pos - 1] is 'e' or 'E')) _pos++;
            else break;
        }
        Emit(PythonTokenKind.Number, start, _pos);
    }

    private void ScanNameOrPrefixedString()
    {
        var start = _pos;
        _pos = SkipName(_pos);
        if (_pos < _text.Length && _text[_pos] is '"' or '\'')
        {
            var prefix = StringPrefix(_text.AsSpan(start, _pos - start));
            if (prefix is { } flags)
            {
                ScanString(start, _pos, flags);
                return;
            }
        }
        Emit(PythonTokenKind.Name, start, _pos);
    }

    private void ScanOperator()
    {
        var start = _pos;
        var c = _text[_pos++];
        if (_pos < _text.Length)
        {
            var n = _text[_pos];
            if ((c is '*' or '/' or '<' or '>') && n == c)
            {
                _pos++;
                if (_pos < _text.Length && _text[_pos] == '=') _pos++;
            }
            else if (n == '=' && "=!<>+-*/%&|^@:".Contains(c)) _pos++;
            else if (c == '-' && n == '>') _pos++;
        }
        Emit(PythonTokenKind.Operator, start, _pos);
    }

    /// <summary>True when the physical line starting at <see cref="_pos"/> begins a statement that can
    /// never continue a bracketed expression, so a bracket still open before it was left open by mistake.</summary>
    private bool NextLineStartsAStatement()
    {
        var p = _pos;
        while (p < _text.Length && _text[p] is ' ' or '\t' or '\f') p++;
        if (p >= _text.Length || !IsNameStart(_text[p])) return false;
        var end = SkipName(p);
        if (end >= _text.Length || _text[end] is not (' ' or '\t')) return false;
        var word = _text.AsSpan(p, end - p);
        if (word is "import" or "def" or "class") return true;
        if (word is not "from") return false;
        var lineEnd = end;
        while (lineEnd < _text.Length && !IsNewline(_text[lineEnd])) lineEnd++;
        return _text.AsSpan(end, lineEnd - end).IndexOf(" import ") >= 0;
    }

    internal static PythonStringFlags? StringPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length is 0 or > 2) return null;
        var flags = PythonStringFlags.None;
        var unicode = false;
        foreach (var ch in prefix)
        {
            var bit = char.ToLowerInvariant(ch) switch
            {
                'r' => PythonStringFlags.Raw,
                'b' => PythonStringFlags.Bytes,
                'f' => PythonStringFlags.Formatted,
                't' => PythonStringFlags.Template,
                'u' => PythonStringFlags.None,
                _ => (PythonStringFlags?)null,
            };
            if (bit is not { } b) return null;
            if (char.ToLowerInvariant(ch) == 'u')
            {
                if (unicode) return null;
                unicode = true;
            }
            else if ((flags & b) != 0) return null;
            flags |= b;
        }
        // u combines only with r (Python 2's ur""); f, t and b exclude each other.
        if (unicode && (flags & ~PythonStringFlags.Raw) != 0) return null;
        var kinds = flags & (PythonStringFlags.Bytes | PythonStringFlags.Formatted | PythonStringFlags.Template);
        if (kinds != 0 && (kinds & (kinds - 1)) != 0) return null;
        return flags;
    }

    internal static bool IsNewline(char c) => c is '\n' or '\r';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    internal static bool IsNameStart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (c >= 0x80 && !char.IsWhiteSpace(c) && c != '\uFEFF');

    internal static bool IsNamePart(char c) => IsNameStart(c) || IsDigit(c);

    private int SkipName(int p)
    {
        while (p < _text.Length && IsNamePart(_text[p])) p++;
        return p;
    }

    private int SkipComment(int p)
    {
        while (p < _text.Length && !IsNewline(_text[p])) p++;
        return p;
    }

    private int SkipNewline(int p) =>
        _text[p] == '\r' && p + 1 < _text.Length && _text[p + 1] == '\n' ? p + 2 : p + 1;
}
