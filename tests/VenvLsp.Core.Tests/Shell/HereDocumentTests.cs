using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class HereDocumentTests
{
    [Fact]
    public void A_here_document_body_is_data_not_commands()
    {
        var script = ParseValid("cat > req.txt <<EOF\npip install x\nnumpy==1.0\nEOF\necho after\n");
        Assert.Equal("cat ; echo after", RenderCommands(script));
        var doc = Assert.Single(script.HereDocuments);
        Assert.Equal("EOF", doc.Delimiter);
        Assert.False(doc.IsQuoted);
        Assert.False(doc.StripsTabs);
        Assert.Equal("pip install x\nnumpy==1.0\n", TextOf(script, doc.BodySpan));
        Assert.Equal("EOF", TextOf(script, doc.EndSpan!.Value));
        Assert.Equal("<<", TextOf(script, doc.OperatorSpan));
        Assert.True(script.IsInHereDocument(script.Text.IndexOf("pip", StringComparison.Ordinal)));
        Assert.Same(doc, script.Commands[0].Command.Redirections.Single(r => r.HereDocument is not null).HereDocument);
    }

    [Theory]
    [InlineData("cat <<'EOF'\nbody\nEOF\n", "EOF", true)]
    [InlineData("cat <<\"EOF\"\nbody\nEOF\n", "EOF", true)]
    [InlineData("cat <<\\EOF\nbody\nEOF\n", "EOF", true)]
    [InlineData("cat <<E\"O\"F\nbody\nEOF\n", "EOF", true)]
    [InlineData("cat << EOF\nbody\nEOF\n", "EOF", false)]
    [InlineData("cat <<END_OF_REQS\nbody\nEND_OF_REQS", "END_OF_REQS", false)]
    public void Reads_the_delimiter_and_whether_it_was_quoted(string text, string delimiter, bool quoted)
    {
        var doc = Assert.Single(ParseValid(text).HereDocuments);
        Assert.Equal(delimiter, doc.Delimiter);
        Assert.Equal(quoted, doc.IsQuoted);
        Assert.True(doc.IsTerminated);
    }

    [Fact]
    public void A_dash_here_document_ends_at_a_tab_indented_delimiter()
    {
        var script = ParseValid("if a; then\n\tcat <<-EOF\n\tpip install x\n\tEOF\nfi\nb");
        var doc = Assert.Single(script.HereDocuments);
        Assert.True(doc.StripsTabs);
        Assert.Equal("\tpip install x\n", TextOf(script, doc.BodySpan));
        Assert.Equal("a ; cat ; b", RenderCommands(script));
    }

    [Fact]
    public void A_plain_here_document_does_not_end_at_an_indented_delimiter()
    {
        var script = ShellParser.Parse("cat <<EOF\n  EOF\npip install x\n");
        Assert.Equal("cat", RenderCommands(script));
        Assert.False(script.HereDocuments[0].IsTerminated);
        Assert.Single(script.Errors);
    }

    [Fact]
    public void Reads_several_here_documents_opened_on_one_line_in_order()
    {
        var script = ParseValid("paste <<A <<B; echo after\n1\nA\n2\nB\necho next");
        Assert.Equal(["A", "B"], script.HereDocuments.Select(d => d.Delimiter));
        Assert.Equal(["1\n", "2\n"], script.HereDocuments.Select(d => TextOf(script, d.BodySpan)));
        Assert.Equal("paste ; echo after ; echo next", RenderCommands(script));
    }

    [Fact]
    public void The_body_starts_after_the_whole_command_line()
    {
        var script = ParseValid("cat <<EOF | grep x &&\nbody\nEOF\n  echo ok");
        Assert.Equal("cat ; grep x ; echo ok", RenderCommands(script));
        Assert.Equal("body\n", TextOf(script, script.HereDocuments[0].BodySpan));
    }

    [Fact]
    public void A_here_document_inside_a_command_substitution_is_read()
    {
        var script = ParseValid("reqs=$(cat <<EOF\npip install x\nEOF\n)\necho \"$reqs\"");
        Assert.Equal("reqs=$(cat <<EOF\npip install x\nEOF) ; cat ; echo ${reqs}", RenderCommands(script));
        Assert.Equal("pip install x\n", TextOf(script, script.HereDocuments[0].BodySpan));
    }

    [Fact]
    public void A_here_string_is_not_a_here_document()
    {
        var script = ParseValid("grep x <<< \"pip install y\"");
        Assert.Empty(script.HereDocuments);
        Assert.Equal("grep x", RenderCommands(script));
    }

    [Fact]
    public void Accepts_a_delimiter_line_ending_in_crlf()
    {
        var script = ParseValid("cat <<EOF\r\nbody\r\nEOF\r\necho after\r\n");
        Assert.Equal("cat ; echo after", RenderCommands(script));
        Assert.Equal("EOF", TextOf(script, script.HereDocuments[0].EndSpan!.Value));
    }

    [Fact]
    public void Reports_a_here_document_that_runs_to_the_end()
    {
        var script = ShellParser.Parse("cat <<EOF\npip install x\n");
        var error = Assert.Single(script.Errors);
        Assert.Contains("EOF", error.Message);
        Assert.Equal(script.HereDocuments[0].OperatorSpan, error.Span);
        Assert.Equal("pip install x\n", TextOf(script, script.HereDocuments[0].BodySpan));
        Assert.Null(script.HereDocuments[0].EndSpan);
    }

    [Fact]
    public void Reports_a_here_document_without_a_line_after_it()
    {
        var script = ShellParser.Parse("cat <<EOF");
        Assert.Single(script.Errors);
        Assert.True(script.HereDocuments[0].BodySpan.IsEmpty);
    }
}
