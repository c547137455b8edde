using CsCheck;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Tests.Shell;

public class ShellParserPropertyTests
{
    /// <summary>Pieces of shell, broken and whole, to glue together at random.</summary>
    private static readonly string[] Fragments =
    [
        " ", "  ", "\t", "\n", "\r\n", "\r", "\\", "\\\n", ";", ";;", ";&", "&", "&&", "|", "||", "|&", "(", ")", "((", "))",
        "{ ", " }", "[[ ", " ]]", "<", ">", ">>", "2>&1", "&>", "<<<", "<<EOF\n", "<<-'EOF'\n", "EOF\n", "\tEOF\n", "{fd}>",
        "'", "\"", "`", "$", "$(", "${", "${x:-", "${#", "}", "$((", "$[", "]", "$'", "$\"", "<(", ">(", "a=(", "a[1]=",
        "#", "# c\n", "#!/bin/bash\n", "if ", "then ", "elif ", "else ", "fi", "case x in ", "a) ", "esac", "for i in 1 2; ",
        "for ((i=0;i<3;i++)); ", "do ", "done", "while ", "until ", "select s in a; ", "function f ", "f() ", "! ", "time ",
        "pip install x", "export X=1 ", "export export Y ", "set -eux ", "set -o xtrace ", "local z=$(date) ", "unset X ",
        "source ${HOMEaigfs}/venv/bin/activate", "%VAR%", "%include <head.h>", "@(a|b)", "~/x", "*", "\0", "\ud800", "é",
        "x", "echo", "=", "+=", "-", "0", "9",
    ];

    private static readonly Gen<string> ShellSoup =
        Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(indexes => string.Concat(indexes.Select(i => Fragments[i])));

    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    private static readonly Gen<string> DeepNesting =
        Gen.Select(Gen.Int[0, Fragments.Length - 1], Gen.Int[0, 400], Gen.Int[0, Fragments.Length - 1], Gen.Int[0, 400])
            .Select((a, n, b, m) => string.Concat(Enumerable.Repeat(Fragments[a], n)) + string.Concat(Enumerable.Repeat(Fragments[b], m)));

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_its_parent_on_shell_like_input()
    {
        ShellSoup.Sample(CheckInvariants, iter: 3000);
    }

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_its_parent_on_arbitrary_text()
    {
        AnyText.Sample(CheckInvariants, iter: 1000);
    }

    [Fact]
    public void Never_throws_on_deep_nesting()
    {
        DeepNesting.Sample(CheckInvariants, iter: 300);
    }

    [Fact]
    public void Never_throws_on_a_very_long_line()
    {
        CheckInvariants("echo " + new string('a', 200_000) + " \"" + new string('$', 100_000));
    }

    [Fact]
    public void Static_values_of_plain_words_round_trip()
    {
        var plain = Gen.Char["abcXYZ019-_./=:,+@%^~"].Array[1, 40].Select(chars => new string(chars));
        plain.Sample(word =>
        {
            var argument = Assert.Single(ShellParser.Parse("echo " + word).Commands).Command.Arguments.Single();
            Assert.Equal(word, argument.StaticValue);
            Assert.Equal(word, argument.Text);
            Assert.Equal(word, argument.Normalized);
        }, iter: 1000);
    }

    [Fact]
    public void Static_values_of_quoted_words_round_trip()
    {
        // Any text survives the two ways a script quotes it: '...' with '\'' for quotes, and "..." with
        // backslashes before \ " $ and `.
        Gen.Char.Array[0, 60].Select(chars => new string(chars)).Sample(value =>
        {
            var single = "'" + value.Replace("'", "'\\''") + "'";
            var doubled = "\"" + string.Concat(value.Select(c => c is '\\' or '"' or '$' or '`' ? "\\" + c : c.ToString())) + "\"";
            foreach (var quoted in new[] { single, doubled })
            {
                var script = ShellParser.Parse("echo " + quoted);
                Assert.Empty(script.Errors);
                var argument = script.Commands[0].Command.Arguments.Single();
                Assert.Equal(value, argument.StaticValue);
                Assert.Equal(quoted, argument.Text);
            }
        }, iter: 1000);
    }

    [Fact]
    public void Blanking_lines_to_spaces_keeps_the_other_offsets()
    {
        // The ecFlow layer hands over text of the same length with directive lines blanked.
        const string original = "%include <head.h>\nexport model=aigfs\n%comment\nnotes\n%end\npip install %EXTRA% x\n%include <tail.h>\n";
        var blanked = string.Join('\n', original.Split('\n').Select(l => l.StartsWith('%') ? new string(' ', l.Length) : l));
        Assert.Equal(original.Length, blanked.Length);
        var script = ShellParser.Parse(blanked);
        var pip = script.FindCommands("pip").Single().Command;
        Assert.Equal(original.IndexOf("pip", StringComparison.Ordinal), pip.Span.Start);
        Assert.Equal("%EXTRA%", pip.Arguments[1].StaticValue);
        Assert.Equal(["export", "notes", "pip"], script.Commands.Select(c => c.Command.StaticName));
    }

    private static void CheckInvariants(string text)
    {
        var script = ShellParser.Parse(text);
        Assert.Same(text, script.Text);
        foreach (var error in script.Errors) AssertInside(error.Span, new TextSpan(0, text.Length), "error");
        foreach (var comment in script.Comments)
        {
            AssertInside(comment.Span, new TextSpan(0, text.Length), "comment");
            Assert.Equal(text.Substring(comment.Span.Start, comment.Span.Length), comment.Text);
        }
        foreach (var doc in script.HereDocuments)
        {
            AssertInside(doc.BodySpan, new TextSpan(0, text.Length), "here-document body");
            AssertInside(doc.OperatorSpan, new TextSpan(0, text.Length), "here-document operator");
        }
        CheckNode(script.Root, new TextSpan(0, text.Length));
        for (var i = 1; i < script.Commands.Length; i++)
            Assert.True(script.Commands[i - 1].Command.Span.Start <= script.Commands[i].Command.Span.Start, "commands out of order");
        foreach (var occurrence in script.Commands)
        {
            Assert.NotEmpty(occurrence.Ancestors);
            _ = occurrence.Command.Name?.Normalized;
            _ = occurrence.Command.Name?.StaticValue;
        }
        foreach (var e in script.VariableEvents) AssertInside(e.Span, new TextSpan(0, text.Length), "variable event");
        foreach (var o in script.SetOptions) AssertInside(o.Span, new TextSpan(0, text.Length), "set option");
    }

    private static void CheckNode(ShellNode node, TextSpan parent)
    {
        AssertInside(node.Span, parent, node.GetType().Name);
        var previousEnd = node.Span.Start;
        foreach (var child in node.GetChildren())
        {
            Assert.True(child.Span.Start >= previousEnd,
                $"{child.GetType().Name} {child.Span} overlaps its previous sibling (ends {previousEnd}) in {node.GetType().Name} {node.Span}");
            previousEnd = child.Span.End;
            CheckNode(child, node.Span);
        }
        if (node is Word word)
        {
            _ = word.Normalized;
            _ = word.TryGetStaticValue(out _);
        }
    }

    private static void AssertInside(TextSpan span, TextSpan outer, string what) =>
        Assert.True(span.Start >= outer.Start && span.End <= outer.End, $"{what} {span} is outside {outer}");
}
