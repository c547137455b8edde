using System.Collections.Immutable;

namespace VenvLsp.Shell;

/// <summary>Where a simple command stands. Flags combine: a command in a function, inside an
/// <c>if</c> branch, in a pipeline has all three.</summary>
[Flags]
public enum CommandContext
{
    /// <summary>A plain top-level command: it runs (unless an earlier one exits), in this shell.</summary>
    None = 0,
    /// <summary>Inside a function body: runs only when the function is called.</summary>
    InFunction = 1 << 0,
    /// <summary>In the condition list of <c>if</c>, <c>elif</c>, <c>while</c> or <c>until</c>.</summary>
    InCondition = 1 << 1,
    /// <summary>In a <c>then</c>/<c>elif</c>/<c>else</c> branch or a <c>case</c> item: may not run.</summary>
    InBranch = 1 << 2,
    /// <summary>In a <c>for</c>, <c>select</c>, <c>while</c> or <c>until</c> loop.</summary>
    InLoop = 1 << 3,
    /// <summary>Inside <c>( ... )</c>: runs in a child shell.</summary>
    InSubshell = 1 << 4,
    /// <summary>An element of a pipeline of two commands or more (each runs in a child shell in bash).</summary>
    InPipeline = 1 << 5,
    /// <summary>Inside <c>$(...)</c>, backticks or a process substitution <c>&lt;(...)</c>.</summary>
    InCommandSubstitution = 1 << 6,
    /// <summary>Part of an <c>&amp;&amp;</c> / <c>||</c> list (any position in it).</summary>
    InAndOrList = 1 << 7,
    /// <summary>Run in the background with <c>&amp;</c>.</summary>
    InBackground = 1 << 8,
    /// <summary>In a pipeline negated with <c>!</c>.</summary>
    Negated = 1 << 9,
}

/// <summary>A simple command found by the walk of a script, with where it stands.</summary>
public sealed record CommandOccurrence
{
    private readonly CommandList _root;

    internal CommandOccurrence(SimpleCommand command, int index, string? functionName, CommandContext context, CommandList root)
    {
        Command = command;
        Index = index;
        FunctionName = functionName;
        Context = context;
        _root = root;
    }

    /// <summary>The command.</summary>
    public SimpleCommand Command { get; }

    /// <summary>Its position in <see cref="ShellScript.Commands"/> (document order, by start offset): the
    /// commands after it in the file are those with a greater index.</summary>
    public int Index { get; }

    /// <summary>The innermost enclosing function's name, or null.</summary>
    public string? FunctionName { get; }

    /// <summary>Flags describing the enclosing constructs.</summary>
    public CommandContext Context { get; }

    /// <summary>The node directly around the command (a list item, a pipeline, a word of another
    /// command...).</summary>
    public ShellNode Parent => Ancestors[^1];

    /// <summary>The nodes that enclose the command, outermost (the script's list) first. Computed on
    /// each call by a descent from the root, so that the walk that finds commands allocates none of it.</summary>
    public ImmutableArray<ShellNode> Ancestors => ShellTree.PathTo(_root, Command);

    /// <summary>True when every flag of <paramref name="context"/> is set.</summary>
    public bool Is(CommandContext context) => (Context & context) == context;

    /// <summary>True when the command may be skipped on a normal run: it sits in a condition, a branch,
    /// a loop, or an <c>&amp;&amp;</c>/<c>||</c> list (where the first command always runs, but this
    /// flag does not tell it apart: see <see cref="Ancestors"/>).</summary>
    public bool IsConditional =>
        (Context & (CommandContext.InCondition | CommandContext.InBranch | CommandContext.InLoop | CommandContext.InAndOrList)) != 0;

    /// <summary>True when the command runs in a child shell: variables it sets do not reach the script.</summary>
    public bool IsInChildShell =>
        (Context & (CommandContext.InSubshell | CommandContext.InPipeline | CommandContext.InCommandSubstitution | CommandContext.InBackground)) != 0;

    /// <summary>The command as written.</summary>
    public override string ToString() => Command.ToString();
}
