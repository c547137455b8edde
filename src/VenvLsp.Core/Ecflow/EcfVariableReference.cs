using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>
/// A <c>%VAR%</c> or <c>%VAR:default%</c> reference that ecFlow substitutes when it makes the job.
/// </summary>
/// <param name="Span">From the opening to the closing directive character, both included.</param>
/// <param name="Name">The variable's name (before the first <c>:</c>).</param>
/// <param name="NameSpan">Where <see cref="Name"/> is.</param>
/// <param name="Default">The text after the first <c>:</c>, used when the variable is not defined; null without a <c>:</c>.</param>
/// <param name="DefaultSpan">Where <see cref="Default"/> is; null without a <c>:</c>.</param>
public sealed record EcfVariableReference(TextSpan Span, string Name, TextSpan NameSpan, string? Default, TextSpan? DefaultSpan);
