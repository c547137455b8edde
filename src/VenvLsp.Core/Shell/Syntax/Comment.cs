using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A <c>#</c> comment. <see cref="Text"/> starts with the <c>#</c> and runs to the end of the
/// line, without the line break (and without a carriage return before it).</summary>
/// <param name="Span">From the <c>#</c> to the end of the line.</param>
/// <param name="Text">The comment as written, <c>#</c> included.</param>
public sealed record Comment(TextSpan Span, string Text);
