namespace VenvLsp.Python;

/// <summary>Line splitting shared by the metadata parsers: lines end at "\r\n", "\n" or "\r".</summary>
internal static class TextLines
{
    /// <summary>Reads the line at <paramref name="position"/>: its content is [start, end) and
    /// <paramref name="position"/> moves past its line break. False at the end of the text.</summary>
    public static bool Next(string text, ref int position, out int start, out int end)
    {
        start = position;
        end = position;
        if (position >= text.Length) return false;
        var i = text.AsSpan(position).IndexOfAny('\n', '\r');
        if (i < 0)
        {
            end = text.Length;
            position = text.Length;
            return true;
        }
        end = position + i;
        position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return true;
    }
}
