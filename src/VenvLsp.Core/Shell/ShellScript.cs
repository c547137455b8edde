using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A parsed shell script: its syntax tree, errors, comments, here-documents, and the facts
/// rules ask about (commands in context, variable events, <c>set</c> options).</summary>
/// <remarks>
/// All facts are a static, flow-insensitive view of the text: "before" means "earlier in the text",
/// whatever branches, loops and function calls do at run time. An event inside a child shell (a
/// subshell, a command substitution, a pipeline element, a background command) only counts inside it;
/// a prefix assignment <c>X=1 cmd</c> only counts for <c>cmd</c>; <c>local</c> (and <c>declare</c> in a
/// function) only inside the function. What the environment brings in from outside the file is unknown.
/// </remarks>
public sealed class ShellScript
{
    internal ShellScript(
        string text, CommandList root, ImmutableArray<SyntaxError> errors, ImmutableArray<Comment> comments,
        ImmutableArray<HereDocument> hereDocuments)
    {
        Text = text;
        Root = root;
        Errors = errors;
        Comments = comments;
        HereDocuments = hereDocuments;
        var walk = ScriptWalker.Walk(root);
        Commands = walk.Commands;
        Functions = walk.Functions;
        VariableEvents = walk.VariableEvents;
        SetOptions = walk.SetOptions;
        CompoundCommands = walk.CompoundCommands;
    }

    /// <summary>The text that was parsed; every span indexes it.</summary>
    public string Text { get; }

    /// <summary>The top-level command list.</summary>
    public CommandList Root { get; }

    /// <summary>Syntax errors, in the order found.</summary>
    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary>Every <c>#</c> comment (the <c>#!</c> line included), in document order.</summary>
    public ImmutableArray<Comment> Comments { get; }

    /// <summary>Every here-document, in the order of their operators.</summary>
    public ImmutableArray<HereDocument> HereDocuments { get; }

    /// <summary>Every simple command in document order (by start offset), wherever it stands: in lists,
    /// pipelines, compound commands, function bodies, <c>$(...)</c>, backticks and process
    /// substitutions. Not in comments, quoted strings or here-document bodies; <c>[[ ]]</c> and
    /// <c>(( ))</c> are not simple commands.</summary>
    public ImmutableArray<CommandOccurrence> Commands { get; }

    private ImmutableArray<ShellNode> _nodes;

    /// <summary>Every node of the tree, in document order (made once, on first use): rules that look for
    /// one kind of node anywhere (parameter expansions, case items) filter this list.</summary>
    public ImmutableArray<ShellNode> AllNodes
    {
        get
        {
            if (_nodes.IsDefault) ImmutableInterlocked.InterlockedInitialize(ref _nodes, [.. Root.DescendantsAndSelf()]);
            return _nodes;
        }
    }

    /// <summary>Every compound command (<c>if</c>, loops, <c>case</c>, <c>[[ ]]</c>, groups...), outer
    /// before inner, including those in command substitutions.</summary>
    public ImmutableArray<CompoundCommand> CompoundCommands { get; }

    /// <summary>Every function definition, in document order.</summary>
    public ImmutableArray<FunctionDefinition> Functions { get; }

    /// <summary>Assignments, exports, unexports and unsets, in document order.</summary>
    public ImmutableArray<VariableEvent> VariableEvents { get; }

    /// <summary>Options turned on or off with <c>set</c>, in document order.</summary>
    public ImmutableArray<SetOptionEvent> SetOptions { get; }

    /// <summary>The <c>#!</c> line when the text starts with one.</summary>
    public Comment? Shebang =>
        Comments.Length > 0 && Comments[0].Span.Start == 0 && Comments[0].Text.StartsWith("#!", StringComparison.Ordinal)
            ? Comments[0]
            : null;

    /// <summary>The commands whose name is statically <paramref name="name"/>, in document order.</summary>
    public IEnumerable<CommandOccurrence> FindCommands(string name) => Commands.Where(c => c.Command.IsNamed(name));

    /// <summary>The occurrence of <paramref name="command"/> (a node of this script), or null.</summary>
    public CommandOccurrence? FindOccurrence(SimpleCommand command)
    {
        var low = 0;
        var high = Commands.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var start = Commands[mid].Command.Span.Start;
            if (start < command.Span.Start) low = mid + 1;
            else if (start > command.Span.Start) high = mid - 1;
            else
            {
                // Several commands may share a start only when some are empty; look around.
                for (var i = mid; i >= 0 && Commands[i].Command.Span.Start == start; i--)
                    if (ReferenceEquals(Commands[i].Command, command)) return Commands[i];
                for (var i = mid + 1; i < Commands.Length && Commands[i].Command.Span.Start == start; i++)
                    if (ReferenceEquals(Commands[i].Command, command)) return Commands[i];
                return null;
            }
        }
        return null;
    }

    /// <summary>The innermost simple command whose span contains <paramref name="offset"/>, or null.</summary>
    public CommandOccurrence? CommandAt(int offset)
    {
        CommandOccurrence? best = null;
        foreach (var occurrence in Commands)
        {
            if (occurrence.Command.Span.Start > offset) break;
            if (occurrence.Command.Span.Contains(offset)) best = occurrence;
        }
        return best;
    }

    /// <summary>True when <paramref name="offset"/> lies in a here-document body.</summary>
    public bool IsInHereDocument(int offset) => HereDocuments.Any(d => d.BodySpan.Contains(offset));

    /// <summary>True when <paramref name="name"/> is exported at <paramref name="offset"/>, going by the
    /// events before it in the text (see the remarks on <see cref="ShellScript"/>): an export with or
    /// without a value, not undone by a later <c>export -n</c> or <c>unset</c>. A prefix assignment
    /// counts only inside its own command.</summary>
    public bool IsExportedBefore(string name, int offset)
    {
        var exported = false;
        foreach (var e in VariableEvents)
        {
            if (e.Name != name || !e.AppliesAt(offset)) continue;
            exported = e.Kind switch
            {
                VariableEventKind.Exported => true,
                VariableEventKind.Unexported or VariableEventKind.Unset => false,
                _ => exported,
            };
        }
        return exported;
    }

    /// <summary>True when <paramref name="name"/> is in the environment of <paramref name="command"/>:
    /// exported before it, or assigned as its prefix (<c>X=1 cmd</c>).</summary>
    public bool IsExportedFor(string name, SimpleCommand command) =>
        IsExportedBefore(name, command.Name?.Span.Start ?? command.Span.End);

    /// <summary>The last event before <paramref name="offset"/> that gave <paramref name="name"/> a
    /// value (see the remarks on <see cref="ShellScript"/>); null when there is none, or when an
    /// <c>unset</c> came after it.</summary>
    public VariableEvent? LastAssignmentBefore(string name, int offset)
    {
        VariableEvent? last = null;
        foreach (var e in VariableEvents)
        {
            if (e.Name != name || !e.AppliesAt(offset)) continue;
            if (e.Kind == VariableEventKind.Unset) last = null;
            else if (e.SetsValue) last = e;
        }
        return last;
    }

    /// <summary>The word last assigned to <paramref name="name"/> before <paramref name="offset"/>, or
    /// null (none, unset since, or not known, as for a loop variable).</summary>
    public Word? ValueBefore(string name, int offset) => LastAssignmentBefore(name, offset)?.Value;

    /// <summary>True when the last <c>set</c> of option <paramref name="name"/> (a long name such as
    /// <c>xtrace</c> or <c>errexit</c>) before <paramref name="offset"/> turned it on.</summary>
    public bool IsOptionEnabledBefore(string name, int offset)
    {
        var enabled = false;
        foreach (var e in SetOptions)
            if (e.Name == name && e.AppliesAt(offset)) enabled = e.IsEnabled;
        return enabled;
    }

    /// <summary>True when option <paramref name="name"/> (a long name) is turned on anywhere in the script.</summary>
    public bool HasOptionEnabled(string name) => SetOptions.Any(e => e.Name == name && e.IsEnabled);
}
