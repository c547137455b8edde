using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>Walks logical lines, tracking the compound statements around each simple statement.</summary>
internal sealed partial class PythonStatementWalker
{
    private readonly string _text;
    private readonly List<PythonToken> _tokens;
    private readonly List<SyntaxError> _errors;
    private readonly PythonBlockStack _blocks = new();
    private readonly List<PendingImport> _imports = [];
    private readonly int[] _matchingBracket;

    public PythonStatementWalker(string text, List<PythonToken> tokens, List<SyntaxError> errors)
    {
        _text = text;
        _tokens = tokens;
        _errors = errors;
        _matchingBracket = MatchBrackets(text, tokens);
    }

    public ImmutableArray<PathAddition>.Builder PathAdditions { get; } = ImmutableArray.CreateBuilder<PathAddition>();

    /// <summary>An import whose optionality waits for the handlers of its enclosing <c>try</c> statements.</summary>
    private sealed record PendingImport(PythonImport Import, PythonTryStatement[] Trys);

    public void Run()
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            var indent = _tokens[i].Value;
            var end = i + 1;
            while (end < _tokens.Count && _tokens[end].Kind != PythonTokenKind.LineEnd) end++;
            if (end > i + 1) ReadLine(indent, i + 1, end);
            i = end + 1;
        }
    }

    public ImmutableArray<PythonImport> BuildImports()
    {
        var builder = ImmutableArray.CreateBuilder<PythonImport>(_imports.Count);
        foreach (var pending in _imports)
        {
            var import = pending.Import;
            if (pending.Trys.Any(t => t.CatchesImportErrors))
                import = import with { Flags = import.Flags | PythonImportFlags.Optional };
            builder.Add(import);
        }
        return builder.MoveToImmutable();
    }

    private void ReadLine(int indent, int start, int end)
    {
        _blocks.EnterLine(indent);
        if (TryReadHeader(indent, start, end)) return;
        _blocks.SetHeaderAt(indent, null);
        ReadSimpleStatements(start, end, null);
    }

    /// <summary>Reads a compound statement header (<c>if x:</c>, <c>try:</c>, <c>def f():</c> ...), with
    /// its one-line suite if it has one. False when the line is not a header.</summary>
    private bool TryReadHeader(int indent, int start, int end)
    {
        var keyword = start;
        if (IsName(keyword, "async") && keyword + 1 < end) keyword++;
        var kind = HeaderKind(keyword, end);
        if (kind is null) return false;
        var colon = FindHeaderColon(keyword + 1, end);
        if (colon < 0) return false;

        var block = MakeBlock(kind.Value, indent, keyword, colon);
        _blocks.SetHeaderAt(indent, block);
        FindCalls(keyword + 1, colon, null);
        if (colon + 1 < end) ReadSimpleStatements(colon + 1, end, block);
        else _blocks.Push(block);
        return true;
    }

    private PythonBlockKind? HeaderKind(int keyword, int end)
    {
        if (_tokens[keyword].Kind != PythonTokenKind.Name) return null;
        var word = TokenText(keyword);
        switch (word)
        {
            case "if" or "elif": return PythonBlockKind.If;
            case "else": return PythonBlockKind.Else;
            case "try": return PythonBlockKind.Try;
            case "except": return PythonBlockKind.Except;
            case "finally": return PythonBlockKind.Finally;
            case "for" or "while": return PythonBlockKind.Loop;
            case "with": return PythonBlockKind.With;
            case "def": return PythonBlockKind.Def;
            case "class": return PythonBlockKind.Class;
            case "match" or "case":
                // Soft keywords: `match = 1`, `match.group()`, `case: int` are ordinary statements.
                if (keyword + 1 >= end) return null;
                var next = _tokens[keyword + 1];
                if (next.Kind == PythonTokenKind.Operator && TokenText(keyword + 1) is not ("(" or "[" or "{" or "-" or "*"))
                    return null;
                return word == "match" ? PythonBlockKind.Match : PythonBlockKind.Case;
            default: return null;
        }
    }

    private PythonBlock MakeBlock(PythonBlockKind kind, int indent, int keyword, int colon)
    {
        var previous = _blocks.PreviousHeaderAt(indent);
        switch (kind)
        {
            case PythonBlockKind.Try:
                return new PythonBlock(kind, indent, new PythonTryStatement());
            case PythonBlockKind.Except:
                var tryStatement = previous?.Kind is PythonBlockKind.Try or PythonBlockKind.Except ? previous.Try : null;
                if (tryStatement is not null && HandlerCatchesImportErrors(keyword + 1, colon))
                    tryStatement.CatchesImportErrors = true;
                return new PythonBlock(kind, indent, tryStatement);
            case PythonBlockKind.Else:
                return previous?.Kind switch
                {
                    PythonBlockKind.Try or PythonBlockKind.Except => new PythonBlock(PythonBlockKind.TryElse, indent, previous.Try),
                    PythonBlockKind.Loop => new PythonBlock(PythonBlockKind.LoopElse, indent),
                    _ => new PythonBlock(PythonBlockKind.Else, indent),
                };
            case PythonBlockKind.If:
                // `elif` keeps the chain going; only the branch under TYPE_CHECKING itself is typing-only.
                return new PythonBlock(kind, indent, TypeChecking: IsTypeCheckingCondition(keyword + 1, colon));
            case PythonBlockKind.With:
                return new PythonBlock(kind, indent, SuppressesImportErrors: SuppressesImportErrors(keyword + 1, colon));
            default:
                return new PythonBlock(kind, indent);
        }
    }

    /// <summary>The ':' that ends a header: the first at bracket depth 0 that no <c>lambda</c> claims.</summary>
    private int FindHeaderColon(int start, int end)
    {
        var depth = 0;
        var lambdas = 0;
        for (var i = start; i < end; i++)
        {
            var token = _tokens[i];
            if (token.Kind == PythonTokenKind.Name)
            {
                if (depth == 0 && IsName(i, "lambda")) lambdas++;
                continue;
            }
            if (token.Kind != PythonTokenKind.Operator || token.Length != 1) continue;
            switch (_text[token.Start])
            {
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': if (depth > 0) depth--; break;
                case ':' when depth == 0:
                    if (lambdas == 0) return i;
                    lambdas--;
                    break;
            }
        }
        return -1;
    }

    private bool HandlerCatchesImportErrors(int start, int colon)
    {
        var i = start;
        if (i < colon && IsOperator(i, "*")) i++; // except* (3.11)
        if (i >= colon) return true; // bare except:
        for (; i < colon; i++)
        {
            if (IsName(i, "as")) break;
            if (_tokens[i].Kind == PythonTokenKind.Name && IsImportErrorCatcher(TokenText(i))) return true;
        }
        return false;
    }

    private static bool IsImportErrorCatcher(string name) =>
        name is "ImportError" or "ModuleNotFoundError" or "Exception" or "BaseException";

    private bool IsTypeCheckingCondition(int start, int colon)
    {
        // Name(.Name)* ending in TYPE_CHECKING, and nothing else.
        if (colon - start < 1 || (colon - start) % 2 == 0) return false;
        for (var i = start; i < colon; i++)
        {
            var expectName = (i - start) % 2 == 0;
            if (expectName ? _tokens[i].Kind != PythonTokenKind.Name : !IsOperator(i, ".")) return false;
        }
        return IsName(colon - 1, "TYPE_CHECKING");
    }

    private bool SuppressesImportErrors(int start, int colon)
    {
        for (var i = start; i + 1 < colon; i++)
        {
            if (!IsName(i, "suppress") || !IsOperator(i + 1, "(")) continue;
            var depth = 0;
            for (var j = i + 1; j < colon; j++)
            {
                if (IsOperator(j, "(")) depth++;
                else if (IsOperator(j, ")") && --depth == 0) break;
                else if (_tokens[j].Kind == PythonTokenKind.Name && IsImportErrorCatcher(TokenText(j))) return true;
            }
        }
        return false;
    }

    /// <summary>Reads the ';'-separated simple statements of [start, end).</summary>
    private void ReadSimpleStatements(int start, int end, PythonBlock? inline)
    {
        var depth = 0;
        var statementStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end)
            {
                var token = _tokens[i];
                if (token.Kind != PythonTokenKind.Operator || token.Length != 1) continue;
                var c = _text[token.Start];
                if (c is '(' or '[' or '{') depth++;
                else if (c is ')' or ']' or '}') { if (depth > 0) depth--; }
                if (c != ';' || depth != 0) continue;
            }
            if (i > statementStart) ReadSimpleStatement(statementStart, i, inline);
            statementStart = i + 1;
        }
    }

    private void ReadSimpleStatement(int start, int end, PythonBlock? inline)
    {
        if (IsName(start, "import")) ReadImport(start, end, inline);
        else if (IsName(start, "from")) ReadFromImport(start, end, inline);
        else FindCalls(start, end, inline);
    }

    private void AddImport(PythonImport import, PythonBlock? inline)
    {
        var (flags, trys) = _blocks.Context(inline);
        _imports.Add(new PendingImport(import with { Flags = import.Flags | flags }, trys));
    }

    private string TokenText(int i) => _text.Substring(_tokens[i].Start, _tokens[i].Length);

    private bool IsName(int i, string word) =>
        i < _tokens.Count && _tokens[i].Kind == PythonTokenKind.Name && TokenIs(i, word);

    private bool IsOperator(int i, string op) =>
        i < _tokens.Count && _tokens[i].Kind == PythonTokenKind.Operator && TokenIs(i, op);

    private bool TokenIs(int i, string value) =>
        _tokens[i].Length == value.Length && _text.AsSpan(_tokens[i].Start, value.Length).SequenceEqual(value);

    private TextSpan Span(int first, int last) => TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
}
