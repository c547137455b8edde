using System.Collections.Immutable;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// The nodes around many commands at once, found in one walk of the script. <see cref="CommandOccurrence.Ancestors"/>
/// descends from the root for each command, which is linear per command and so quadratic for a rule that asks it of
/// every ex-script call of a long J-job.
/// </summary>
public static class CommandAncestors
{
    /// <summary>The ancestors of each target (outermost first, as <see cref="CommandOccurrence.Ancestors"/> gives them).</summary>
    public static Dictionary<SimpleCommand, ImmutableArray<ShellNode>> Of(ShellScript script, IReadOnlyCollection<SimpleCommand> targets)
    {
        var result = new Dictionary<SimpleCommand, ImmutableArray<ShellNode>>(ReferenceEqualityComparer.Instance);
        if (targets.Count == 0) return result;
        var wanted = new HashSet<SimpleCommand>(targets, ReferenceEqualityComparer.Instance);
        // Only subtrees that hold a target are entered: spans nest, so a target lies in every node above it.
        var starts = targets.Select(t => t.Span.Start).Order().ToArray();
        var path = new List<ShellNode>();
        // An explicit stack: deeply nested (broken) scripts must not overflow the thread's stack.
        var stack = new Stack<(ShellNode Node, bool Leaving)>();
        stack.Push((script.Root, false));
        while (stack.Count > 0 && result.Count < wanted.Count)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                path.RemoveAt(path.Count - 1);
                continue;
            }
            if (node is SimpleCommand command && wanted.Contains(command)) result[command] = [.. path];
            if (node is Word { ContainsCommands: false } or LiteralPart) continue;
            path.Add(node);
            stack.Push((node, true));
            var children = node.GetChildren().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
                if (HoldsStart(starts, children[i].Span)) stack.Push((children[i], false));
        }
        return result;
    }

    private static bool HoldsStart(int[] starts, TextSpan span)
    {
        var index = Array.BinarySearch(starts, span.Start);
        if (index < 0) index = ~index;
        return index < starts.Length && (starts[index] < span.End || starts[index] == span.Start);
    }

    /// <summary>The statement a command is in, as <see cref="Scripts.ShellEdits.StatementOf"/> gives it: the innermost list
    /// item, or the outermost for a command in a condition.</summary>
    public static TextSpan StatementOf(CommandOccurrence occurrence, ImmutableArray<ShellNode> ancestors)
    {
        ListItem? first = null, last = null;
        foreach (var node in ancestors)
        {
            if (node is not ListItem item) continue;
            first ??= item;
            last = item;
        }
        if (last is null) return occurrence.Command.Span;
        return occurrence.Is(CommandContext.InCondition) ? first!.Command.Span : last.Command.Span;
    }
}
