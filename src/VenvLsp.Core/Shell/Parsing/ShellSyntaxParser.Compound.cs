using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>Consumes the reserved word <paramref name="word"/> when it is next; else reports
    /// <paramref name="message"/> at <paramref name="at"/>.</summary>
    private bool Expect(string word, TextSpan at, string message)
    {
        if (ReservedWord(Peek()) == word)
        {
            Next();
            return true;
        }
        Error(at, message);
        return false;
    }

    private CommandList EmptyList() => new(new TextSpan(_lastEnd, 0), []);

    private Subshell ParseSubshell()
    {
        var open = Next();
        var saved = _outer;
        _outer |= Closers.RightParen;
        var body = ParseList(Closers.RightParen);
        _outer = saved;
        if (Peek().IsOperator(Op.RightParen)) Next();
        else Error(open.Span, "'(' without matching ')'");
        return new Subshell(Span(open.Span.Start, _lastEnd), body, []);
    }

    private BraceGroup ParseBraceGroup()
    {
        var open = Next();
        var saved = _outer;
        _outer |= Closers.RightBrace;
        var body = ParseList(Closers.RightBrace);
        _outer = saved;
        Expect("}", open.Span, "'{' without matching '}'");
        return new BraceGroup(Span(open.Span.Start, _lastEnd), body, []);
    }

    private IfCommand ParseIf()
    {
        var keyword = Next();
        var saved = _outer;
        _outer |= Closers.Then | Closers.Elif | Closers.Else | Closers.Fi;
        var clauses = ImmutableArray.CreateBuilder<IfClause>();
        CommandList? elseBody = null;
        var clauseStart = keyword.Span.Start;
        var clauseKeyword = keyword;
        while (true)
        {
            var condition = ParseList(Closers.Then);
            var keywordText = _text.Substring(clauseKeyword.Span.Start, clauseKeyword.Span.Length);
            var body = Expect("then", clauseKeyword.Span, $"'{keywordText}' without 'then'")
                ? ParseList(Closers.Elif | Closers.Else | Closers.Fi)
                : EmptyList();
            clauses.Add(new IfClause(Span(clauseStart, _lastEnd), condition, body));
            var next = Peek();
            var reserved = ReservedWord(next);
            if (reserved == "elif")
            {
                clauseKeyword = Next();
                clauseStart = next.Span.Start;
                continue;
            }
            if (reserved == "else")
            {
                Next();
                elseBody = ParseList(Closers.Fi);
            }
            break;
        }
        _outer = saved;
        Expect("fi", keyword.Span, "'if' without matching 'fi'");
        return new IfCommand(Span(keyword.Span.Start, _lastEnd), clauses.ToImmutable(), elseBody, []);
    }

    private WhileCommand ParseWhile(bool isUntil)
    {
        var keyword = Next();
        var saved = _outer;
        _outer |= Closers.Do | Closers.Done;
        var condition = ParseList(Closers.Do);
        var body = ParseDoBody(keyword);
        _outer = saved;
        return new WhileCommand(Span(keyword.Span.Start, _lastEnd), isUntil, condition, body, []);
    }

    /// <summary>Reads <c>do ... done</c> (or a <c>{ ... }</c> group, which bash accepts after <c>for</c>).
    /// Expects <see cref="_outer"/> to hold <see cref="Closers.Do"/> and <see cref="Closers.Done"/>.</summary>
    private CommandList ParseDoBody(Token keyword)
    {
        var name = _text.Substring(keyword.Span.Start, keyword.Span.Length);
        if (ReservedWord(Peek()) == "{") return ParseBraceGroup().Body;
        if (!Expect("do", keyword.Span, $"'{name}' without 'do'"))
        {
            if (ReservedWord(Peek()) == "done") Next();
            return EmptyList();
        }
        var body = ParseList(Closers.Done);
        Expect("done", keyword.Span, $"'{name}' without matching 'done'");
        return body;
    }

    private CompoundCommand ParseFor(bool isSelect)
    {
        var keyword = Next();
        SkipBlanks();
        if (!isSelect && Current == '(' && At(_pos + 1) == '(') return ParseArithmeticFor(keyword);
        var saved = _outer;
        _outer |= Closers.Do | Closers.Done;
        var variable = "";
        var variableSpan = new TextSpan(keyword.Span.End, 0);
        if (Peek().Kind == TokenKind.Word)
        {
            var token = Next();
            variable = token.Word!.StaticValue ?? token.Word.Text;
            variableSpan = token.Span;
            if (variable.Length == 0 || !IsNameStart(variable[0]) || !variable.All(IsNameChar))
                Error(token.Span, $"'{variable}' is not a valid variable name");
        }
        else
        {
            Error(keyword.Span, "expected a variable name after 'for'");
        }
        SkipNewlineTokens();
        var hasIn = false;
        var items = ImmutableArray.CreateBuilder<Word>();
        if (ReservedWord(Peek()) == "in")
        {
            Next();
            hasIn = true;
            while (Peek().Kind == TokenKind.Word) items.Add(Next().Word!);
            if (Peek().IsOperator(Op.Semicolon) || Peek().Kind == TokenKind.Newline) Next();
        }
        else if (Peek().IsOperator(Op.Semicolon))
        {
            Next();
        }
        SkipNewlineTokens();
        var body = ParseDoBody(keyword);
        _outer = saved;
        return new ForCommand(Span(keyword.Span.Start, _lastEnd), isSelect, variable, variableSpan, hasIn, items.ToImmutable(), body, []);
    }

    private ArithmeticForCommand ParseArithmeticFor(Token keyword)
    {
        var open = _pos;
        if (!TryReadArithmetic(open + 2, out var exprEnd, out var end))
            Error(Span(open, open + 2), "expected '))' to close 'for (('");
        _pos = Math.Min(end, _end);
        _lastEnd = _pos;
        var saved = _outer;
        _outer |= Closers.Do | Closers.Done;
        if (Peek().IsOperator(Op.Semicolon)) Next();
        SkipNewlineTokens();
        var body = ParseDoBody(keyword);
        _outer = saved;
        return new ArithmeticForCommand(
            Span(keyword.Span.Start, _lastEnd), Span(open + 2, exprEnd), _text.Substring(open + 2, Math.Max(0, exprEnd - open - 2)), body, []);
    }

    private CaseCommand ParseCase()
    {
        var keyword = Next();
        Word? subject = null;
        if (Peek().Kind == TokenKind.Word) subject = Next().Word;
        else Error(keyword.Span, "expected a word after 'case'");
        SkipNewlineTokens();
        var saved = _outer;
        _outer |= Closers.Esac | Closers.CaseSeparator;
        var items = ImmutableArray.CreateBuilder<CaseItem>();
        var closed = false;
        if (Expect("in", keyword.Span, "'case' without 'in'"))
        {
            while (!_unwinding)
            {
                SkipNewlineTokens();
                var token = Peek();
                if (ReservedWord(token) == "esac")
                {
                    Next();
                    closed = true;
                    break;
                }
                if (token.Kind == TokenKind.End || (ClassifyCloser(token) & saved) != 0) break;
                var lastEndBefore = _lastEnd;
                var item = ParseCaseItem(token);
                if (_lastEnd != lastEndBefore)
                {
                    items.Add(item);
                    continue;
                }
                Error(token.Span, $"unexpected '{_text.Substring(token.Span.Start, token.Span.Length)}' in 'case'");
                Next();
            }
        }
        _outer = saved;
        if (!closed)
        {
            if (ReservedWord(Peek()) == "esac") Next();
            else Error(keyword.Span, "'case' without matching 'esac'");
        }
        return new CaseCommand(Span(keyword.Span.Start, _lastEnd), subject, items.ToImmutable(), []);
    }

    private CaseItem ParseCaseItem(Token first)
    {
        if (first.IsOperator(Op.LeftParen)) Next();
        var patterns = ImmutableArray.CreateBuilder<Word>();
        while (Peek().Kind == TokenKind.Word)
        {
            patterns.Add(Next().Word!);
            if (!Peek().IsOperator(Op.Pipe)) break;
            Next();
        }
        if (patterns.Count == 0) Error(Peek().Span, "expected a case pattern");
        var body = new CommandList(new TextSpan(Math.Max(_lastEnd, first.Span.Start), 0), []);
        if (Peek().IsOperator(Op.RightParen))
        {
            Next();
            body = ParseList(Closers.CaseSeparator | Closers.Esac);
        }
        else if (patterns.Count > 0)
        {
            Error(patterns[^1].Span, "expected ')' after the case pattern");
        }
        var terminator = Peek() switch
        {
            { Kind: TokenKind.Operator, Op: Op.DoubleSemicolon } => CaseTerminator.Break,
            { Kind: TokenKind.Operator, Op: Op.SemicolonAmp } => CaseTerminator.FallThrough,
            { Kind: TokenKind.Operator, Op: Op.DoubleSemicolonAmp } => CaseTerminator.Continue,
            _ => CaseTerminator.None,
        };
        if (terminator != CaseTerminator.None) Next();
        return new CaseItem(Span(first.Span.Start, Math.Max(first.Span.Start, _lastEnd)), patterns.ToImmutable(), body, terminator);
    }

    /// <summary><c>[[ ... ]]</c>: operators inside are words, line breaks are allowed. One left open
    /// to the end of the text is re-read up to the end of its line.</summary>
    private ConditionalCommand ParseConditional()
    {
        var open = Next();
        var checkpoint = Save();
        var ranToEnd = false;
        // Every later [[ is a plain word inside an earlier one that found no ]]: it would find none either.
        if (open.Span.Start < _conditionalRanToEnd && BeginFullAttempt(open.Span.Start))
        {
            var conditional = ReadConditional(open, out var closed);
            ranToEnd = EndFullAttempt(open.Span.Start, closed);
            if (closed) return conditional;
            if (ranToEnd) _conditionalRanToEnd = Math.Min(_conditionalRanToEnd, open.Span.Start);
        }
        var result = _lineLimited > 0 ? ReadConditionalUpToLimit(open) : RereadConditional(checkpoint, open);
        PropagateRunToEnd(ranToEnd);
        return result;
    }

    // Kept apart from ParseConditional so that the closure is only allocated on this error path.
    private ConditionalCommand RereadConditional(Checkpoint checkpoint, Token open) =>
        RereadUpToLineEnd(checkpoint, open.Span.Start, () => ReadConditionalUpToLimit(open));

    private ConditionalCommand ReadConditionalUpToLimit(Token open)
    {
        var conditional = ReadConditional(open, out var closed);
        if (!closed) Error(open.Span, "'[[' without matching ']]'");
        return conditional;
    }

    private ConditionalCommand ReadConditional(Token open, out bool closed)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var depth = 0;
        closed = false;
        while (!_unwinding)
        {
            var token = Peek();
            if (token.Kind == TokenKind.End) break;
            if (token.Kind == TokenKind.Newline) { Next(); continue; }
            if (token.Kind == TokenKind.Word)
            {
                Next();
                if (token.Word!.IsPlainLiteral("]]"))
                {
                    closed = true;
                    break;
                }
                words.Add(token.Word);
                continue;
            }
            if (token.Op == Op.RightParen && depth == 0) break;
            if (token.Op is not (Op.LeftParen or Op.RightParen or Op.AndIf or Op.OrIf or Op.Pipe or Op.Redirect)) break;
            if (token.Op == Op.LeftParen) depth++;
            if (token.Op == Op.RightParen) depth--;
            Next();
            words.Add(new Word(token.Span, _text));
        }
        return new ConditionalCommand(Span(open.Span.Start, _lastEnd), words.ToImmutable(), []);
    }
}
