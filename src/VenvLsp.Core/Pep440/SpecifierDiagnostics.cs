namespace VenvLsp.Pep440;

/// <summary>Explains why a piece of text is not a valid specifier, in terms a user can act on.</summary>
internal static class SpecifierDiagnostics
{
    private const string Operators = "==, !=, <=, >=, <, >, ~=, ===";

    /// <param name="piece">The specifier text without surrounding whitespace.</param>
    public static string Explain(string piece)
    {
        if (piece.Length == 0)
            return "Expected a version specifier";
        if (!SpecifierScanner.TryReadOperator(piece, 0, out var op, out var operatorEnd))
        {
            if (Pep440Version.TryParse(piece, out _))
                return $"'{piece}' has no comparison operator; write '=={piece}' to pin it";
            if (piece[0] == '=')
                return $"'=' is not a comparison operator; use '==' (one of {Operators})";
            return $"'{piece}' is not a version specifier: expected an operator ({Operators}) and a version";
        }

        var operatorText = SpecifierScanner.OperatorText(op);
        var i = operatorEnd;
        while (i < piece.Length && PythonChars.IsWhitespace(piece[i])) i++;
        if (i == piece.Length)
            return $"'{operatorText}' needs a version after it";
        var versionText = piece[i..];
        if (op == SpecifierOperator.ArbitraryEqual)
            return $"'===' takes a single word: '{versionText}' contains whitespace, ';' or ')'";

        var isEquality = op is SpecifierOperator.Equal or SpecifierOperator.NotEqual;
        var own = VersionScanner.Scan(piece, i, SpecifierScanner.GrammarFor(op));
        if (own.Success && own.End == piece.Length && own.Overflow)
            return $"A number in '{versionText}' is too large (at most {long.MaxValue})";

        if (versionText.EndsWith(".*", StringComparison.Ordinal))
        {
            if (!isEquality)
                return $"'.*' prefix matching is only allowed with == and !=, not with {operatorText}";
            if (Pep440Version.TryParse(versionText[..^2], out _))
                return "'.*' can only follow a release number (1.2.*), not a pre-, post- or development release or a local label";
        }

        var full = VersionScanner.Scan(piece, i, VersionGrammar.Full);
        if (full.Success && full.End == piece.Length)
        {
            if (full.Local is not null && !isEquality)
                return $"A local version label ('+{full.Local}') is only allowed with == and !=, not with {operatorText}";
            if (op == SpecifierOperator.Compatible && full.Release.Length < 2)
                return $"~= needs at least two release numbers (~=1.4 means >=1.4, ==1.*), not '{versionText}'";
        }
        return $"'{versionText}' is not a valid PEP 440 version";
    }
}
