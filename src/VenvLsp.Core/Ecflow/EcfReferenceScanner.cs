using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>
/// Finds <c>%VAR%</c>, <c>%VAR:default%</c> and <c>%%</c> on a line the way ecFlow's substitution does: directive
/// characters pair up from the left; an adjacent pair is a literal, anything else between a pair is a reference.
/// </summary>
internal sealed class EcfReferenceScanner
{
    private readonly string _text;
    private readonly List<SyntaxError> _errors;

    public EcfReferenceScanner(string text, List<SyntaxError> errors)
    {
        _text = text;
        _errors = errors;
    }

    public ImmutableArray<EcfVariableReference>.Builder Variables { get; } = ImmutableArray.CreateBuilder<EcfVariableReference>();

    public ImmutableArray<TextSpan>.Builder LiteralPercents { get; } = ImmutableArray.CreateBuilder<TextSpan>();

    /// <summary>Scans an ordinary (shell) line, reporting an unbalanced character unless ecFlow forgives it.</summary>
    public void ScanLine(int start, int end, char micro)
    {
        var lone = ScanPairs(start, end, micro);
        if (lone < 0 || _text[start] == '#' || ExtraIsInTrailingComment(start, end, micro)) return;
        _errors.Add(new SyntaxError(new TextSpan(lone, 1),
            $"Unbalanced '{micro}': ecFlow cannot make the job. Write '{micro}{micro}' for a literal '{micro}', or close the variable as '{micro}NAME{micro}'."));
    }

    /// <summary>Scans an include's file name; true when it holds a reference (or a stray directive character).</summary>
    public bool ScanIncludeTarget(TextSpan target, char micro)
    {
        var lone = ScanPairs(target.Start, target.End, micro);
        if (lone >= 0)
            _errors.Add(new SyntaxError(new TextSpan(lone, 1), $"Unbalanced '{micro}' in the include's file name."));
        return _text.AsSpan(target.Start, target.Length).Contains(micro);
    }

    /// <summary>Records the pairs in [start, end) and returns the offset of an unpaired character, or -1.</summary>
    private int ScanPairs(int start, int end, char micro)
    {
        var position = start;
        while (position < end)
        {
            var open = _text.IndexOf(micro, position, end - position);
            if (open < 0) return -1;
            var close = open + 1 < end ? _text.IndexOf(micro, open + 1, end - open - 1) : -1;
            if (close < 0) return open;
            if (close == open + 1) LiteralPercents.Add(new TextSpan(open, 2));
            else AddReference(open, close, micro);
            position = close + 1;
        }
        return -1;
    }

    private void AddReference(int open, int close, char micro)
    {
        var inner = TextSpan.FromBounds(open + 1, close);
        var colon = _text.IndexOf(':', inner.Start, inner.Length);
        var nameSpan = colon < 0 ? inner : TextSpan.FromBounds(inner.Start, colon);
        TextSpan? defaultSpan = colon < 0 ? null : TextSpan.FromBounds(colon + 1, inner.End);
        var name = _text.Substring(nameSpan.Start, nameSpan.Length);
        var span = TextSpan.FromBounds(open, close + 1);
        Variables.Add(new EcfVariableReference(span, name, nameSpan,
            defaultSpan is { } d ? _text.Substring(d.Start, d.Length) : null, defaultSpan));

        // ecFlow looks the name up and fails the job when it is not defined; a name that cannot be a variable is never
        // defined, unless a default stands in for it.
        if (defaultSpan is null && !IsVariableName(name))
            _errors.Add(new SyntaxError(span,
                $"'{_text.Substring(span.Start, span.Length)}' is not an ecFlow variable: ecFlow will fail to make the job. Write '{micro}{micro}' for a literal '{micro}'."));
    }

    /// <summary>ecFlow forgives an odd count when the extra character is after the line's last <c>#</c>.</summary>
    private bool ExtraIsInTrailingComment(int start, int end, char micro)
    {
        var hash = _text.LastIndexOf('#', end - 1, end - start);
        if (hash <= start) return false;
        return _text.AsSpan(start, hash - start).Count(micro) % 2 == 0;
    }

    private static bool IsVariableName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.')) return false;
        return true;
    }
}
