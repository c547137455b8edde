using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    private ShellCommand? ParseCommand()
    {
        var token = Peek();
        if (token.Kind == TokenKind.Word)
        {
            switch (ReservedWord(token))
            {
                case "if": return WithRedirections(ParseIf());
                case "case": return WithRedirections(ParseCase());
                case "for": return WithRedirections(ParseFor(isSelect: false));
                case "select": return WithRedirections(ParseFor(isSelect: true));
                case "while": return WithRedirections(ParseWhile(isUntil: false));
                case "until": return WithRedirections(ParseWhile(isUntil: true));
                case "{": return WithRedirections(ParseBraceGroup());
                case "[[": return WithRedirections(ParseConditional());
                case "function": return ParseFunctionWithKeyword();
                case "then" or "elif" or "else" or "fi" or "do" or "done" or "esac" or "}": return null;
            }
            if (IsFunctionDefinitionAhead(token)) return ParseFunctionDefinition();
            return ParseSimpleCommand();
        }
        if (token.IsOperator(Op.LeftParen))
        {
            // The '(' token is the last one read, so the text right after it is at _pos.
            if (Current == '(' && TryReadArithmetic(_pos + 1, out var exprEnd, out var end))
            {
                Next();
                _pos = end;
                _lastEnd = end;
                var exprStart = token.Span.Start + 2;
                return WithRedirections(new ArithmeticCommand(
                    Span(token.Span.Start, end), Span(exprStart, exprEnd), _text.Substring(exprStart, exprEnd - exprStart), []));
            }
            return WithRedirections(ParseSubshell());
        }
        if (token.IsOperator(Op.Redirect)) return ParseSimpleCommand();
        return null;
    }

    private CompoundCommand WithRedirections(CompoundCommand command)
    {
        if (!Peek().IsOperator(Op.Redirect)) return command;
        var redirections = ImmutableArray.CreateBuilder<Redirection>();
        while (Peek().IsOperator(Op.Redirect)) redirections.Add(ParseRedirection());
        return command with
        {
            Redirections = redirections.ToImmutable(),
            Span = Span(command.Span.Start, redirections[^1].Span.End),
        };
    }

    private ShellCommand ParseSimpleCommand()
    {
        var start = Peek().Span.Start;
        var end = start;
        List<Assignment>? assignments = null;
        List<Word>? arguments = null;
        List<Redirection>? redirections = null;
        Word? name = null;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Word)
            {
                Next();
                var word = token.Word!;
                end = word.Span.End;
                if (name is not null) (arguments ??= _words.Rent()).Add(word);
                else if (AssignmentReader.TryRead(word, out var assignment)) (assignments ??= _assignments.Rent()).Add(assignment);
                else name = word;
            }
            else if (token.IsOperator(Op.Redirect))
            {
                var redirection = ParseRedirection();
                end = redirection.Span.End;
                (redirections ??= _redirections.Rent()).Add(redirection);
            }
            else
            {
                break;
            }
        }
        return new SimpleCommand(
            Span(start, end),
            assignments is null ? [] : _assignments.ToImmutableAndReturn(assignments),
            name,
            arguments is null ? [] : _words.ToImmutableAndReturn(arguments),
            redirections is null ? [] : _redirections.ToImmutableAndReturn(redirections));
    }

    private Redirection ParseRedirection()
    {
        var op = Next();
        var operatorSpan = Span(op.Span.End - OperatorLength(op.Redirect), op.Span.End);
        Word? target = null;
        if (Peek().Kind == TokenKind.Word) target = Next().Word;
        else Error(op.Span, $"expected a word after '{_text.Substring(operatorSpan.Start, operatorSpan.Length)}'");
        HereDocument? doc = null;
        if (target is not null && op.Redirect is RedirectionOperator.HereDocument or RedirectionOperator.HereDocumentStripTabs)
        {
            doc = new HereDocument(
                operatorSpan, target.Span, target.StaticValue ?? target.Text, IsQuotedDelimiter(target),
                op.Redirect == RedirectionOperator.HereDocumentStripTabs);
            _hereDocuments.Add(doc);
            _pending.Add(doc);
        }
        return new Redirection(
            Span(op.Span.Start, target?.Span.End ?? op.Span.End), op.FileDescriptor, op.FileDescriptorVariable,
            op.Redirect, operatorSpan, target, doc);
    }

    private bool IsQuotedDelimiter(Word word)
    {
        foreach (var part in word.Parts)
            if (part is not LiteralPart || part.Span.Length != ((LiteralPart)part).Value.Length) return true;
        return _text.IndexOf('\\', word.Span.Start, word.Span.Length) >= 0;
    }

    private static int OperatorLength(RedirectionOperator op) => op switch
    {
        RedirectionOperator.Input or RedirectionOperator.Output => 1,
        RedirectionOperator.HereDocumentStripTabs or RedirectionOperator.HereString or RedirectionOperator.AppendOutputAndError => 3,
        _ => 2,
    };

    /// <summary>True when a word in command position is followed by <c>()</c>: <c>name() body</c>.
    /// The word is the last token read, so the text after it starts at <see cref="_pos"/>.</summary>
    private bool IsFunctionDefinitionAhead(Token token)
    {
        if (token.Word is not { } word || !word.TryGetPlainText(out var name) || name.Contains('=')) return false;
        var i = _pos;
        while (i < _end && _text[i] is ' ' or '\t') i++;
        if (At(i) != '(') return false;
        i++;
        while (i < _end && _text[i] is ' ' or '\t') i++;
        return At(i) == ')';
    }

    private FunctionDefinition ParseFunctionDefinition()
    {
        var nameToken = Next();
        Next(); // (
        Next(); // )
        return FinishFunction(nameToken.Span.Start, nameToken, hasKeyword: false);
    }

    private FunctionDefinition ParseFunctionWithKeyword()
    {
        var keyword = Next();
        var nameToken = Peek();
        if (nameToken.Kind != TokenKind.Word)
        {
            Error(keyword.Span, "expected a function name after 'function'");
            return new FunctionDefinition(keyword.Span, "", new TextSpan(keyword.Span.End, 0), null, true);
        }
        Next();
        if (Peek().IsOperator(Op.LeftParen))
        {
            Next();
            if (Peek().IsOperator(Op.RightParen)) Next();
            else Error(nameToken.Span, "expected ')' after '(' in a function definition");
        }
        return FinishFunction(keyword.Span.Start, nameToken, hasKeyword: true);
    }

    private FunctionDefinition FinishFunction(int start, Token nameToken, bool hasKeyword)
    {
        var name = nameToken.Word!.StaticValue ?? nameToken.Word.Text;
        SkipNewlineTokens();
        var body = ParseCommand();
        if (body is null) Error(nameToken.Span, $"function '{name}' has no body");
        else if (body is SimpleCommand) Error(body.Span, $"the body of function '{name}' must be a compound command such as {{ ...; }}");
        return new FunctionDefinition(Span(start, body?.Span.End ?? _lastEnd), name, nameToken.Span, body, hasKeyword);
    }
}
