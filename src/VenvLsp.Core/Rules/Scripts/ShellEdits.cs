using VenvLsp.Fixes;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Scripts;

/// <summary>Edits that keep a script valid: whole lines before or after the statement a command is in
/// (so an <c>&amp;&amp;</c> chain or a continued line is never split), indented like it.</summary>
public static class ShellEdits
{
    /// <summary>The statement (a list item: the command with its <c>&amp;&amp;</c>/<c>||</c>/pipe partners)
    /// that holds a command. A command in an <c>if</c>/<c>while</c> condition gives the whole compound.</summary>
    public static TextSpan StatementOf(CommandOccurrence occurrence)
    {
        var items = occurrence.Ancestors.OfType<ListItem>().ToList();
        if (items.Count == 0) return occurrence.Command.Span;
        var item = occurrence.Is(CommandContext.InCondition) ? items[0] : items[^1];
        return item.Command.Span;
    }

    public static TextEdit InsertLineBefore(SourceText text, CommandOccurrence occurrence, string line)
    {
        var statement = StatementOf(occurrence);
        var index = text.GetLineIndex(statement.Start);
        return LineEdits.InsertLineBefore(text, index, LineEdits.IndentOf(text, index) + line);
    }

    public static TextEdit InsertLineAfter(SourceText text, CommandOccurrence occurrence, string line)
    {
        var statement = StatementOf(occurrence);
        var first = text.GetLineIndex(statement.Start);
        var last = text.GetLineIndex(Math.Max(statement.Start, statement.End - 1));
        return LineEdits.InsertLineAfter(text, last, LineEdits.IndentOf(text, first) + line);
    }

    /// <summary>The span from a command's start to the end of one of its words (where findings point).</summary>
    public static TextSpan Through(SimpleCommand command, Word word) => TextSpan.FromBounds(command.Span.Start, Math.Max(command.Span.Start, word.Span.End));
}
