using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A compound command, with the redirections written after it (<c>while ...; done &lt; file</c>).
/// Its span runs from its first keyword to its closing word or last redirection.</summary>
public abstract record CompoundCommand(TextSpan Span, ImmutableArray<Redirection> Redirections) : ShellCommand(Span)
{
    /// <summary>The children of the command itself, before its redirections.</summary>
    protected abstract IEnumerable<ShellNode> GetBodyChildren();

    /// <inheritdoc />
    public sealed override IEnumerable<ShellNode> GetChildren() => GetBodyChildren().Concat(Redirections);
}

/// <summary><c>( commands )</c>: runs in a child shell.</summary>
public sealed record Subshell(TextSpan Span, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary><c>{ commands; }</c></summary>
public sealed record BraceGroup(TextSpan Span, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary>The <c>if</c> or an <c>elif</c> branch of an <see cref="IfCommand"/>.</summary>
public sealed record IfClause(TextSpan Span, CommandList Condition, CommandList Body) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [Condition, Body];
}

/// <summary><c>if c; then a; elif d; then b; else e; fi</c>: one clause for the <c>if</c> and one per
/// <c>elif</c>.</summary>
public sealed record IfCommand(TextSpan Span, ImmutableArray<IfClause> Clauses, CommandList? ElseBody, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() =>
        ElseBody is null ? Clauses : Clauses.Cast<ShellNode>().Append(ElseBody);
}

/// <summary>How a case item ends.</summary>
public enum CaseTerminator
{
    /// <summary>Nothing (the last item before <c>esac</c>).</summary>
    None,
    /// <summary><c>;;</c></summary>
    Break,
    /// <summary><c>;&amp;</c>: fall through to the next body.</summary>
    FallThrough,
    /// <summary><c>;;&amp;</c>: go on testing the next patterns.</summary>
    Continue,
}

/// <summary><c>pattern | pattern) commands ;;</c></summary>
public sealed record CaseItem(TextSpan Span, ImmutableArray<Word> Patterns, CommandList Body, CaseTerminator Terminator) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Patterns.Cast<ShellNode>().Append(Body);
}

/// <summary><c>case word in ... esac</c></summary>
public sealed record CaseCommand(TextSpan Span, Word? Subject, ImmutableArray<CaseItem> Items, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() =>
        Subject is null ? Items : Items.Cast<ShellNode>().Prepend(Subject);
}

/// <summary><c>for name in words; do ...; done</c> or, when <see cref="IsSelect"/>, <c>select</c>.
/// Without an <c>in</c> clause (<see cref="HasInClause"/> false) the loop runs over <c>"$@"</c>.
/// The body may also be a <c>{ }</c> group: <see cref="Body"/> is then the group's list.</summary>
public sealed record ForCommand(
    TextSpan Span, bool IsSelect, string Variable, TextSpan VariableSpan, bool HasInClause, ImmutableArray<Word> Items,
    CommandList Body, ImmutableArray<Redirection> Redirections) : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => Items.Cast<ShellNode>().Append(Body);
}

/// <summary><c>for ((init; condition; step)); do ...; done</c>. The expressions are kept as text.</summary>
public sealed record ArithmeticForCommand(
    TextSpan Span, TextSpan ExpressionSpan, string Expression, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary><c>while condition; do ...; done</c>, or <c>until</c> when <see cref="IsUntil"/>.</summary>
public sealed record WhileCommand(
    TextSpan Span, bool IsUntil, CommandList Condition, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Condition, Body];
}

/// <summary><c>(( expression ))</c>. The expression is kept as text.</summary>
public sealed record ArithmeticCommand(TextSpan Span, TextSpan ExpressionSpan, string Expression, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [];
}

/// <summary><c>[[ expression ]]</c>: the words between the brackets, operators (<c>&amp;&amp;</c>,
/// <c>(</c>, <c>&lt;</c>) included as literal words. It is not a simple command.</summary>
public sealed record ConditionalCommand(TextSpan Span, ImmutableArray<Word> Words, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => Words;
}

/// <summary><c>name() body</c>, <c>function name body</c> or <c>function name() body</c>. The body
/// is normally a <see cref="BraceGroup"/>; its commands run only when the function is called.</summary>
public sealed record FunctionDefinition(TextSpan Span, string Name, TextSpan NameSpan, ShellCommand? Body, bool HasFunctionKeyword)
    : ShellCommand(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Body is null ? [] : [Body];
}
