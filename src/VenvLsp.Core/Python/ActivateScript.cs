using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>One assignment to <c>VIRTUAL_ENV</c> in an activate script.</summary>
/// <param name="Span">The statement: from <c>export</c> (or <c>declare</c>, ...) when the assignment is
/// its argument, else from the name, to the end of the value.</param>
/// <param name="NameSpan">The <c>VIRTUAL_ENV</c> name.</param>
/// <param name="ValueSpan">The value as written, after the <c>=</c> (empty for <c>VIRTUAL_ENV=</c>).</param>
/// <param name="ValueText">The value as written: <c>"/p"</c>, <c>'/p'</c>, <c>$(cygpath "/p")</c>.</param>
/// <param name="Value">The value with quotes removed and escapes resolved; expansions stay as written
/// (<c>${HOMEaigfs}/venv</c>).</param>
/// <param name="Quote">How the value is quoted.</param>
/// <param name="IsExported">Exported by the same statement (<c>export VIRTUAL_ENV=...</c>,
/// <c>declare -x</c>); a separate <c>export VIRTUAL_ENV</c> is in <see cref="ActivateScriptScan.Exports"/>.</param>
/// <param name="StartsLine">Only blanks stand before the statement on its line.</param>
/// <param name="IsIndented">The statement starts its line after at least one blank.</param>
/// <param name="ContainsExpansion">The value holds <c>$</c> or backquote expansions outside single quotes.</param>
public sealed record VirtualEnvAssignment(
    TextSpan Span,
    TextSpan NameSpan,
    TextSpan ValueSpan,
    string ValueText,
    string Value,
    ShellQuoteStyle Quote,
    bool IsExported,
    bool StartsLine,
    bool IsIndented,
    bool ContainsExpansion)
{
    /// <summary>True when <c>VIRTUAL_ENV=</c> stands at column 0, the only form a
    /// <c>sed 's|^VIRTUAL_ENV=...|'</c> rewrite matches.</summary>
    public bool NameAtLineStart => StartsLine && !IsIndented && NameSpan.Start == Span.Start;

    /// <summary>The value is one command substitution, quoted or not: <c>$(cygpath "/p")</c>,
    /// <c>"$(realpath "$d/..")"</c>.</summary>
    public bool IsCommandSubstitution
    {
        get
        {
            var text = Quote == ShellQuoteStyle.Double ? Value : Quote == ShellQuoteStyle.None ? ValueText : "";
            return (text.StartsWith("$(", StringComparison.Ordinal) && text.EndsWith(')'))
                   || (text.Length > 1 && text[0] == '`' && text[^1] == '`');
        }
    }
}

/// <summary>The definition of the <c>deactivate</c> shell function.</summary>
/// <param name="Span">From the name (or <c>function</c>) to the closing brace; to the end of the text
/// when the brace is missing.</param>
/// <param name="HeaderSpan">From the name (or <c>function</c>) to the opening brace: <c>deactivate () {</c>.</param>
public sealed record DeactivateDefinition(TextSpan Span, TextSpan HeaderSpan);

/// <summary>The result of <see cref="ActivateScript.Scan"/>.</summary>
/// <param name="Assignments">Every <c>VIRTUAL_ENV</c> assignment, in order.</param>
/// <param name="Exports">Every <c>export VIRTUAL_ENV</c> without a value (the name's span).</param>
/// <param name="Deactivate">The first <c>deactivate</c> function definition, if any.</param>
/// <param name="Errors">Unterminated quotes and substitutions.</param>
public sealed record ActivateScriptScan(
    ImmutableArray<VirtualEnvAssignment> Assignments,
    ImmutableArray<TextSpan> Exports,
    DeactivateDefinition? Deactivate,
    ImmutableArray<SyntaxError> Errors);

/// <summary>
/// Reads a venv's <c>bin/activate</c> (bash/sh) for what VenvLsp checks: where <c>VIRTUAL_ENV</c> is
/// set and whether <c>deactivate</c> is defined. Knows every template form: Python 3.8-3.11's
/// <c>VIRTUAL_ENV="/p"</c> + <c>export VIRTUAL_ENV</c> at column 0, Python 3.12's indented
/// <c>export VIRTUAL_ENV="/p"</c> in <c>if</c>/<c>else</c> with a cygwin <c>cygpath</c> branch, 3.13's
/// <c>case</c> branches, the unquoted values of releases that quote with <c>shlex.quote</c>,
/// virtualenv's <c>VIRTUAL_ENV='/p'</c> and its newer indented <c>if</c>/<c>else</c> form, and rewritten
/// forms such as <c>export VIRTUAL_ENV=${HOMEaigfs}/venv</c>.
/// </summary>
/// <remarks>A shell scanner, not a pattern match: assignments inside strings, comments, here-documents
/// and command arguments (<c>echo VIRTUAL_ENV=x</c>) do not count. Never throws.</remarks>
public static class ActivateScript
{
    /// <summary>Every <c>VIRTUAL_ENV</c> assignment of <paramref name="text"/>.</summary>
    public static ImmutableArray<VirtualEnvAssignment> FindVirtualEnvAssignments(string text) => Scan(text).Assignments;

    /// <summary>The <c>deactivate</c> function definition of <paramref name="text"/>, if any.</summary>
    public static DeactivateDefinition? FindDeactivateDefinition(string text) => Scan(text).Deactivate;

    /// <summary>Reads <paramref name="text"/>. Never throws.</summary>
    public static ActivateScriptScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ActivateScriptScanner(text).Run();
    }
}
