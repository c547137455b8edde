using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A compound command, with the redirections written after it (<c>while ...; done &lt; file</c>).
/// Its span runs from its first keyword to its closing word or last redirection.</summary>
/// <param name="Span">From the first keyword to the closing word or last redirection.</param>
/// <param name="Redirections">Redirections written after the command.</param>
public abstract record CompoundCommand(TextSpan Span, ImmutableArray<Redirection> Redirections) : ShellCommand(Span)
{
    /// <summary>The children of the command itself, before its redirections.</summary>
    protected abstract IEnumerable<ShellNode> GetBodyChildren();

    /// <inheritdoc />
    public sealed override IEnumerable<ShellNode> GetChildren() => GetBodyChildren().Concat(Redirections);
}

/// <summary><c>( commands )</c>: runs in a child shell.</summary>
/// <param name="Span">From <c>(</c> to <c>)</c> and any redirections.</param>
/// <param name="Body">The commands inside.</param>
/// <param name="Redirections">Redirections written after <c>)</c>.</param>
public sealed record Subshell(TextSpan Span, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary><c>{ commands; }</c></summary>
/// <param name="Span">From <c>{</c> to <c>}</c> and any redirections.</param>
/// <param name="Body">The commands inside.</param>
/// <param name="Redirections">Redirections written after <c>}</c>.</param>
public sealed record BraceGroup(TextSpan Span, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary>The <c>if</c> or an <c>elif</c> branch of an <see cref="IfCommand"/>.</summary>
/// <param name="Span">From <c>if</c> or <c>elif</c> to the end of the branch.</param>
/// <param name="Condition">The commands tested.</param>
/// <param name="Body">The commands after <c>then</c>.</param>
public sealed record IfClause(TextSpan Span, CommandList Condition, CommandList Body) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [Condition, Body];
}

/// <summary><c>if c; then a; elif d; then b; else e; fi</c>: one clause for the <c>if</c> and one per
/// <c>elif</c>.</summary>
/// <param name="Span">From <c>if</c> to <c>fi</c> and any redirections.</param>
/// <param name="Clauses">The <c>if</c> clause and one per <c>elif</c>.</param>
/// <param name="ElseBody">The commands after <c>else</c>, or null.</param>
/// <param name="Redirections">Redirections written after <c>fi</c>.</param>
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
/// <param name="Span">From the first pattern to the terminator.</param>
/// <param name="Patterns">The patterns, as words.</param>
/// <param name="Body">The commands of the item.</param>
/// <param name="Terminator">How the item ends.</param>
public sealed record CaseItem(TextSpan Span, ImmutableArray<Word> Patterns, CommandList Body, CaseTerminator Terminator) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Patterns.Cast<ShellNode>().Append(Body);
}

/// <summary><c>case word in ... esac</c></summary>
/// <param name="Span">From <c>case</c> to <c>esac</c> and any redirections.</param>
/// <param name="Subject">The word tested; null only when missing (a syntax error).</param>
/// <param name="Items">The items, in order.</param>
/// <param name="Redirections">Redirections written after <c>esac</c>.</param>
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
/// <param name="Span">From <c>for</c> or <c>select</c> to <c>done</c> and any redirections.</param>
/// <param name="IsSelect">True for <c>select</c>.</param>
/// <param name="Variable">The loop variable's name.</param>
/// <param name="VariableSpan">The loop variable as written.</param>
/// <param name="HasInClause">True when an <c>in</c> list is written.</param>
/// <param name="Items">The words after <c>in</c>.</param>
/// <param name="Body">The commands of the loop.</param>
/// <param name="Redirections">Redirections written after <c>done</c>.</param>
public sealed record ForCommand(
    TextSpan Span, bool IsSelect, string Variable, TextSpan VariableSpan, bool HasInClause, ImmutableArray<Word> Items,
    CommandList Body, ImmutableArray<Redirection> Redirections) : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => Items.Cast<ShellNode>().Append(Body);
}

/// <summary><c>for ((init; condition; step)); do ...; done</c>. The expressions are kept as text.</summary>
/// <param name="Span">From <c>for</c> to <c>done</c> and any redirections.</param>
/// <param name="ExpressionSpan">The text between <c>((</c> and <c>))</c>.</param>
/// <param name="Expression">That text.</param>
/// <param name="Body">The commands of the loop.</param>
/// <param name="Redirections">Redirections written after <c>done</c>.</param>
public sealed record ArithmeticForCommand(
    TextSpan Span, TextSpan ExpressionSpan, string Expression, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Body];
}

/// <summary><c>while condition; do ...; done</c>, or <c>until</c> when <see cref="IsUntil"/>.</summary>
/// <param name="Span">From <c>while</c> or <c>until</c> to <c>done</c> and any redirections.</param>
/// <param name="IsUntil">True for <c>until</c>.</param>
/// <param name="Condition">The commands tested.</param>
/// <param name="Body">The commands of the loop.</param>
/// <param name="Redirections">Redirections written after <c>done</c>.</param>
public sealed record WhileCommand(
    TextSpan Span, bool IsUntil, CommandList Condition, CommandList Body, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [Condition, Body];
}

/// <summary><c>(( expression ))</c>. The expression is kept as text.</summary>
/// <param name="Span">From <c>((</c> to <c>))</c> and any redirections.</param>
/// <param name="ExpressionSpan">The text between <c>((</c> and <c>))</c>.</param>
/// <param name="Expression">That text.</param>
/// <param name="Redirections">Redirections written after <c>))</c>.</param>
public sealed record ArithmeticCommand(TextSpan Span, TextSpan ExpressionSpan, string Expression, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => [];
}

/// <summary><c>[[ expression ]]</c>: the words between the brackets, operators (<c>&amp;&amp;</c>,
/// <c>(</c>, <c>&lt;</c>) included as literal words. It is not a simple command.</summary>
/// <param name="Span">From <c>[[</c> to <c>]]</c> and any redirections.</param>
/// <param name="Words">The words between the brackets.</param>
/// <param name="Redirections">Redirections written after <c>]]</c>.</param>
public sealed record ConditionalCommand(TextSpan Span, ImmutableArray<Word> Words, ImmutableArray<Redirection> Redirections)
    : CompoundCommand(Span, Redirections)
{
    /// <inheritdoc />
    protected override IEnumerable<ShellNode> GetBodyChildren() => Words;
}

/// <summary><c>name() body</c>, <c>function name body</c> or <c>function name() body</c>. The body
/// is normally a <see cref="BraceGroup"/>; its commands run only when the function is called.</summary>
/// <param name="Span">From <c>function</c> or the name to the end of the body.</param>
/// <param name="Name">The function name.</param>
/// <param name="NameSpan">The name as written.</param>
/// <param name="Body">The body; null only when missing (a syntax error).</param>
/// <param name="HasFunctionKeyword">True for the <c>function name</c> forms.</param>
public sealed record FunctionDefinition(TextSpan Span, string Name, TextSpan NameSpan, ShellCommand? Body, bool HasFunctionKeyword)
    : ShellCommand(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Body is null ? [] : [Body];
}
