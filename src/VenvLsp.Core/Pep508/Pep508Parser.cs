using VenvLsp.Text;

namespace VenvLsp.Pep508;

/// <summary>Parses PEP 508 requirement strings and marker expressions, accepting exactly what pip's
/// <c>packaging</c> library accepts (which is looser than the PEP's grammar in places: a trailing comma
/// after the specifiers, a name ending in <c>_</c>, backslash escapes in marker strings). Never throws.</summary>
public static class Pep508Parser
{
    /// <summary>Parses one requirement; the first syntax error stops parsing, as it does in pip.</summary>
    public static Pep508Requirement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RequirementReader(text).ReadRequirement();
    }

    /// <summary>Parses a marker expression on its own (what follows <c>;</c> in a requirement).</summary>
    public static ParsedMarker ParseMarker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RequirementReader(text).ReadStandaloneMarker();
    }
}

/// <summary>A marker expression parsed on its own: the tree (null when the text has an error) and the errors.</summary>
public sealed record ParsedMarker(MarkerExpression? Marker, IReadOnlyList<SyntaxError> Errors);
