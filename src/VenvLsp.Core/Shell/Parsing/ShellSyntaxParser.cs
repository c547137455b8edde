using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A hand-written scanner and recursive-descent parser for bash/ksh scripts. One instance
/// parses one text once. It never throws on bad input: problems become <see cref="SyntaxError"/>s and
/// parsing goes on.</summary>
/// <remarks>
/// The shell's grammar is context dependent (reserved words count only in command position;
/// here-document bodies start at the next line break; <c>$(...)</c> holds whole command lists), so
/// there is no separate token stream: the parser reads characters on demand, with one token of
/// lookahead (<see cref="Peek"/>). Invariants: every loop consumes input or stops; nesting is capped at
/// <see cref="MaxDepth"/> so that hostile input cannot exhaust the stack; every span is built with
/// <see cref="Span"/>, which never yields a negative length.
/// </remarks>
internal sealed partial class ShellSyntaxParser
{
    /// <summary>Deepest nesting of command lists and <c>${...}</c> expansions read before giving up on a line.</summary>
    internal const int MaxDepth = 100;

    private readonly string _text;
    private readonly List<SyntaxError> _errors = [];
    private readonly List<Comment> _comments = [];
    private readonly List<HereDocument> _hereDocuments = [];
    private readonly List<HereDocument> _pending = [];
    private readonly Dictionary<string, string> _names = [];
    private readonly HashSet<int> _failedAttempts = [];
    private int _fullAttempts;   // constructs being read with the whole input, one inside another
    private bool _unwinding;     // an inner full attempt ran to the end unclosed: enclosing attempts stop
    private int _conditionalRanToEnd = int.MaxValue; // a [[ from here found no ]] up to the end of the text
    private readonly ListPool<Word> _words = new();
    private readonly ListPool<ListItem> _items = new();
    private readonly ListPool<Assignment> _assignments = new();
    private readonly ListPool<Redirection> _redirections = new();

    private int _pos;
    private int _end;          // a hard limit: the text's length, or a line end while re-reading an unclosed construct
    private int _lineLimited;  // > 0 while re-reading an unclosed construct up to the end of its line
    private int _lastEnd;      // end of the last consumed token: where an empty list is placed
    private int _depth;
    private int _commandParts; // count of command and process substitutions made so far
    private Closers _outer;    // closing words and operators of the enclosing constructs
    private bool _inBacktick;
    private Token _peeked;
    private bool _hasPeeked;

    public ShellSyntaxParser(string text)
    {
        _text = text;
        _end = text.Length;
    }

    public ImmutableArray<SyntaxError> Errors => [.. _errors];

    public ImmutableArray<Comment> Comments => [.. _comments];

    public ImmutableArray<HereDocument> HereDocuments => [.. _hereDocuments];

    /// <summary>Parses the whole text.</summary>
    public CommandList ParseScript()
    {
        var list = ParseList(Closers.None);
        foreach (var doc in _pending)
        {
            doc.BodySpan = new TextSpan(_end, 0);
            Error(doc.OperatorSpan, $"here-document '{doc.Delimiter}' has no body: no line break after its command");
        }
        _pending.Clear();
        return list;
    }

    /// <summary>One string per distinct name: parameter names repeat all over a script.</summary>
    private string Intern(int start, int length)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = _text.AsSpan(start, length);
        if (lookup.TryGetValue(key, out var name)) return name;
        name = key.ToString();
        _names.Add(name, name);
        return name;
    }

    private void Error(TextSpan span, string message) => _errors.Add(new SyntaxError(span, message));

    private static TextSpan Span(int start, int end) => new(start, Math.Max(0, end - start));

    private char Current => _pos < _end ? _text[_pos] : '\0';

    private char At(int index) => index < _end ? _text[index] : '\0';

    /// <summary>True at <c>\n</c>, or at the <c>\r</c> of <c>\r\n</c> (CRLF files are read leniently).</summary>
    private bool AtLineBreak(int i) =>
        i < _end && (_text[i] == '\n' || (_text[i] == '\r' && i + 1 < _end && _text[i + 1] == '\n'));

    /// <summary>True at a backslash-newline, which the shell removes before anything else.</summary>
    private bool AtContinuation(int i) => i + 1 < _end && _text[i] == '\\' && AtLineBreak(i + 1);

    private int ContinuationLength(int i) => _text[i + 1] == '\r' ? 3 : 2;

    /// <summary>The end of the line holding <paramref name="i"/> (before its <c>\n</c> or <c>\r\n</c>),
    /// never beyond the current limit.</summary>
    private int LineEnd(int i)
    {
        if (i >= _end) return _end;
        var nl = _text.IndexOf('\n', i, _end - i);
        if (nl < 0) return _end;
        return nl > i && _text[nl - 1] == '\r' ? nl - 1 : nl;
    }

    /// <summary>Skips blanks, CRLF carriage returns, line continuations and comments; stops at a line break.</summary>
    private void SkipBlanks()
    {
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\t') _pos++;
            else if (c == '\r' && AtLineBreak(_pos)) _pos++;
            else if (c == '\\' && AtContinuation(_pos)) _pos += ContinuationLength(_pos);
            else if (c == '#') ReadComment();
            else break;
        }
    }

    private void ReadComment()
    {
        var start = _pos;
        var end = LineEnd(_pos);
        _comments.Add(new Comment(Span(start, end), _text.Substring(start, end - start)));
        _pos = end;
    }

    private Token Peek()
    {
        if (!_hasPeeked)
        {
            _peeked = NextToken();
            _hasPeeked = true;
        }
        return _peeked;
    }

    private Token Next()
    {
        var token = Peek();
        _hasPeeked = false;
        if (token.Kind != TokenKind.End) _lastEnd = token.Span.End;
        return token;
    }

    private void SkipNewlineTokens()
    {
        while (Peek().Kind == TokenKind.Newline) Next();
    }

    private Token NextToken()
    {
        SkipBlanks();
        if (_pos >= _end) return new Token(TokenKind.End, Op.None, new TextSpan(_end, 0));
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '\n':
                _pos++;
                ReadPendingHereDocuments();
                return new Token(TokenKind.Newline, Op.None, new TextSpan(start, 1));
            case '`' when _inBacktick:
                _pos++;
                return Operator(Op.Backtick, start);
            case ';':
                if (At(_pos + 1) == ';')
                {
                    if (At(_pos + 2) == '&') { _pos += 3; return Operator(Op.DoubleSemicolonAmp, start); }
                    _pos += 2;
                    return Operator(Op.DoubleSemicolon, start);
                }
                if (At(_pos + 1) == '&') { _pos += 2; return Operator(Op.SemicolonAmp, start); }
                _pos++;
                return Operator(Op.Semicolon, start);
            case '&':
                if (At(_pos + 1) == '&') { _pos += 2; return Operator(Op.AndIf, start); }
                if (At(_pos + 1) == '>')
                {
                    if (At(_pos + 2) == '>') { _pos += 3; return Redirect(RedirectionOperator.AppendOutputAndError, start); }
                    _pos += 2;
                    return Redirect(RedirectionOperator.OutputAndError, start);
                }
                _pos++;
                return Operator(Op.Amp, start);
            case '|':
                if (At(_pos + 1) == '|') { _pos += 2; return Operator(Op.OrIf, start); }
                if (At(_pos + 1) == '&') { _pos += 2; return Operator(Op.PipeAmp, start); }
                _pos++;
                return Operator(Op.Pipe, start);
            case '(':
                _pos++;
                return Operator(Op.LeftParen, start);
            case ')':
                _pos++;
                return Operator(Op.RightParen, start);
            case '<' or '>' when At(_pos + 1) != '(':
                return ReadRedirectOperator(start, null, null);
            case >= '0' and <= '9':
                if (TryReadNumberedRedirect(start) is { } numbered) return numbered;
                break;
            case '{':
                if (TryReadNamedRedirect(start) is { } named) return named;
                break;
        }
        var word = ReadWord();
        if (_pos == start)
        {
            // Unreachable by construction; kept so that a scanner bug cannot loop forever.
            _pos++;
            word = new Word(Span(start, _pos), _text);
        }
        return new Token(TokenKind.Word, Op.None, word.Span, word);
    }

    private Token Operator(Op op, int start) => new(TokenKind.Operator, op, Span(start, _pos));

    private Token Redirect(RedirectionOperator op, int start, int? fd = null, string? fdVariable = null) =>
        new(TokenKind.Operator, Op.Redirect, Span(start, _pos), null, op, fd, fdVariable);

    private Token ReadRedirectOperator(int start, int? fd, string? fdVariable)
    {
        var c = _text[_pos];
        var n = At(_pos + 1);
        RedirectionOperator op;
        int length;
        if (c == '<')
        {
            if (n == '<')
            {
                var third = At(_pos + 2);
                (op, length) = third == '<' ? (RedirectionOperator.HereString, 3)
                    : third == '-' ? (RedirectionOperator.HereDocumentStripTabs, 3)
                    : (RedirectionOperator.HereDocument, 2);
            }
            else if (n == '&') (op, length) = (RedirectionOperator.DuplicateInput, 2);
            else if (n == '>') (op, length) = (RedirectionOperator.ReadWrite, 2);
            else (op, length) = (RedirectionOperator.Input, 1);
        }
        else
        {
            if (n == '>') (op, length) = (RedirectionOperator.Append, 2);
            else if (n == '&') (op, length) = (RedirectionOperator.DuplicateOutput, 2);
            else if (n == '|') (op, length) = (RedirectionOperator.Clobber, 2);
            else (op, length) = (RedirectionOperator.Output, 1);
        }
        _pos += length;
        return Redirect(op, start, fd, fdVariable);
    }

    /// <summary><c>2&gt;</c>, <c>10&lt;&amp;</c>: digits glued to a redirection operator.</summary>
    private Token? TryReadNumberedRedirect(int start)
    {
        var j = _pos;
        while (j < _end && char.IsAsciiDigit(_text[j])) j++;
        if (j >= _end || (_text[j] != '<' && _text[j] != '>') || At(j + 1) == '(') return null;
        if (!int.TryParse(_text.AsSpan(start, j - start), out var fd)) return null;
        _pos = j;
        return ReadRedirectOperator(start, fd, null);
    }

    /// <summary><c>{name}&gt;file</c>: the shell picks a descriptor and stores it in <c>name</c>.</summary>
    private Token? TryReadNamedRedirect(int start)
    {
        var j = _pos + 1;
        if (j >= _end || !IsNameStart(_text[j])) return null;
        while (j < _end && IsNameChar(_text[j])) j++;
        if (At(j) != '}' || (At(j + 1) != '<' && At(j + 1) != '>') || At(j + 2) == '(') return null;
        var name = _text.Substring(start + 1, j - start - 1);
        _pos = j + 1;
        return ReadRedirectOperator(start, null, name);
    }

    internal static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
