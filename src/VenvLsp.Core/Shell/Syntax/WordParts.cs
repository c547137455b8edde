using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A piece of a <see cref="Word"/>: text, a quoted string or an expansion.</summary>
/// <param name="Span">The part's exact range, quotes and <c>$</c> included.</param>
public abstract record WordPart(TextSpan Span) : ShellNode(Span);

/// <summary>Text outside single quotes, either unquoted or inside a <see cref="DoubleQuotedPart"/>.
/// <see cref="Value"/> has backslash escapes resolved and backslash-newline continuations removed.
/// Tildes, globs and braces are kept as written: they are not expanded.</summary>
/// <param name="Span">The text as written.</param>
/// <param name="Value">The text with escapes resolved.</param>
public sealed record LiteralPart(TextSpan Span, string Value) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [];
}

/// <summary><c>'text'</c>; <see cref="Value"/> is the text between the quotes.</summary>
/// <param name="Span">From quote to quote.</param>
/// <param name="Value">The text between the quotes.</param>
public sealed record SingleQuotedPart(TextSpan Span, string Value) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [];
}

/// <summary><c>$'text'</c>; <see cref="Value"/> has the C escapes (<c>\n</c>, <c>\x41</c>, ...) decoded.</summary>
/// <param name="Span">From <c>$'</c> to the closing quote.</param>
/// <param name="Value">The decoded text.</param>
public sealed record AnsiCQuotedPart(TextSpan Span, string Value) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [];
}

/// <summary><c>"..."</c> (or <c>$"..."</c> when <see cref="IsLocalized"/>): literal text and expansions.</summary>
/// <param name="Span">From quote to quote.</param>
/// <param name="Parts">Literal text and expansions inside.</param>
/// <param name="IsLocalized">True for <c>$"..."</c>.</param>
public sealed record DoubleQuotedPart(TextSpan Span, ImmutableArray<WordPart> Parts, bool IsLocalized) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Parts;
}

/// <summary>What comes before the name in <c>${#x}</c> (length) or <c>${!x}</c> (indirection).</summary>
public enum ParameterPrefix
{
    /// <summary>No prefix.</summary>
    None,
    /// <summary><c>${#name}</c>: the length.</summary>
    Length,
    /// <summary><c>${!name}</c>: indirection (or the keys/names forms <c>${!a[@]}</c>, <c>${!p*}</c>).</summary>
    Indirect,
}

/// <summary>A parameter expansion: <c>$x</c>, <c>$1</c>, <c>$@</c>, <c>${x}</c>, <c>${x:-default}</c>,
/// <c>${x:?}</c>, <c>${#x}</c>, <c>${!x}</c>, <c>${a[0]}</c>, <c>${x//a/b}</c>.</summary>
/// <param name="Span">From the <c>$</c> to the end of the name or the closing brace.</param>
/// <param name="Name">The parameter: a variable name, digits, or one of <c>@ * # ? - $ ! 0</c>;
/// empty when missing (a syntax error is reported).</param>
/// <param name="IsBraced">True for the <c>${...}</c> form.</param>
/// <param name="Prefix">A <c>#</c> or <c>!</c> before the name.</param>
/// <param name="Subscript">The array index in <c>${a[i]}</c>, or null.</param>
/// <param name="Operator">The operator as written (<c>:-</c>, <c>-</c>, <c>:=</c>, <c>:?</c>, <c>:+</c>,
/// <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>, <c>/</c>, <c>//</c>, <c>/#</c>, <c>/%</c>, <c>^</c>, <c>^^</c>,
/// <c>,</c>, <c>,,</c>, <c>:</c> for substrings, <c>@</c> for transformations), or null.</param>
/// <param name="Argument">What follows the operator up to the closing brace (possibly empty, as in
/// <c>${x:?}</c>); null when there is no operator.</param>
public sealed record ParameterExpansionPart(
    TextSpan Span,
    string Name,
    bool IsBraced,
    ParameterPrefix Prefix,
    Word? Subscript,
    string? Operator,
    Word? Argument) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren()
    {
        if (Subscript is not null) yield return Subscript;
        if (Argument is not null) yield return Argument;
    }
}

/// <summary><c>$(commands)</c> or <c>`commands`</c>. The commands are parsed; their spans are
/// positions in the original text.</summary>
/// <remarks>Inside backticks the shell first removes backslashes before <c>$</c>, <c>`</c> and
/// <c>\</c>; this parser reads the text in place instead, so an escaped <c>\$x</c> inside backticks
/// stays a literal, and nested (escaped) backticks are not recognized.</remarks>
/// <param name="Span">From <c>$(</c> or the backtick to the closing one.</param>
/// <param name="Body">The commands inside.</param>
/// <param name="IsBackquoted">True for the backtick form.</param>
public sealed record CommandSubstitutionPart(TextSpan Span, CommandList Body, bool IsBackquoted) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [Body];
}

/// <summary><c>&lt;(commands)</c> (<see cref="IsInput"/>) or <c>&gt;(commands)</c>.</summary>
/// <param name="Span">From <c>&lt;(</c> or <c>&gt;(</c> to <c>)</c>.</param>
/// <param name="Body">The commands inside.</param>
/// <param name="IsInput">True for <c>&lt;(...)</c>.</param>
public sealed record ProcessSubstitutionPart(TextSpan Span, CommandList Body, bool IsInput) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [Body];
}

/// <summary><c>$((expression))</c> or the old <c>$[expression]</c>. The expression is kept as text.</summary>
/// <param name="Span">From <c>$((</c> to <c>))</c>.</param>
/// <param name="ExpressionSpan">The expression's range.</param>
/// <param name="Expression">The expression as written.</param>
public sealed record ArithmeticExpansionPart(TextSpan Span, TextSpan ExpressionSpan, string Expression) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [];
}

/// <summary>The <c>(a b c)</c> value of an array assignment such as <c>a=(1 2 3)</c>.</summary>
/// <param name="Span">From <c>(</c> to <c>)</c>.</param>
/// <param name="Elements">The elements, in order.</param>
public sealed record ArrayLiteralPart(TextSpan Span, ImmutableArray<Word> Elements) : WordPart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Elements;
}
