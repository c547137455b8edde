using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Tests.Requirements;

public class PipLineReaderTests
{
    private static List<string> Lines(string content) =>
        RequirementsParser.Parse(SourceText.From(content)).Entries.Select(e => e.Line.Text.Trim()).ToList();

    [Fact]
    public void Joins_backslash_continuations_and_keeps_the_first_line_number()
    {
        var file = RequirementsParser.Parse(SourceText.From("# top\nnumpy==1.26.4 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\nscipy\n"));
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal(1, file.Entries[0].Line.FirstLine);
        Assert.Equal(3, file.Entries[0].Line.LastLine);
        Assert.Equal(4, file.Entries[1].Line.FirstLine);
    }

    [Fact]
    public void Accepts_a_backslash_on_the_last_line()
    {
        var file = RequirementsParser.Parse(SourceText.From("numpy==1.0 \\"));
        var entry = Assert.IsType<RequirementEntry>(Assert.Single(file.Entries));
        Assert.Empty(entry.Errors);
        Assert.Equal("numpy==1.0", entry.Text);
    }

    [Fact]
    public void Does_not_continue_a_comment_line_that_ends_in_a_backslash()
    {
        Assert.Equal(["numpy"], Lines("# a comment \\\nnumpy\n"));
    }

    [Theory]
    [InlineData("numpy # pinned below", "numpy")]
    [InlineData("numpy\t# tab before the hash", "numpy")]
    [InlineData("https://host/pkg.tar.gz#egg=pkg", "https://host/pkg.tar.gz#egg=pkg")]
    [InlineData("git+https://h/r.git#egg=r # trailing comment", "git+https://h/r.git#egg=r")]
    [InlineData("pkg#notacomment", "pkg#notacomment")]
    public void Cuts_comments_only_at_the_start_or_after_whitespace(string line, string expected)
    {
        Assert.Equal([expected], Lines(line));
    }

    [Fact]
    public void Records_comments_with_their_place_for_suppressions()
    {
        var file = RequirementsParser.Parse(SourceText.From("numpy  # venvlsp: disable=VENV103 -- reason\n"));
        var comment = Assert.Single(file.Comments);
        Assert.Equal("# venvlsp: disable=VENV103 -- reason", comment.Text);
        Assert.Equal(7, comment.Span.Start);
    }

    [Fact]
    public void Splits_lines_at_every_break_python_splitlines_knows()
    {
        Assert.Equal(["a", "b", "c", "d", "e"], Lines("a\r\nb\rc\fd\u2028e"));
    }

    [Fact]
    public void Maps_positions_through_continuations_back_to_the_file()
    {
        var text = "numpy\\\n==1.26.4\n";
        var file = RequirementsParser.Parse(SourceText.From(text));
        var entry = Assert.IsType<RequirementEntry>(Assert.Single(file.Entries));
        Assert.Equal("numpy==1.26.4", entry.Text);
        Assert.Equal(0, entry.TextSpan.Start);
        Assert.Equal(text.IndexOf("4\n", StringComparison.Ordinal) + 1, entry.TextSpan.End);
    }

    [Fact]
    public void Keeps_positions_after_a_byte_order_mark_and_crlf()
    {
        var text = SourceText.FromBytes("\uFEFFnumpy\r\nscipy\r\n"u8.ToArray());
        var file = RequirementsParser.Parse(text);
        Assert.True(text.HasBom);
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(file.Entries[1].Span.Start));
        Assert.Equal("scipy", text.ToString(file.Entries[1].Span));
    }

    [Fact]
    public void Drops_blank_lines_and_lines_of_whitespace()
    {
        Assert.Equal(["a", "b"], Lines("\n   \n\ta\n\t\n b \n"));
    }
}
