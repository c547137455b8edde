using VenvLsp.Text;
using LspPosition = VenvLsp.LanguageServer.Protocol.Position;
using LspRange = VenvLsp.LanguageServer.Protocol.Range;

namespace VenvLsp.LanguageServer.Conversion;

/// <summary>How the client counts characters in a line: UTF-16 code units (the LSP default) or UTF-8 bytes.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
}

/// <summary>Converts between the engine's offsets and LSP positions in the negotiated encoding.</summary>
public static class Positions
{
    public static string Name(this PositionEncoding encoding) => encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16";

    public static LspPosition ToLsp(SourceText text, int offset, PositionEncoding encoding)
    {
        var position = encoding == PositionEncoding.Utf8 ? text.GetUtf8LinePosition(offset) : text.GetLinePosition(offset);
        return new LspPosition(position.Line, position.Character);
    }

    public static LspRange ToLsp(SourceText text, TextSpan span, PositionEncoding encoding) =>
        new(ToLsp(text, span.Start, encoding), ToLsp(text, span.End, encoding));

    /// <summary>The offset of an LSP position; positions beyond the line or the text are clamped.</summary>
    public static int ToOffset(SourceText text, LspPosition position, PositionEncoding encoding)
    {
        var linePosition = new LinePosition(position.Line, position.Character);
        return encoding == PositionEncoding.Utf8 ? text.GetOffsetFromUtf8(linePosition) : text.GetOffset(linePosition);
    }

    public static TextSpan ToSpan(SourceText text, LspRange range, PositionEncoding encoding)
    {
        var start = ToOffset(text, range.Start, encoding);
        var end = ToOffset(text, range.End, encoding);
        return end >= start ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }
}
