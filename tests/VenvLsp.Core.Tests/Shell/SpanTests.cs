using VenvLsp.Shell;
using VenvLsp.Text;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

/// <summary>Spans are exact positions in the original text: fixes are built from them.</summary>
public class SpanTests
{
    [Theory]
    [InlineData("pip [|install|] -r req.txt")]
    [InlineData("\"${venv}/bin/pip\" [|install|] x")]
    [InlineData("x=$(pip [|install|] y)")]
    [InlineData("pip \\\n    [|install|] \\\n    -r req.txt")]
    [InlineData("if true; then\n  pip [|install|] x | tee log\nfi")]
    [InlineData("pip [|install|] x\r\n")]
    public void Inserting_after_a_word_uses_its_exact_end(string markup)
    {
        var (text, span) = Markup(markup);
        var script = ParseValid(text);
        var install = script.Commands.Single(c => c.Command.IndexOfArgument("install") == 0).Command.Arguments[0];
        Assert.Equal(span, install.Span);
        var fixedText = Apply(text, TextEdit.Insert(install.Span.End, " --no-cache-dir"));
        var reparsed = ParseValid(fixedText).Commands.Single(c => c.Command.IndexOfArgument("install") == 0).Command;
        Assert.Equal("--no-cache-dir", reparsed.Arguments[1].StaticValue);
    }

    [Fact]
    public void Command_spans_run_from_the_first_word_to_the_last_without_here_document_bodies()
    {
        var (text, span) = Markup("if a; then\n  [|X=1 cat <<EOF > out 2>&1|]\nbody\nEOF\nfi");
        var script = ParseValid(text);
        Assert.Equal(span, script.FindCommands("cat").Single().Command.Span);
    }

    [Fact]
    public void Nested_commands_are_positioned_in_the_original_text()
    {
        var (text, span) = Markup("echo \"$(date) `[|pip list|]`\"");
        Assert.Equal(span, ParseValid(text).FindCommands("pip").Single().Command.Span);
    }

    [Fact]
    public void Parts_have_exact_spans()
    {
        var (text, span) = Markup("source \"[|${HOMEaigfs}|]\"/venv/bin/activate");
        var word = ParseValid(text).Commands[0].Command.Arguments[0];
        var quoted = Assert.IsType<DoubleQuotedPart>(word.Parts[0]);
        Assert.Equal(span, quoted.Parts[0].Span);
        Assert.Equal("/venv/bin/activate", TextOf(ParseValid(text), word.Parts[1].Span));
    }

    [Fact]
    public void Assignment_and_name_spans_are_exact()
    {
        var (text, span) = Markup("X=0 export [|PIP_NO_CACHE_DIR=1|]");
        var script = ParseValid(text);
        var exported = script.VariableEvents.Single(e => e.Name == "PIP_NO_CACHE_DIR");
        Assert.Equal(span, exported.Span);
        var prefix = Assert.Single(script.Commands[0].Command.Assignments);
        Assert.Equal("X", TextOf(script, prefix.NameSpan));
        Assert.Equal("0", TextOf(script, prefix.Value.Span));
        Assert.Equal("X=0", TextOf(script, prefix.Span));
    }

    [Fact]
    public void Function_names_and_redirection_operators_have_exact_spans()
    {
        var script = ParseValid("build_venv() { make 2>&1; }");
        var function = Assert.IsType<FunctionDefinition>(script.Root.Items[0].Command);
        Assert.Equal("build_venv", TextOf(script, function.NameSpan));
        var redirection = script.Commands[0].Command.Redirections[0];
        Assert.Equal(">&", TextOf(script, redirection.OperatorSpan));
        Assert.Equal("2>&1", TextOf(script, redirection.Span));
    }

    [Fact]
    public void Carriage_returns_before_line_feeds_are_not_part_of_words()
    {
        var script = ParseValid("set -x\r\nexport X=1\r\npip install x\r\n");
        Assert.Equal(["set", "export", "pip"], script.Commands.Select(c => c.Command.StaticName));
        Assert.Equal("x", script.Commands[2].Command.Arguments[1].StaticValue);
        Assert.True(script.HasOptionEnabled("xtrace"));
        Assert.Equal("1", script.ValueBefore("X", script.Text.Length)!.StaticValue);
    }

    [Fact]
    public void A_lone_carriage_return_is_an_ordinary_character()
    {
        var script = ParseValid("echo a\rb");
        Assert.Equal("a\rb", script.Commands[0].Command.Arguments[0].StaticValue);
    }

    [Theory]
    [InlineData("echo a # note", "# note")]
    [InlineData("# venvlsp: disable=VENV204 -- reason\npip install x", "# venvlsp: disable=VENV204 -- reason")]
    [InlineData("echo a;# note", "# note")]
    [InlineData("x=(a # note\n b)", "# note")]
    [InlineData("echo a # note\r\n", "# note")]
    [InlineData("case $x in # note\n a) ;; esac", "# note")]
    public void Records_comments_with_exact_spans(string text, string comment)
    {
        var script = ParseValid(text);
        var found = Assert.Single(script.Comments);
        Assert.Equal(comment, found.Text);
        Assert.Equal(comment, TextOf(script, found.Span));
    }

    [Theory]
    [InlineData("echo a#b")]
    [InlineData("echo ${#x} $# ${x#a}")]
    [InlineData("echo '# no' \"# no\"")]
    [InlineData("cat <<EOF\n# no\nEOF")]
    [InlineData("echo \\# no")]
    public void A_hash_inside_a_word_string_or_here_document_is_no_comment(string text)
    {
        Assert.Empty(ParseValid(text).Comments);
    }
}
