using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>The blocks that run from a start directive to <c>%end</c>.</summary>
public enum EcfBlockKind
{
    /// <summary><c>%comment</c> ... <c>%end</c>: not part of the job.</summary>
    Comment,

    /// <summary><c>%manual</c> ... <c>%end</c>: not part of the job; the task's manual page.</summary>
    Manual,

    /// <summary><c>%nopp</c> ... <c>%end</c>: part of the job, but not pre-processed (a <c>%</c> is literal).</summary>
    Nopp,
}

/// <summary>
/// A <c>%comment</c>, <c>%manual</c> or <c>%nopp</c> block.
/// </summary>
/// <param name="Kind">The block's kind.</param>
/// <param name="StartSpan">The start directive's line, without its line break.</param>
/// <param name="EndSpan">The <c>%end</c> line, without its line break; null when the block is never closed (an error).</param>
/// <param name="Span">From the start of the start line to the end of the <c>%end</c> line (or of the text when unclosed).</param>
/// <param name="IsNested">True when the block started inside another block: ecFlow rejects that, and it is reported.</param>
public sealed record EcfBlock(EcfBlockKind Kind, TextSpan StartSpan, TextSpan? EndSpan, TextSpan Span, bool IsNested);
