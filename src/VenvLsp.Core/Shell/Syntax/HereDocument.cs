using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>A here-document (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, <c>&lt;&lt;'EOF'</c>). Its body is
/// data, never commands: nothing inside it is parsed.</summary>
/// <param name="OperatorSpan">The <c>&lt;&lt;</c> or <c>&lt;&lt;-</c> operator.</param>
/// <param name="DelimiterSpan">The delimiter word as written (with its quotes).</param>
/// <param name="Delimiter">The delimiter with quotes removed: the text that ends the body.</param>
/// <param name="IsQuoted">True when any part of the delimiter was quoted or escaped: the body is then
/// taken literally by the shell (no expansions).</param>
/// <param name="StripsTabs">True for <c>&lt;&lt;-</c>: leading tabs are removed from body lines and
/// from the closing delimiter line.</param>
public sealed record HereDocument(
    TextSpan OperatorSpan, TextSpan DelimiterSpan, string Delimiter, bool IsQuoted, bool StripsTabs)
{
    /// <summary>The body: from the line after the operator's command line up to (not including) the
    /// closing delimiter line. Set by the parser before <see cref="ShellParser.Parse"/> returns.</summary>
    public TextSpan BodySpan { get; internal set; } = new(DelimiterSpan.End, 0);

    /// <summary>The closing delimiter line (without its line break), or null when the body runs to
    /// the end of the text (a syntax error is reported then).</summary>
    public TextSpan? EndSpan { get; internal set; }

    /// <summary>True when the closing delimiter line was found.</summary>
    public bool IsTerminated => EndSpan is not null;
}
