namespace VenvLsp.Text;

/// <summary>Replace <see cref="Span"/> of a text with <see cref="NewText"/>. An empty span inserts.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int offset, string text) => new(new TextSpan(offset, 0), text);
    public static TextEdit Delete(TextSpan span) => new(span, "");
    public static TextEdit Replace(TextSpan span, string text) => new(span, text);
}
