using VenvLsp.Text;

namespace VenvLsp.Fixes;

/// <summary>Edits on whole lines that keep the file's line endings.</summary>
public static class LineEdits
{
    /// <summary>Deletes lines <paramref name="first"/>..<paramref name="last"/> with their line breaks. When
    /// they are the last lines of a file without a final newline, the line break before them goes
    /// instead, so the file still ends the way it did.</summary>
    public static TextEdit DeleteLines(SourceText text, int first, int last)
    {
        var start = text.GetLineSpanIncludingBreak(first).Start;
        var end = text.GetLineSpanIncludingBreak(last).End;
        var endsWithBreak = end > start && text[end - 1] is '\n' or '\r';
        if (!endsWithBreak && first > 0)
            start = text.GetLineSpan(first - 1).End;
        return TextEdit.Delete(TextSpan.FromBounds(start, end));
    }

    /// <summary>Inserts a line before line <paramref name="line"/>, with the file's line break.</summary>
    public static TextEdit InsertLineBefore(SourceText text, int line, string content) =>
        TextEdit.Insert(text.GetLineSpanIncludingBreak(line).Start, content + text.NewLine);

    /// <summary>Inserts a line after line <paramref name="line"/>, adding a line break before it when the
    /// line is the last and has none.</summary>
    public static TextEdit InsertLineAfter(SourceText text, int line, string content)
    {
        var span = text.GetLineSpanIncludingBreak(line);
        var hasBreak = span.Length > 0 && text[span.End - 1] is '\n' or '\r';
        return hasBreak
            ? TextEdit.Insert(span.End, content + text.NewLine)
            : TextEdit.Insert(span.End, text.NewLine + content);
    }

    /// <summary>Appends a line at the end of the file, keeping whether the file ends with a line break.</summary>
    public static TextEdit AppendLine(SourceText text, string content)
    {
        if (text.Length == 0) return TextEdit.Insert(0, content + text.NewLine);
        return text.EndsWithNewline
            ? TextEdit.Insert(text.Length, content + text.NewLine)
            : TextEdit.Insert(text.Length, text.NewLine + content);
    }

    /// <summary>The leading whitespace of a line.</summary>
    public static string IndentOf(SourceText text, int line)
    {
        var content = text.GetLineText(line);
        var length = 0;
        while (length < content.Length && content[length] is ' ' or '\t') length++;
        return content[..length];
    }
}
