using VenvLsp.Ecflow;
using VenvLsp.Text;

namespace VenvLsp.Tests.Ecflow;

public class EcfBlockTests
{
    [Theory]
    [InlineData("comment", EcfBlockKind.Comment)]
    [InlineData("manual", EcfBlockKind.Manual)]
    [InlineData("nopp", EcfBlockKind.Nopp)]
    public void Reads_a_block_from_its_start_to_its_end(string word, EcfBlockKind kind)
    {
        var text = $"echo a\n%{word}\nbody line\n%end\necho b\n";
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        var block = Assert.Single(document.Blocks);
        Assert.Equal(kind, block.Kind);
        Assert.Equal($"%{word}", Slice(text, block.StartSpan));
        Assert.Equal("%end", Slice(text, block.EndSpan!.Value));
        Assert.Equal($"%{word}\nbody line\n%end", Slice(text, block.Span));
        Assert.False(block.IsNested);
    }

    [Fact]
    public void Lists_manual_and_comment_sections_for_an_outline()
    {
        const string text = "%manual\nWhat this task does.\n%end\n%comment\nnotes\n%end - ecf user variables\n%nopp\necho 50%\n%end\n";
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        Assert.Equal("%manual\nWhat this task does.\n%end", Slice(text, Assert.Single(document.ManualSections)));
        Assert.Equal("%comment\nnotes\n%end - ecf user variables", Slice(text, Assert.Single(document.CommentSections)));
        Assert.Equal(3, document.Blocks.Length);
    }

    [Theory]
    [InlineData("%comment\nx\n", "'%comment' has no matching '%end'")]
    [InlineData("%manual\nx\n", "'%manual' has no matching '%end'")]
    [InlineData("%nopp\nx\n", "'%nopp' has no matching '%end'")]
    public void Reports_a_block_without_end(string text, string message)
    {
        var document = EcfParser.Parse(text);
        var error = Assert.Single(document.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(0, error.Span.Start);
        var block = Assert.Single(document.Blocks);
        Assert.Null(block.EndSpan);
        Assert.Equal(text.Length, block.Span.End);
    }

    [Theory]
    [InlineData("echo a\n%end\n")]
    [InlineData("%comment\n%end\n%end\n")]
    public void Reports_a_stray_end(string text)
    {
        var error = Assert.Single(EcfParser.Parse(text).Errors);
        Assert.Contains("without an open", error.Message);
        Assert.Equal("%end", text.Substring(error.Span.Start, error.Span.Length));
    }

    [Theory]
    [InlineData("%comment\n%manual\n%end\n%end\n", "'%manual' inside '%comment'")]
    [InlineData("%manual\n%comment\n%end\n%end\n", "'%comment' inside '%manual'")]
    [InlineData("%nopp\n%nopp\n%end\n%end\n", "'%nopp' inside '%nopp'")]
    [InlineData("%nopp\n%comment\n%end\n%end\n", "'%comment' inside '%nopp'")]
    [InlineData("%comment\n%nopp\n%end\n%end\n", "'%nopp' inside '%comment'")]
    public void Reports_a_nested_block_once(string text, string message)
    {
        var document = EcfParser.Parse(text);
        Assert.Contains(message, Assert.Single(document.Errors).Message);
        Assert.Equal(2, document.Blocks.Length);
        Assert.Single(document.Blocks, b => b.IsNested);
    }

    [Fact]
    public void Takes_nothing_but_end_for_a_directive_inside_nopp()
    {
        const string text = "%nopp\n%include <head.h>\n%foo\ndate +%Y%m%d\necho 100%\n%end\n";
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        Assert.Empty(document.Includes);
        Assert.Empty(document.Variables);
        Assert.Equal(new[] { EcfDirectiveKind.Nopp, EcfDirectiveKind.End }, document.Directives.Select(d => d.Kind));
    }

    [Fact]
    public void Records_includes_inside_comment_and_manual_as_outside_the_job()
    {
        var document = EcfParser.Parse("%manual\n%include <manual.h>\n%end\n%include <head.h>\n");
        Assert.Empty(document.Errors);
        Assert.Equal(EcfBlockKind.Manual, document.Includes[0].EnclosingBlock);
        Assert.False(document.Includes[0].IsInJob);
        Assert.True(document.Includes[1].IsInJob);
    }

    [Fact]
    public void Does_not_check_the_text_of_comment_and_manual_blocks()
    {
        const string text = "%manual\n  The run takes 50% of the node.\n%whatever the manual says\n  date +%Y\n%end\n";
        var document = EcfParser.Parse(text);
        Assert.Empty(document.Errors);
        Assert.Empty(document.Variables);
    }

    [Fact]
    public void Honours_ecfmicro_inside_a_manual_as_ecFlow_does()
    {
        var document = EcfParser.Parse("%manual\n%ecfmicro ^\n^end\n^include <head.h>\n");
        Assert.Empty(document.Errors);
        Assert.Single(document.Blocks);
        Assert.Equal("head.h", Assert.Single(document.Includes).Target);
    }

    [Theory]
    [InlineData("%end - ecf user variables")]
    [InlineData("%end\t# closes the manual")]
    [InlineData("%end;")]
    public void Accepts_text_after_a_block_word(string endLine)
    {
        var document = EcfParser.Parse("%manual\nx\n" + endLine + "\n");
        Assert.Empty(document.Errors);
        Assert.NotNull(Assert.Single(document.Blocks).EndSpan);
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
