using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Tests.Shell;

/// <summary>Helpers shared by the shell parser tests.</summary>
internal static class ShellTestSupport
{
    /// <summary>Parses text the tests consider valid bash: fails on any syntax error.</summary>
    public static ShellScript ParseValid(string text)
    {
        var script = ShellParser.Parse(text);
        Assert.True(script.Errors.IsEmpty, $"unexpected errors in {text}: {string.Join("; ", script.Errors.Select(e => $"{e.Span} {e.Message}"))}");
        return script;
    }

    /// <summary>Every simple command in walk order, each as its normalized words (assignments first),
    /// joined by " ; ". Compact enough for table tests.</summary>
    public static string RenderCommands(ShellScript script) =>
        string.Join(" ; ", script.Commands.Select(c => Render(c.Command)));

    public static string Render(SimpleCommand command) =>
        string.Join(" ", command.Assignments.Select(a => $"{a.Name}{(a.IsAppend ? "+=" : "=")}{a.Value.Normalized}")
            .Concat(command.Words.Select(w => w.Normalized)));

    /// <summary>The only word of the only command of <paramref name="text"/>.</summary>
    public static Word OnlyWord(string text)
    {
        var script = ShellParser.Parse(text);
        var command = Assert.Single(script.Commands).Command;
        Assert.Empty(command.Arguments);
        return command.Name!;
    }

    /// <summary>The first argument of the only top-level command of <c>echo WORD</c>.</summary>
    public static Word EchoArgument(string word)
    {
        var script = ShellParser.Parse("echo " + word);
        return script.Commands[0].Command.Arguments[0];
    }

    /// <summary>Reads markup where <c>[|</c> and <c>|]</c> mark one span, as in Roslyn's tests.</summary>
    public static (string Text, TextSpan Span) Markup(string markup)
    {
        var start = markup.IndexOf("[|", StringComparison.Ordinal);
        var end = markup.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "markup needs one [| |] pair");
        var text = markup.Remove(end, 2).Remove(start, 2);
        return (text, new TextSpan(start, end - start - 2));
    }

    public static string TextOf(ShellScript script, TextSpan span) => script.Text.Substring(span.Start, span.Length);

    public static string Apply(string text, TextEdit edit) =>
        text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
}
