using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>Anything that can stand in a command list: a simple command, a pipeline, an and-or list,
/// a compound command or a function definition.</summary>
/// <param name="Span">The command's range in the original text.</param>
public abstract record ShellCommand(TextSpan Span) : ShellNode(Span);

/// <summary>How an item of a <see cref="CommandList"/> ends.</summary>
public enum ListSeparator
{
    /// <summary>Nothing: the last item before a closing word, or the end of the text.</summary>
    None,
    /// <summary><c>;</c></summary>
    Semicolon,
    /// <summary><c>&amp;</c>: run in the background.</summary>
    Ampersand,
    /// <summary>A line break.</summary>
    Newline,
}

/// <summary>A sequence of commands: a script, the body of a compound command, the inside of
/// <c>$(...)</c>. An empty list has an empty span where its commands would be.</summary>
/// <param name="Span">From the first item to the last (empty, where the commands would be, for an empty list).</param>
/// <param name="Items">The commands, in order.</param>
public sealed record CommandList(TextSpan Span, ImmutableArray<ListItem> Items) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Items;
}

/// <summary>One command of a list, with its separator (whose span is included for <c>;</c> and <c>&amp;</c>).</summary>
/// <param name="Span">The command and its <c>;</c> or <c>&amp;</c> separator.</param>
/// <param name="Command">The command (a simple command, pipeline, and-or list, compound command or function).</param>
/// <param name="Separator">What ends the item.</param>
public sealed record ListItem(TextSpan Span, ShellCommand Command, ListSeparator Separator) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => [Command];
}

/// <summary><c>&amp;&amp;</c> or <c>||</c>.</summary>
public enum AndOrOperator
{
    /// <summary><c>&amp;&amp;</c></summary>
    And,
    /// <summary><c>||</c></summary>
    Or,
}

/// <summary><c>a &amp;&amp; b || c</c>: <see cref="Operators"/>[i] stands between <see cref="Commands"/>[i]
/// and [i + 1]. Only built for two commands or more.</summary>
/// <param name="Span">From the first command to the last.</param>
/// <param name="Commands">Two or more commands.</param>
/// <param name="Operators">One operator fewer than commands.</param>
public sealed record AndOrList(TextSpan Span, ImmutableArray<ShellCommand> Commands, ImmutableArray<AndOrOperator> Operators)
    : ShellCommand(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Commands;
}

/// <summary><c>|</c> or <c>|&amp;</c> (which also pipes standard error).</summary>
public enum PipeOperator
{
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>|&amp;</c></summary>
    PipeWithError,
}

/// <summary><c>a | b</c>, <c>! a</c>, <c>time a | b</c>. Only built for two commands or more, or with
/// <c>!</c> or <c>time</c>; a single plain command stands alone.</summary>
/// <param name="Span">From <c>!</c> or <c>time</c> (when present) to the last command.</param>
/// <param name="Commands">The commands, left to right.</param>
/// <param name="Operators">One operator fewer than commands.</param>
/// <param name="IsNegated">True after <c>!</c>.</param>
/// <param name="IsTimed">True after <c>time</c>.</param>
public sealed record Pipeline(
    TextSpan Span, ImmutableArray<ShellCommand> Commands, ImmutableArray<PipeOperator> Operators, bool IsNegated, bool IsTimed)
    : ShellCommand(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Commands;
}

/// <summary>A simple command: assignments, a name, arguments and redirections, in any order the
/// shell allows (<c>X=1 &gt;log cmd arg 2&gt;&amp;1</c>).</summary>
/// <param name="Span">From the first word or redirection to the last (here-document bodies excluded).</param>
/// <param name="Assignments">Assignments before the name. With a name they apply to that command only.</param>
/// <param name="Name">The command name; null for a command of assignments and redirections only.</param>
/// <param name="Arguments">The words after the name, in order (declaration arguments such as the
/// <c>X=1</c> of <c>export X=1</c> are words here; see <see cref="ShellScript.VariableEvents"/>).</param>
/// <param name="Redirections">The redirections, in order, wherever they stand among the words.</param>
public sealed record SimpleCommand(
    TextSpan Span,
    ImmutableArray<Assignment> Assignments,
    Word? Name,
    ImmutableArray<Word> Arguments,
    ImmutableArray<Redirection> Redirections) : ShellCommand(Span)
{
    /// <summary>The static value of <see cref="Name"/>, or null when there is no name or it has an expansion.</summary>
    public string? StaticName => Name?.StaticValue;

    /// <summary>True when the name is statically <paramref name="name"/> (quotes removed).</summary>
    public bool IsNamed(string name) => Name is not null && Name.TryGetStaticValue(out var value) && value == name;

    /// <summary>The name followed by the arguments.</summary>
    public IEnumerable<Word> Words => Name is null ? Arguments : Arguments.Prepend(Name);

    /// <summary>The index of the first argument whose static value is <paramref name="value"/>, or -1.</summary>
    public int IndexOfArgument(string value)
    {
        for (var i = 0; i < Arguments.Length; i++)
            if (Arguments[i].TryGetStaticValue(out var v) && v == value) return i;
        return -1;
    }

    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren()
    {
        var nodes = new List<ShellNode>(Assignments.Length + Arguments.Length + Redirections.Length + 1);
        nodes.AddRange(Assignments);
        if (Name is not null) nodes.Add(Name);
        nodes.AddRange(Arguments);
        nodes.AddRange(Redirections);
        if (Redirections.Length > 0 || Assignments.Length > 0) nodes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return nodes;
    }

    /// <summary>The command as written (without here-document bodies).</summary>
    public override string ToString()
    {
        var source = Name?.Source
            ?? (Assignments.Length > 0 ? Assignments[0].Value.Source : null)
            ?? (Redirections.Length > 0 ? Redirections[0].Target?.Source : null);
        return source?.Substring(Span.Start, Span.Length) ?? "";
    }
}
