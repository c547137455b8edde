using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>The operator of a <see cref="Redirection"/>.</summary>
public enum RedirectionOperator
{
    /// <summary><c>&lt;</c></summary>
    Input,
    /// <summary><c>&gt;</c></summary>
    Output,
    /// <summary><c>&gt;&gt;</c></summary>
    Append,
    /// <summary><c>&gt;|</c></summary>
    Clobber,
    /// <summary><c>&lt;&gt;</c></summary>
    ReadWrite,
    /// <summary><c>&lt;&lt;</c></summary>
    HereDocument,
    /// <summary><c>&lt;&lt;-</c></summary>
    HereDocumentStripTabs,
    /// <summary><c>&lt;&lt;&lt;</c></summary>
    HereString,
    /// <summary><c>&lt;&amp;</c></summary>
    DuplicateInput,
    /// <summary><c>&gt;&amp;</c> (also <c>2&gt;&amp;1</c>)</summary>
    DuplicateOutput,
    /// <summary><c>&amp;&gt;</c></summary>
    OutputAndError,
    /// <summary><c>&amp;&gt;&gt;</c></summary>
    AppendOutputAndError,
}

/// <summary>A redirection such as <c>&gt; log</c>, <c>2&gt;&amp;1</c>, <c>{fd}&lt;file</c> or
/// <c>&lt;&lt;EOF</c>.</summary>
/// <param name="Span">From the descriptor (or operator) to the end of the target word.</param>
/// <param name="FileDescriptor">The explicit descriptor number (<c>2</c> in <c>2&gt;&amp;1</c>), or null.</param>
/// <param name="FileDescriptorVariable">The name in <c>{name}&gt;file</c>, or null.</param>
/// <param name="Operator">The operator.</param>
/// <param name="OperatorSpan">The operator alone, without the descriptor.</param>
/// <param name="Target">The word after the operator (for a here-document, its delimiter word); null
/// only when it was missing (a syntax error is reported).</param>
/// <param name="HereDocument">The here-document this operator opens, for <c>&lt;&lt;</c> and <c>&lt;&lt;-</c>.</param>
public sealed record Redirection(
    TextSpan Span,
    int? FileDescriptor,
    string? FileDescriptorVariable,
    RedirectionOperator Operator,
    TextSpan OperatorSpan,
    Word? Target,
    HereDocument? HereDocument) : ShellNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Target is null ? [] : [Target];
}
