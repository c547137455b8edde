using System.Collections.Immutable;
using VenvLsp.Pep440;
using VenvLsp.Text;

namespace VenvLsp.Pep508;

/// <summary>A recursive-descent reader over one requirement string that follows the <c>packaging</c>
/// library's tokenizer token by token (same token patterns, same order of checks), so it accepts and
/// rejects the same strings. The first error is recorded and parsing stops: every method returns
/// false once <see cref="_error"/> is set.</summary>
internal sealed partial class RequirementReader(string text)
{
    private readonly string _text = text;
    private int _position;
    private SyntaxError? _error;

    public Pep508Requirement ReadRequirement()
    {
        var name = "";
        var nameSpan = new TextSpan(0, 0);
        var extras = ImmutableArray<string>.Empty;
        TextSpan? extrasSpan = null, specifierSpan = null, urlSpan = null, markerSpan = null;
        var specifiers = SpecifierSet.Empty;
        string? url = null;
        MarkerExpression? marker = null;

        SkipWhitespace();
        nameSpan = new TextSpan(_position, 0);
        if (TryReadIdentifier(out var nameEnd))
        {
            nameSpan = TextSpan.FromBounds(_position, nameEnd);
            name = _text[_position..nameEnd];
            _position = nameEnd;
            SkipWhitespace();
            if (ReadExtras(out extras, out extrasSpan))
            {
                SkipWhitespace();
                ReadDetails(ref specifiers, ref specifierSpan, ref url, ref urlSpan, ref marker, ref markerSpan);
            }
            if (_error is null && !AtEnd)
                Fail("Expected end of dependency specifier");
        }
        else
        {
            Fail(StartsWithText(_position, "-")
                ? "Expected package name at the start of dependency specifier (an option is not a requirement)"
                : "Expected package name at the start of dependency specifier");
        }

        var errors = new List<SyntaxError>();
        errors.AddRange(specifiers.Errors);
        if (_error is not null) errors.Add(_error);
        return new Pep508Requirement(name, nameSpan, extras, extrasSpan, specifiers, specifierSpan, url, urlSpan,
            marker, markerSpan, errors.Count == 0 ? Array.Empty<SyntaxError>() : errors);
    }

    public ParsedMarker ReadStandaloneMarker()
    {
        var marker = ReadMarker(depth: 0);
        if (_error is null && !AtEnd) Fail("Expected end of marker expression");
        return _error is null ? new ParsedMarker(marker, Array.Empty<SyntaxError>()) : new ParsedMarker(null, [_error]);
    }

    // requirement_details = AT URL (WS requirement_marker?)? | specifier WS? requirement_marker?
    private void ReadDetails(
        ref SpecifierSet specifiers, ref TextSpan? specifierSpan, ref string? url, ref TextSpan? urlSpan,
        ref MarkerExpression? marker, ref TextSpan? markerSpan)
    {
        if (Peek() == '@')
        {
            _position++;
            SkipWhitespace();
            var urlStart = _position;
            while (_position < _text.Length && _text[_position] is not (' ' or '\t')) _position++;
            if (_position == urlStart)
            {
                Fail("Expected URL after @");
                return;
            }
            url = _text[urlStart.._position];
            urlSpan = TextSpan.FromBounds(urlStart, _position);
            if (AtEnd) return;
            SkipWhitespace();
            if (AtEnd) return;
            ReadRequirementMarker(urlStart, "semicolon (after URL and whitespace)", ref marker, ref markerSpan);
            return;
        }

        var specifierStart = _position;
        if (!ReadSpecifiers(out specifiers, out specifierSpan)) return;
        SkipWhitespace();
        if (AtEnd) return;
        if (LooksLikeClause(_position, out var clauseEnd))
        {
            // Something that was meant as a version clause but is not one: say what is wrong with it.
            Fail(SpecifierDiagnostics.Explain(_text[_position..clauseEnd]), _position, clauseEnd);
            return;
        }
        ReadRequirementMarker(specifierStart,
            specifierSpan is null
                ? "semicolon (after name with no version specifier)"
                : "comma (within version specifier), semicolon (after version specifier)",
            ref marker, ref markerSpan);
    }

    // requirement_marker = SEMICOLON marker WS?
    private void ReadRequirementMarker(int spanStart, string expected, ref MarkerExpression? marker, ref TextSpan? markerSpan)
    {
        if (Peek() != ';')
        {
            Fail($"Expected {expected} or end", spanStart);
            return;
        }
        _position++;
        var markerStart = SkipWhitespaceFrom(_position);
        marker = ReadMarker(depth: 0);
        if (marker is not null) markerSpan = TextSpan.FromBounds(markerStart, marker.Span.End);
        SkipWhitespace();
    }

    // extras = (LEFT_BRACKET WS? extras_list? WS? RIGHT_BRACKET)?
    private bool ReadExtras(out ImmutableArray<string> extras, out TextSpan? span)
    {
        extras = ImmutableArray<string>.Empty;
        span = null;
        if (Peek() != '[') return true;
        var open = _position++;
        SkipWhitespace();
        var list = ImmutableArray.CreateBuilder<string>();
        if (TryReadIdentifier(out var end))
        {
            list.Add(_text[_position..end]);
            _position = end;
            while (true)
            {
                SkipWhitespace();
                if (TryReadIdentifier(out _))
                    return Fail("Expected comma between extra names");
                if (Peek() != ',') break;
                _position++;
                SkipWhitespace();
                if (!TryReadIdentifier(out end))
                    return Fail("Expected extra name after comma");
                list.Add(_text[_position..end]);
                _position = end;
            }
        }
        SkipWhitespace();
        if (Peek() != ']')
            return Fail("Expected matching ']' for '[', after extras", open);
        _position++;
        extras = list.ToImmutable();
        span = TextSpan.FromBounds(open, _position);
        return true;
    }

    // specifier = LEFT_PARENTHESIS WS? version_many WS? RIGHT_PARENTHESIS | WS? version_many WS?
    private bool ReadSpecifiers(out SpecifierSet specifiers, out TextSpan? span)
    {
        specifiers = SpecifierSet.Empty;
        span = null;
        var open = Peek() == '(' ? _position++ : -1;
        SkipWhitespace();
        var regionStart = _position;
        var regionEnd = _position;
        var direct = ImmutableArray.CreateBuilder<Specifier>();
        var canBuildDirectly = true;

        // version_many = (SPECIFIER (WS? COMMA WS? SPECIFIER)*)?
        while (SpecifierScanner.TryMatch(_text, _position, out var match))
        {
            _position = match.End;
            regionEnd = _position;
            if (canBuildDirectly && Specifier.FromMatch(_text, match) is { } specifier) direct.Add(specifier);
            else canBuildDirectly = false;
            if (StartsWithText(_position, ".*"))
            {
                return Fail(match.Operator is SpecifierOperator.Equal or SpecifierOperator.NotEqual
                    ? "'.*' can only follow a release number (1.2.*), not a pre-, post- or development release or a local label"
                    : "'.*' prefix matching is only allowed with == and !=", match.Start, _position + 2);
            }
            if (VersionScanner.ScanLocal(_text, _position) is var localEnd && localEnd > _position && IsLowerLocal(_position, localEnd))
                return Fail("A local version label ('+...') is only allowed with == and !=", match.Start, localEnd);
            SkipWhitespace();
            if (Peek() != ',') break;
            _position++;
            regionEnd = _position;
            SkipWhitespace();
        }

        if (regionEnd > regionStart)
        {
            // "===" may swallow commas, and then only the library's split on commas gives the same clauses.
            specifiers = canBuildDirectly
                ? SpecifierSet.FromSpecifiers(direct.ToImmutable())
                : SpecifierSet.Parse(_text, regionStart, regionEnd);
            span = TextSpan.FromBounds(regionStart, regionEnd);
        }
        SkipWhitespace();
        if (open < 0) return true;
        if (Peek() != ')')
        {
            if (LooksLikeClause(_position, out var clauseEnd))
                return Fail(SpecifierDiagnostics.Explain(_text[_position..clauseEnd]), _position, clauseEnd);
            return Fail("Expected matching ')' for '(', after version specifier", open);
        }
        _position++;
        span = TextSpan.FromBounds(open, _position);
        return true;
    }

    /// <summary>Whether the text here starts like a version clause (an operator character or a digit),
    /// and where that clause would end.</summary>
    private bool LooksLikeClause(int at, out int end)
    {
        end = at;
        if (at >= _text.Length || _text[at] is not ('<' or '>' or '=' or '!' or '~' or (>= '0' and <= '9'))) return false;
        while (end < _text.Length && _text[end] is not (',' or ';' or ')' or ' ' or '\t')) end++;
        // Let an operator be followed by spaces before its version.
        if (_text[at] is not (>= '0' and <= '9'))
        {
            var afterOperator = at;
            while (afterOperator < _text.Length && _text[afterOperator] is '<' or '>' or '=' or '!' or '~') afterOperator++;
            if (afterOperator == end)
            {
                end = SkipWhitespaceFrom(end);
                while (end < _text.Length && _text[end] is not (',' or ';' or ')' or ' ' or '\t')) end++;
            }
        }
        while (end > at && _text[end - 1] is ' ' or '\t') end--;
        return true;
    }

    // The library's trailing-local-label token is case-sensitive ("+cpu" but not "+CPU").
    private bool IsLowerLocal(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
            if (_text[k] is >= 'A' and <= 'Z') return false;
        return true;
    }

    /// <summary>IDENTIFIER = <c>\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b</c>: the longest run that ends on a word
    /// boundary, so <c>name_</c> is a name but <c>name-</c> is <c>name</c> followed by '-'.</summary>
    private bool TryReadIdentifier(out int end)
    {
        end = _position;
        if (_position >= _text.Length || !PythonChars.IsAsciiLetterOrDigit(_text[_position])
            || PythonChars.IsWordBefore(_text, _position))
            return false;
        var greedy = _position + 1;
        while (greedy < _text.Length && (PythonChars.IsAsciiLetterOrDigit(_text[greedy]) || _text[greedy] is '.' or '_' or '-'))
            greedy++;
        for (var candidate = greedy; candidate > _position; candidate--)
        {
            if (PythonChars.IsWordBoundary(_text, candidate))
            {
                end = candidate;
                return true;
            }
        }
        return false;
    }

    private bool AtEnd => _position == _text.Length || (_position == _text.Length - 1 && _text[_position] == '\n');

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool StartsWithText(int at, string value) => at <= _text.Length && _text.AsSpan(at).StartsWith(value, StringComparison.Ordinal);

    // WS = [ \t]+
    private void SkipWhitespace() => _position = SkipWhitespaceFrom(_position);

    private int SkipWhitespaceFrom(int at)
    {
        while (at < _text.Length && _text[at] is ' ' or '\t') at++;
        return at;
    }

    /// <summary>Records the error. The span runs from <paramref name="spanStart"/> (default: here) to
    /// <paramref name="spanEnd"/> (default: the end of the offending word, so editors have something to underline).</summary>
    private bool Fail(string message, int spanStart = -1, int spanEnd = -1)
    {
        if (_error is not null) return false;
        var start = spanStart < 0 ? _position : spanStart;
        var end = spanEnd >= 0 ? spanEnd : Math.Max(_position, start);
        if (spanEnd < 0 && end == _position)
        {
            while (end < _text.Length && !PythonChars.IsWhitespace(_text[end]) && (end == _position || _text[end] is not (',' or ';' or ')' or ']')))
                end++;
        }
        end = Math.Min(end, _text.Length);
        _error = new SyntaxError(TextSpan.FromBounds(Math.Min(start, end), end), message);
        return false;
    }
}
