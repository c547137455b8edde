namespace VenvLsp.Text;

/// <summary>A problem a parser found in its input. Parsers never throw on bad input: they return a
/// tree plus a list of these. <see cref="Span"/> is relative to the text the parser was given.</summary>
public sealed record SyntaxError(TextSpan Span, string Message);
