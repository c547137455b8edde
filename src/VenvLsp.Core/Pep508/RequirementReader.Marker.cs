using System.Collections.Immutable;
using VenvLsp.Pep440;
using VenvLsp.Text;

namespace VenvLsp.Pep508;

internal sealed partial class RequirementReader
{
    // Deeper nesting than this is certainly not a real marker, and unbounded recursion would overflow the stack.
    private const int MaxDepth = 64;

    private const string OperatorList = "<=, <, !=, ==, >=, >, ~=, ===, in, not in";

    // marker = marker_atom (BOOLOP marker_atom)*, with "and" binding tighter than "or".
    private MarkerExpression? ReadMarker(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail($"Marker expression nested more than {MaxDepth} levels deep");
            return null;
        }
        var first = ReadMarkerAtom(depth);
        if (first is null) return null;
        if (!IsAtBoolOperator()) return first;
        var groups = new List<List<MarkerExpression>> { new() { first } };
        while (TryReadBoolOperator(out var isOr))
        {
            var next = ReadMarkerAtom(depth);
            if (next is null) return null;
            if (isOr) groups.Add([next]);
            else groups[^1].Add(next);
        }
        var ands = groups.Select(g => g.Count == 1 ? g[0] : new MarkerAnd([.. g], Cover(g[0], g[^1]))).ToList();
        return ands.Count == 1 ? ands[0] : new MarkerOr([.. ands], Cover(ands[0], ands[^1]));
    }

    private static TextSpan Cover(MarkerExpression first, MarkerExpression last) => TextSpan.FromBounds(first.Span.Start, last.Span.End);

    // marker_atom = WS? '(' WS? marker WS? ')' WS? | WS? marker_item WS?
    private MarkerExpression? ReadMarkerAtom(int depth)
    {
        SkipWhitespace();
        MarkerExpression? result;
        if (Peek() == '(')
        {
            var open = _position++;
            SkipWhitespace();
            var inner = ReadMarker(depth + 1);
            if (inner is null) return null;
            SkipWhitespace();
            if (Peek() != ')')
            {
                Fail("Expected matching ')' for '(', after marker expression", open);
                return null;
            }
            _position++;
            // The parentheses belong to the span of what they enclose.
            result = inner with { Span = TextSpan.FromBounds(open, _position) };
        }
        else
        {
            result = ReadMarkerItem();
        }
        SkipWhitespace();
        return result;
    }

    // marker_item = WS? marker_var WS? marker_op WS? marker_var WS?
    private MarkerComparison? ReadMarkerItem()
    {
        SkipWhitespace();
        var left = ReadMarkerValue();
        if (left is null) return null;
        SkipWhitespace();
        var operatorStart = _position;
        if (!TryReadMarkerOperator(out var op)) return null;
        var operatorSpan = TextSpan.FromBounds(operatorStart, _position);
        SkipWhitespace();
        var right = ReadMarkerValue();
        if (right is null) return null;
        var comparison = new MarkerComparison(left, op, operatorSpan, right, TextSpan.FromBounds(left.Span.Start, right.Span.End));
        SkipWhitespace();
        return comparison;
    }

    // marker_var = VARIABLE | QUOTED_STRING
    private MarkerValue? ReadMarkerValue()
    {
        var start = _position;
        if (TryReadVariable(out var name, out var end))
        {
            _position = end;
            return new MarkerVariable(name, _text[start..end], TextSpan.FromBounds(start, end));
        }
        var quote = Peek();
        if (quote is '\'' or '"')
        {
            var close = _text.IndexOf(quote, start + 1);
            if (close >= 0)
            {
                _position = close + 1;
                if (PythonStringLiteral.TryDecode(_text.AsSpan(start + 1, close - start - 1), out var value, out var error))
                    return new MarkerLiteral(value, TextSpan.FromBounds(start, _position));
                Fail($"Invalid quoted string: {error}", start, _position);
                return null;
            }
            Fail($"Unterminated quoted string: no closing {quote}", start, _text.Length);
            return null;
        }
        var word = _position;
        while (word < _text.Length && (PythonChars.IsAsciiLetterOrDigit(_text[word]) || _text[word] is '_' or '.')) word++;
        var isKeyword = _text.AsSpan(_position, word - _position) is "and" or "or" or "not" or "in";
        Fail(word > _position && !isKeyword
            ? $"Unknown marker variable '{_text[_position..word]}'; expected one of {string.Join(", ", MarkerVariables.All)}, or a quoted string"
            : "Expected a marker variable or quoted string", _position, word > _position ? word : -1);
        return null;
    }

    // marker_op = IN | NOT WS IN | OP
    private bool TryReadMarkerOperator(out MarkerOperator op)
    {
        op = default;
        if (TryReadKeyword("in"))
        {
            op = MarkerOperator.In;
            return true;
        }
        if (TryReadKeyword("not"))
        {
            if (Peek() is not (' ' or '\t')) return Fail("Expected whitespace after 'not'");
            SkipWhitespace();
            if (!TryReadKeyword("in")) return Fail("Expected 'in' after 'not'");
            op = MarkerOperator.NotIn;
            return true;
        }
        if (SpecifierScanner.TryReadOperator(_text, _position, out var specifierOperator, out var end))
        {
            _position = end;
            op = specifierOperator switch
            {
                SpecifierOperator.LessThan => MarkerOperator.LessThan,
                SpecifierOperator.LessThanOrEqual => MarkerOperator.LessThanOrEqual,
                SpecifierOperator.NotEqual => MarkerOperator.NotEqual,
                SpecifierOperator.Equal => MarkerOperator.Equal,
                SpecifierOperator.GreaterThanOrEqual => MarkerOperator.GreaterThanOrEqual,
                SpecifierOperator.GreaterThan => MarkerOperator.GreaterThan,
                SpecifierOperator.Compatible => MarkerOperator.Compatible,
                _ => MarkerOperator.ArbitraryEqual,
            };
            return true;
        }
        return Fail($"Expected marker operator, one of {OperatorList}");
    }

    private bool IsAtBoolOperator()
    {
        var position = _position;
        var found = TryReadBoolOperator(out _);
        _position = position;
        return found;
    }

    // BOOLOP = \b(or|and)\b
    private bool TryReadBoolOperator(out bool isOr)
    {
        isOr = TryReadKeyword("or");
        return isOr || TryReadKeyword("and");
    }

    /// <summary>Reads <c>\bword\b</c> here.</summary>
    private bool TryReadKeyword(string word)
    {
        if (!StartsWithText(_position, word) || !PythonChars.IsWordBoundary(_text, _position)
            || !PythonChars.IsWordBoundary(_text, _position + word.Length))
            return false;
        _position += word.Length;
        return true;
    }

    // VARIABLE = \b(python_version | ... | dependency_groups)\b, alternatives in the library's order.
    private bool TryReadVariable(out string name, out int end)
    {
        name = "";
        end = _position;
        if (!PythonChars.IsWordBoundary(_text, _position)) return false;
        foreach (var (spelling, canonical) in MarkerVariables.Spellings)
        {
            if (!StartsWithText(_position, spelling) || !PythonChars.IsWordBoundary(_text, _position + spelling.Length)) continue;
            name = canonical;
            end = _position + spelling.Length;
            return true;
        }
        return false;
    }
}
