using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A variable assignment: <c>X=1</c>, <c>X+=more</c>, <c>a[2]=x</c>, <c>a=(1 2 3)</c>; either
/// before a command name (see <see cref="SimpleCommand.Assignments"/>) or as the argument of a
/// declaration command such as <c>export X=1</c>.</summary>
/// <param name="Span">The whole assignment word.</param>
/// <param name="Name">The variable name.</param>
/// <param name="NameSpan">The name alone.</param>
/// <param name="Subscript">The index in <c>a[i]=x</c>, or null.</param>
/// <param name="IsAppend">True for <c>+=</c>.</param>
/// <param name="Value">The value after <c>=</c>; an empty word (no parts) for <c>X=</c>. An array value
/// is a single <see cref="ArrayLiteralPart"/>.</param>
public sealed record Assignment(TextSpan Span, string Name, TextSpan NameSpan, Word? Subscript, bool IsAppend, Word Value)
    : ShellNode(Span)
{
    /// <summary>True for an array value such as <c>a=(1 2 3)</c>.</summary>
    public bool IsArray => Value.Parts.Length == 1 && Value.Parts[0] is ArrayLiteralPart;

    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren()
    {
        if (Subscript is not null) yield return Subscript;
        yield return Value;
    }

    /// <summary>The assignment as written.</summary>
    public override string ToString() => Value.Source.Substring(Span.Start, Span.Length);
}
