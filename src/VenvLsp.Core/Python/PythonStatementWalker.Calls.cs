using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

// Calls and assignments inside expressions: dynamic imports and module search path additions.
internal sealed partial class PythonStatementWalker
{
    private const int MaxPathExpressionTokens = 256;

    private void FindCalls(int start, int end, PythonBlock? inline)
    {
        for (var i = start; i < end; i++)
        {
            if (_tokens[i].Kind != PythonTokenKind.Name) continue;
            var afterDot = i > start && IsOperator(i - 1, ".");
            switch (_text[_tokens[i].Start])
            {
                case 'i' or '_':
                    if ((IsName(i, "import_module") || (!afterDot && IsName(i, "__import__"))) && IsOperator(i + 1, "(") && i + 1 < end)
                        ReadDynamicImport(CalleeStart(start, i), i + 1, end, inline);
                    break;
                case 's' when !afterDot:
                    if (IsName(i, "sys")) ReadSysPath(i, end);
                    else if (IsName(i, "site") && IsMember(i, end, "addsitedir") && IsOperator(i + 3, "(") && i + 3 < end)
                        AddPathFromArgument(PathAdditionKind.SiteAddSiteDir, i, i + 3, 0, end);
                    break;
                case 'o' when !afterDot:
                    if (IsName(i, "os")) ReadOsEnvironment(i, end);
                    break;
                case 'e' when !afterDot:
                    if (IsName(i, "environ")) ReadEnvironmentSubscript(i, i + 1, end);
                    break;
            }
        }
    }

    /// <summary>The first token of a dotted callee ending at <paramref name="name"/>: `importlib` in
    /// `importlib.import_module`.</summary>
    private int CalleeStart(int start, int name)
    {
        var first = name;
        while (first - 2 >= start && IsOperator(first - 1, ".") && _tokens[first - 2].Kind == PythonTokenKind.Name) first -= 2;
        return first;
    }

    private void ReadDynamicImport(int callee, int open, int end, PythonBlock? inline)
    {
        var close = FindClose(open, end);
        var (argStart, argEnd) = Argument(open, close, 0);
        if (!TryReadLiteral(argStart, argEnd, out var value, out var contentSpan)) return;
        var dots = 0;
        while (dots < value.Length && value[dots] == '.') dots++;
        var name = value[dots..];
        if (!IsDottedIdentifier(name) && !(dots > 0 && name.Length == 0)) return;
        var callEnd = close < end ? close : end - 1;
        AddImport(new PythonImport(PythonImportKind.Dynamic, name, dots, contentSpan, Span(callee, callEnd), null, [],
            PythonImportFlags.Dynamic), inline);
    }

    private void ReadSysPath(int sys, int end)
    {
        if (!IsMember(sys, end, "path")) return;
        var path = sys + 2;
        if (IsOperator(path + 1, "+=") && path + 2 < end)
        {
            AddPath(PathAdditionKind.SysPathAugmentedAssignment, sys, end - 1, path + 2, end);
            return;
        }
        if (!(IsMember(path, end, "append") || IsMember(path, end, "insert") || IsMember(path, end, "extend"))) return;
        if (!IsOperator(path + 3, "(") || path + 3 >= end) return;
        var kind = TokenText(path + 2) switch
        {
            "append" => PathAdditionKind.SysPathAppend,
            "insert" => PathAdditionKind.SysPathInsert,
            _ => PathAdditionKind.SysPathExtend,
        };
        AddPathFromArgument(kind, sys, path + 3, kind == PathAdditionKind.SysPathInsert ? 1 : 0, end);
    }

    private void ReadOsEnvironment(int os, int end)
    {
        if (IsMember(os, end, "putenv") && IsOperator(os + 3, "(") && os + 3 < end)
        {
            if (FirstArgumentIsPythonPath(os + 3, end)) AddPathFromArgument(PathAdditionKind.PythonPathEnvironment, os, os + 3, 1, end);
            return;
        }
        if (!IsMember(os, end, "environ")) return;
        var environ = os + 2;
        if (IsMember(environ, end, "setdefault") && IsOperator(environ + 3, "(") && environ + 3 < end)
        {
            if (FirstArgumentIsPythonPath(environ + 3, end)) AddPathFromArgument(PathAdditionKind.PythonPathEnvironment, os, environ + 3, 1, end);
            return;
        }
        ReadEnvironmentSubscript(os, environ + 1, end);
    }

    /// <summary><c>environ["PYTHONPATH"] = x</c> or <c>+= x</c>, with <paramref name="open"/> at the '['.</summary>
    private void ReadEnvironmentSubscript(int first, int open, int end)
    {
        if (!IsOperator(open, "[") || open + 3 >= end) return;
        if (!IsOperator(open + 2, "]") || !IsPythonPathLiteral(open + 1)) return;
        var op = open + 3;
        if (!(IsOperator(op, "=") || IsOperator(op, "+=")) || op + 1 >= end) return;
        AddPath(PathAdditionKind.PythonPathEnvironment, first, end - 1, op + 1, end);
    }

    private bool FirstArgumentIsPythonPath(int open, int end)
    {
        var (s, e) = Argument(open, FindClose(open, end), 0);
        return e == s + 1 && IsPythonPathLiteral(s);
    }

    private bool IsPythonPathLiteral(int i) =>
        i < _tokens.Count && PythonStringLiteral.TryDecode(_text, _tokens[i], out var value) && value == "PYTHONPATH";

    private void AddPathFromArgument(PathAdditionKind kind, int first, int open, int index, int end)
    {
        var close = FindClose(open, end);
        var (s, e) = Argument(open, close, index);
        if (e <= s) return;
        AddPath(kind, first, close < end ? close : end - 1, s, e);
    }

    private void AddPath(PathAdditionKind kind, int first, int last, int argStart, int argEnd)
    {
        var pieces = ImmutableArray.CreateBuilder<string>();
        var referencesFile = false;
        var allLiteral = true;
        // A path expression longer than this is not one a package writes; the cap keeps nested calls linear.
        var scanEnd = Math.Min(argEnd, argStart + MaxPathExpressionTokens);
        for (var i = argStart; i < scanEnd; i++)
        {
            var token = _tokens[i];
            if (token.Kind == PythonTokenKind.Name && TokenIs(i, "__file__")) referencesFile = true;
            if (token.IsLiteralString && PythonStringLiteral.TryDecode(_text, token, out var value))
            {
                // Adjacent literals are one string, as Python concatenates them.
                if (i > argStart && _tokens[i - 1].IsLiteralString) pieces[^1] += value;
                else pieces.Add(value);
            }
            else allLiteral = false;
        }
        PathAdditions.Add(new PathAddition(kind, Span(first, last), Span(argStart, argEnd - 1), pieces.ToImmutable(),
            allLiteral && scanEnd == argEnd && pieces.Count == 1, referencesFile));
    }

    /// <summary>True when tokens <paramref name="i"/>+1 and +2 are `.member`.</summary>
    private bool IsMember(int i, int end, string member) => i + 2 < end && IsOperator(i + 1, ".") && IsName(i + 2, member);

    /// <summary>The ')' matching the '(' at <paramref name="open"/>, or <paramref name="end"/> when it is missing.</summary>
    private int FindClose(int open, int end)
    {
        var close = _matchingBracket[open];
        return close >= 0 && close < end ? close : end;
    }

    /// <summary>The token range of positional argument <paramref name="index"/> of a call. Nested
    /// brackets are jumped over, so reading every call of a deeply nested expression stays linear.</summary>
    private (int Start, int End) Argument(int open, int close, int index)
    {
        var start = open + 1;
        var current = 0;
        for (var i = open + 1; i < close; i++)
        {
            var token = _tokens[i];
            if (token.Kind != PythonTokenKind.Operator || token.Length != 1) continue;
            var c = _text[token.Start];
            if (c is '(' or '[' or '{')
            {
                var match = _matchingBracket[i];
                if (match < 0 || match >= close) break;
                i = match;
            }
            else if (c == ',')
            {
                if (current == index) return (start, i);
                current++;
                start = i + 1;
            }
        }
        return current == index ? (start, close) : (close, close);
    }

    /// <summary>For each opening bracket token, the index of its closing one (-1 when unclosed).</summary>
    private static int[] MatchBrackets(string text, List<PythonToken> tokens)
    {
        var match = new int[tokens.Count];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            match[i] = -1;
            var token = tokens[i];
            if (token.Kind == PythonTokenKind.LineEnd) open.Clear();
            if (token.Kind != PythonTokenKind.Operator || token.Length != 1) continue;
            var c = text[token.Start];
            if (c is '(' or '[' or '{') open.Push(i);
            else if (c is ')' or ']' or '}' && open.Count > 0) match[open.Pop()] = i;
        }
        return match;
    }

    /// <summary>Reads [start, end) as one string literal (adjacent literals joined).</summary>
    private bool TryReadLiteral(int start, int end, out string value, out TextSpan contentSpan)
    {
        value = "";
        contentSpan = default;
        if (end <= start) return false;
        for (var i = start; i < end; i++)
        {
            if (!PythonStringLiteral.TryDecode(_text, _tokens[i], out var piece)) return false;
            value += piece;
        }
        var (contentStart, _) = PythonStringLiteral.ContentBounds(_tokens[start]);
        var (_, contentEnd) = PythonStringLiteral.ContentBounds(_tokens[end - 1]);
        contentSpan = TextSpan.FromBounds(contentStart, Math.Max(contentStart, contentEnd));
        return true;
    }

    private static bool IsDottedIdentifier(string name)
    {
        if (name.Length == 0) return false;
        foreach (var part in name.Split('.'))
        {
            if (part.Length == 0 || !PythonTokenizer.IsNameStart(part[0])) return false;
            foreach (var c in part) if (!PythonTokenizer.IsNamePart(c)) return false;
        }
        return true;
    }
}
