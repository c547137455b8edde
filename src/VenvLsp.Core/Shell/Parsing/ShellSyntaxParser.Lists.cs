using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>Parses commands until the end of the input or a closer in <paramref name="mine"/> or in
    /// <see cref="_outer"/> (left unconsumed). A closer that belongs to no enclosing construct (a stray
    /// <c>fi</c>) is reported and skipped.</summary>
    private CommandList ParseList(Closers mine)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            return SkipTooDeep();
        }
        try
        {
            var stop = mine | _outer;
            List<ListItem>? items = null;
            while (!_unwinding)
            {
                var token = Peek();
                if (token.Kind == TokenKind.Newline) { Next(); continue; }
                if (token.Kind == TokenKind.End) break;
                var closer = ClassifyCloser(token);
                if (closer != Closers.None)
                {
                    if ((stop & closer) != 0) break;
                    Error(token.Span, $"unexpected '{_text.Substring(token.Span.Start, token.Span.Length)}'");
                    Next();
                    continue;
                }
                if (token.Kind == TokenKind.Operator && token.Op != Op.Redirect && token.Op != Op.LeftParen)
                {
                    Error(token.Span, $"unexpected '{_text.Substring(token.Span.Start, token.Span.Length)}': a command was expected");
                    Next();
                    continue;
                }
                var lastEndBefore = _lastEnd;
                var command = ParseAndOr();
                if (command is null)
                {
                    if (_lastEnd == lastEndBefore)
                    {
                        Error(token.Span, "a command was expected");
                        Next();
                    }
                    continue;
                }
                (items ??= _items.Rent()).Add(ReadSeparator(command, stop));
            }
            if (items is null) return new CommandList(new TextSpan(_lastEnd, 0), []);
            var span = Span(items[0].Span.Start, items[^1].Span.End);
            return new CommandList(span, _items.ToImmutableAndReturn(items));
        }
        finally
        {
            _depth--;
        }
    }

    private ListItem ReadSeparator(ShellCommand command, Closers stop)
    {
        var token = Peek();
        var separator = ListSeparator.None;
        var end = command.Span.End;
        if (token.IsOperator(Op.Semicolon)) { Next(); separator = ListSeparator.Semicolon; end = token.Span.End; }
        else if (token.IsOperator(Op.Amp)) { Next(); separator = ListSeparator.Ampersand; end = token.Span.End; }
        else if (token.Kind == TokenKind.Newline) { Next(); separator = ListSeparator.Newline; }
        else if (token.Kind != TokenKind.End && ClassifyCloser(token) == Closers.None)
        {
            Error(token.Span, $"expected ';' or a line break before '{_text.Substring(token.Span.Start, token.Span.Length)}'");
        }
        return new ListItem(Span(command.Span.Start, end), command, separator);
    }

    /// <summary>Nesting beyond <see cref="MaxDepth"/>: report once and drop the rest of the line.</summary>
    private CommandList SkipTooDeep()
    {
        var at = _hasPeeked ? _peeked.Span.Start : _pos;
        Error(new TextSpan(Math.Min(at, _end), 0), "commands nested too deeply; the rest of the line is skipped");
        _hasPeeked = false;
        _pos = Math.Max(_pos, LineEnd(Math.Min(at, _end)));
        return new CommandList(new TextSpan(_lastEnd, 0), []);
    }

    private static Closers ClassifyCloser(in Token token)
    {
        if (token.Kind == TokenKind.Operator)
        {
            return token.Op switch
            {
                Op.RightParen => Closers.RightParen,
                Op.Backtick => Closers.Backtick,
                Op.DoubleSemicolon or Op.SemicolonAmp or Op.DoubleSemicolonAmp => Closers.CaseSeparator,
                _ => Closers.None,
            };
        }
        return ReservedWord(token) switch
        {
            "then" => Closers.Then,
            "elif" => Closers.Elif,
            "else" => Closers.Else,
            "fi" => Closers.Fi,
            "do" => Closers.Do,
            "done" => Closers.Done,
            "esac" => Closers.Esac,
            "}" => Closers.RightBrace,
            _ => Closers.None,
        };
    }

    /// <summary>The reserved word a token spells (unquoted, unescaped), or null.</summary>
    private static string? ReservedWord(in Token token)
    {
        if (token.Word is not { } word || !word.TryGetPlainText(out var text) || text.Length > 8) return null;
        return text switch
        {
            "if" => "if", "then" => "then", "elif" => "elif", "else" => "else", "fi" => "fi",
            "case" => "case", "esac" => "esac", "for" => "for", "select" => "select", "while" => "while",
            "until" => "until", "do" => "do", "done" => "done", "in" => "in", "function" => "function",
            "time" => "time", "{" => "{", "}" => "}", "!" => "!", "[[" => "[[", "]]" => "]]",
            _ => null,
        };
    }

    private ShellCommand? ParseAndOr()
    {
        var first = ParsePipeline();
        if (first is null) return null;
        if (!Peek().IsOperator(Op.AndIf) && !Peek().IsOperator(Op.OrIf)) return first;
        var commands = new List<ShellCommand> { first };
        var operators = new List<AndOrOperator>();
        while (Peek() is { Kind: TokenKind.Operator, Op: Op.AndIf or Op.OrIf } op)
        {
            Next();
            SkipNewlineTokens();
            var next = ParsePipeline();
            if (next is null)
            {
                Error(op.Span, $"expected a command after '{(op.Op == Op.AndIf ? "&&" : "||")}'");
                break;
            }
            operators.Add(op.Op == Op.AndIf ? AndOrOperator.And : AndOrOperator.Or);
            commands.Add(next);
        }
        if (commands.Count == 1) return first;
        return new AndOrList(Span(first.Span.Start, commands[^1].Span.End), [.. commands], [.. operators]);
    }

    private ShellCommand? ParsePipeline()
    {
        var start = Peek().Span.Start;
        var negated = false;
        var timed = false;
        Word? timeWord = null;
        while (true)
        {
            var reserved = ReservedWord(Peek());
            if (reserved == "!") { Next(); negated = !negated; continue; }
            if (reserved == "time" && !timed)
            {
                timeWord = Next().Word;
                timed = true;
                if (Peek().Word is { } option && option.IsPlainLiteral("-p")) Next();
                continue;
            }
            break;
        }
        var first = ParseCommand();
        if (first is null)
        {
            // bash accepts a lone 'time' (it times nothing): keep it as a command named time.
            if (timed && !negated && timeWord is not null) return new SimpleCommand(timeWord.Span, [], timeWord, [], []);
            if (negated || timed) Error(Span(start, _lastEnd), "expected a command after '!' or 'time'");
            return null;
        }
        if (!Peek().IsOperator(Op.Pipe) && !Peek().IsOperator(Op.PipeAmp))
        {
            return negated || timed ? new Pipeline(Span(start, first.Span.End), [first], [], negated, timed) : first;
        }
        var commands = new List<ShellCommand> { first };
        var operators = new List<PipeOperator>();
        while (Peek() is { Kind: TokenKind.Operator, Op: Op.Pipe or Op.PipeAmp } pipe)
        {
            Next();
            SkipNewlineTokens();
            var next = ParseCommand();
            if (next is null)
            {
                Error(pipe.Span, "expected a command after '|'");
                break;
            }
            operators.Add(pipe.Op == Op.Pipe ? PipeOperator.Pipe : PipeOperator.PipeWithError);
            commands.Add(next);
        }
        if (commands.Count == 1 && !negated && !timed) return first;
        return new Pipeline(Span(start, commands[^1].Span.End), [.. commands], [.. operators], negated, timed);
    }
}
