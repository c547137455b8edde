using System.Collections.Immutable;

namespace VenvLsp.Shell;

/// <summary>Navigation helpers over syntax trees.</summary>
public static class ShellTree
{
    /// <summary>The nodes from <paramref name="root"/> (included) down to <paramref name="target"/>
    /// (excluded); empty when the target is not below the root (or is the root).</summary>
    /// <remarks>Relies on the tree invariant: a child's span lies inside its parent's, and siblings do
    /// not overlap, so at most one child can hold a non-empty target.</remarks>
    public static ImmutableArray<ShellNode> PathTo(ShellNode root, ShellNode target)
    {
        var path = ImmutableArray.CreateBuilder<ShellNode>();
        var node = root;
        while (!ReferenceEquals(node, target))
        {
            path.Add(node);
            ShellNode? next = null;
            foreach (var child in node.GetChildren())
            {
                if (ReferenceEquals(child, target)) { next = child; break; }
                if (next is null && child.Span.Contains(target.Span) && (!target.Span.IsEmpty || child.Span.Contains(target.Span.Start))) next = child;
            }
            if (next is null) return [];
            node = next;
        }
        return path.ToImmutable();
    }
}
