namespace VenvLsp.Pep440;

/// <summary>One specifier token (operator and version) as matched at a position.</summary>
internal readonly record struct SpecifierMatch(
    SpecifierOperator Operator, int Start, int OperatorEnd, int VersionStart, int End, ScannedVersion Scan);

/// <summary>Matches the specifier pattern of the <c>packaging</c> library at a position: an operator,
/// optional whitespace, and a version of the grammar that operator allows. Like the library's
/// tokenizer it stops where the pattern stops, leaving whatever follows to the caller.</summary>
internal static class SpecifierScanner
{
    public static bool TryMatch(string text, int start, out SpecifierMatch match)
    {
        match = default;
        if (!TryReadOperator(text, start, out var op, out var operatorEnd)) return false;
        var i = operatorEnd;
        while (i < text.Length && PythonChars.IsWhitespace(text[i])) i++;

        if (op == SpecifierOperator.ArbitraryEqual)
        {
            // Anything up to whitespace, ';' (a marker follows) or ')' (the list is parenthesized); may be empty.
            var end = i;
            while (end < text.Length && !PythonChars.IsWhitespace(text[end]) && text[end] is not (';' or ')')) end++;
            match = new SpecifierMatch(op, start, operatorEnd, i, end, ScannedVersion.Failure(i));
            return true;
        }

        var scan = VersionScanner.Scan(text, i, GrammarFor(op));
        if (!scan.Success) return false;
        match = new SpecifierMatch(op, start, operatorEnd, i, scan.End, scan);
        return true;
    }

    public static VersionGrammar GrammarFor(SpecifierOperator op) => op switch
    {
        SpecifierOperator.Equal or SpecifierOperator.NotEqual => VersionGrammar.Equality,
        SpecifierOperator.Compatible => VersionGrammar.Compatible,
        _ => VersionGrammar.Ordered,
    };

    public static bool TryReadOperator(string text, int i, out SpecifierOperator op, out int end)
    {
        op = default;
        end = i;
        if (i >= text.Length) return false;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (text[i])
        {
            case '=' when next == '=':
                if (i + 2 < text.Length && text[i + 2] == '=')
                {
                    (op, end) = (SpecifierOperator.ArbitraryEqual, i + 3);
                    return true;
                }
                (op, end) = (SpecifierOperator.Equal, i + 2);
                return true;
            case '!' when next == '=':
                (op, end) = (SpecifierOperator.NotEqual, i + 2);
                return true;
            case '~' when next == '=':
                (op, end) = (SpecifierOperator.Compatible, i + 2);
                return true;
            case '<':
                (op, end) = next == '=' ? (SpecifierOperator.LessThanOrEqual, i + 2) : (SpecifierOperator.LessThan, i + 1);
                return true;
            case '>':
                (op, end) = next == '=' ? (SpecifierOperator.GreaterThanOrEqual, i + 2) : (SpecifierOperator.GreaterThan, i + 1);
                return true;
            default:
                return false;
        }
    }

    public static string OperatorText(SpecifierOperator op) => op switch
    {
        SpecifierOperator.Compatible => "~=",
        SpecifierOperator.Equal => "==",
        SpecifierOperator.NotEqual => "!=",
        SpecifierOperator.LessThanOrEqual => "<=",
        SpecifierOperator.GreaterThanOrEqual => ">=",
        SpecifierOperator.LessThan => "<",
        SpecifierOperator.GreaterThan => ">",
        _ => "===",
    };
}
