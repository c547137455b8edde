using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

// `import a.b as c, d` and `from ..x.y import (p as q, r)`.
internal sealed partial class PythonStatementWalker
{
    private static readonly HashSet<string> HardKeywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private void ReadImport(int start, int end, PythonBlock? inline)
    {
        var statement = Span(start, end - 1);
        var i = start + 1;
        while (true)
        {
            if (!TryReadDottedName(ref i, end, out var name, out var nameSpan))
            {
                ReportExpected(i, end, "a module name");
                return;
            }
            string? alias = null;
            if (IsName(i, "as") && i < end)
            {
                if (!TryReadIdentifier(i + 1, end, out alias))
                {
                    ReportExpected(i + 1, end, "a name after 'as'");
                    return;
                }
                i += 2;
            }
            AddImport(new PythonImport(PythonImportKind.Import, name, 0, nameSpan, statement, alias, [], PythonImportFlags.None), inline);
            if (i >= end) return;
            if (!IsOperator(i, ","))
            {
                ReportExpected(i, end, "',' or the end of the statement");
                return;
            }
            i++;
        }
    }

    private void ReadFromImport(int start, int end, PythonBlock? inline)
    {
        var statement = Span(start, end - 1);
        var i = start + 1;
        var level = 0;
        var firstDot = i;
        for (; i < end && IsOperator(i, "."); i++) level++;
        var name = "";
        TextSpan nameSpan;
        if (i < end && !IsName(i, "import"))
        {
            if (!TryReadDottedName(ref i, end, out name, out nameSpan))
            {
                ReportExpected(i, end, "a module name");
                return;
            }
        }
        else if (level > 0) nameSpan = Span(firstDot, i - 1);
        else
        {
            ReportExpected(i, end, "a module name");
            return;
        }

        var flags = level == 0 && name == "__future__" ? PythonImportFlags.Future : PythonImportFlags.None;
        var names = ImmutableArray<ImportedName>.Empty;
        if (!IsName(i, "import") || i >= end) ReportExpected(i, end, "'import'");
        else names = ReadImportedNames(i + 1, end);
        AddImport(new PythonImport(PythonImportKind.FromImport, name, level, nameSpan, statement, null, names, flags), inline);
    }

    private ImmutableArray<ImportedName> ReadImportedNames(int i, int end)
    {
        if (i < end && IsOperator(i, "*")) 
        {
            if (i + 1 < end) ReportExpected(i + 1, end, "the end of the statement");
            return [new ImportedName("*", null, Span(i, i))];
        }
        var parenthesized = i < end && IsOperator(i, "(");
        if (parenthesized) i++;
        var names = ImmutableArray.CreateBuilder<ImportedName>();
        while (i < end)
        {
            if (parenthesized && IsOperator(i, ")")) break;
            if (!TryReadIdentifier(i, end, out var name))
            {
                ReportExpected(i, end, "a name to import");
                return names.ToImmutable();
            }
            var first = i++;
            string? alias = null;
            if (i < end && IsName(i, "as"))
            {
                if (!TryReadIdentifier(i + 1, end, out alias))
                {
                    ReportExpected(i + 1, end, "a name after 'as'");
                    return names.ToImmutable();
                }
                i += 2;
            }
            names.Add(new ImportedName(name, alias, Span(first, i - 1)));
            if (i < end && IsOperator(i, ",")) i++;
            else break;
        }
        if (parenthesized)
        {
            if (i < end && IsOperator(i, ")")) i++;
            else ReportExpected(i, end, "')'");
        }
        if (i < end) ReportExpected(i, end, "the end of the statement");
        if (names.Count == 0 && (i >= end || parenthesized)) ReportExpected(i, end, "a name to import");
        return names.ToImmutable();
    }

    private bool TryReadDottedName(ref int i, int end, out string name, out TextSpan span)
    {
        name = "";
        span = default;
        if (!TryReadIdentifier(i, end, out var first)) return false;
        var start = i;
        var last = i;
        List<string>? parts = null;
        while (last + 2 < end && IsOperator(last + 1, ".") && TryReadIdentifier(last + 2, end, out var part))
        {
            (parts ??= [first]).Add(part);
            last += 2;
        }
        name = parts is null ? first : string.Join('.', parts);
        span = Span(start, last);
        i = last + 1;
        return true;
    }

    private bool TryReadIdentifier(int i, int end, out string name)
    {
        name = "";
        if (i >= end || _tokens[i].Kind != PythonTokenKind.Name) return false;
        name = TokenText(i);
        return !HardKeywords.Contains(name);
    }

    private void ReportExpected(int i, int end, string what)
    {
        var span = i < end ? Span(i, i) : new TextSpan(_tokens[end - 1].End, 0);
        _errors.Add(new SyntaxError(span, $"expected {what}"));
    }
}
