using VenvLsp.Pep440;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>The edit that pins a requirement to one version, shared by the fixes of VENV102 and VENV103.</summary>
internal static class RequirementPins
{
    /// <summary>Replaces the requirement's specifiers with <c>==version</c>, or inserts it after the name
    /// and extras (before a marker) when it has none. Null when the line gives no place to edit.</summary>
    public static TextEdit? PinTo(SourceText text, RequirementEntry requirement, Pep440Version version)
    {
        var pin = "==" + version;
        if (requirement.SpecifierSpan is { } specifiers)
        {
            // Keep parentheses the user wrote around the specifiers: "name (>=1)" becomes "name (==2)".
            var parenthesized = specifiers.Length > 1 && text[specifiers.Start] == '(' && text[specifiers.End - 1] == ')';
            return TextEdit.Replace(specifiers, parenthesized ? "(" + pin + ")" : pin);
        }
        if (requirement.NameSpan is not { } name) return null;
        return TextEdit.Insert(requirement.ExtrasSpan?.End ?? name.End, pin);
    }
}
