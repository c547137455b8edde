using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A node of a parsed shell script. Every node's <see cref="Span"/> is an exact range of the
/// original text given to <see cref="ShellParser.Parse"/>, and lies inside its parent's span.</summary>
/// <remarks>Here-document bodies are not nodes: a body lies after the line of its operator, outside
/// the command's span (see <see cref="HereDocument"/>).</remarks>
/// <param name="Span">The node's exact range in the original text.</param>
public abstract record ShellNode(TextSpan Span)
{
    /// <summary>The direct children, in document order.</summary>
    public abstract IEnumerable<ShellNode> GetChildren();

    /// <summary>This node and all nodes below it, depth first, in document order.</summary>
    public IEnumerable<ShellNode> DescendantsAndSelf()
    {
        var stack = new Stack<ShellNode>();
        var children = new List<ShellNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            children.Clear();
            children.AddRange(node.GetChildren());
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }
}
