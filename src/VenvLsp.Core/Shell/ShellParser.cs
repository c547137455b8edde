namespace VenvLsp.Shell;

/// <summary>Parses bash/ksh scripts as written in operational packages.</summary>
public static class ShellParser
{
    /// <summary>Parses <paramref name="text"/>. Never throws: syntax problems are in
    /// <see cref="ShellScript.Errors"/>, and the parse goes on after each of them.</summary>
    /// <remarks>Every span in the result is a position in <paramref name="text"/>. Text of the same
    /// length with some lines blanked to spaces (as the ecFlow layer hands over) keeps its offsets;
    /// <c>%VAR%</c> stays in words as ordinary characters. CRLF line ends are read as line breaks
    /// (bash itself would keep the carriage return in the last word of each line).</remarks>
    public static ShellScript Parse(string text)
    {
        text ??= "";
        var parser = new ShellSyntaxParser(text);
        var root = parser.ParseScript();
        return new ShellScript(text, root, parser.Errors, parser.Comments, parser.HereDocuments);
    }
}
