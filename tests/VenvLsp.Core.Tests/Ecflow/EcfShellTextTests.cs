using VenvLsp.Ecflow;

namespace VenvLsp.Tests.Ecflow;

public class EcfShellTextTests
{
    [Fact]
    public void Blanks_directives_and_removed_blocks_but_keeps_line_breaks()
    {
        // (line, stays in the shell text)
        var lines = new (string Line, bool Kept)[]
        {
            ("#!/bin/bash", true),
            ("#PBS -N aigfs_forecast", true),
            ("export model=aigfs", true),
            ("%include <head.h>", false),
            ("%manual", false),
            ("  Runs the forecast.", false),
            ("%end", false),
            ("source ${HOMEaigfs}/venv/bin/activate", true),
            ("%nopp", false),
            ("date +%Y%m%d", true),
            ("%end", false),
            ("${HOMEaigfs}/jobs/JAIGFS_FORECAST %ECF_TRYNO%", true),
            ("%include <tail.h>", false),
        };
        var text = string.Concat(lines.Select(l => l.Line + "\n"));
        var expected = string.Concat(lines.Select(l => (l.Kept ? l.Line : new string(' ', l.Line.Length)) + "\n"));

        var document = EcfParser.Parse(text);
        Assert.Empty(document.Errors);
        Assert.Equal(expected, document.ShellText);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Keeps_every_kind_of_line_break(string newline)
    {
        var text = string.Join(newline, "%include <head.h>", "%comment", "x", "%end", "echo %VAR%", "%include <tail.h>", "");
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        Assert.Equal(text.Length, document.ShellText.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n') Assert.Equal(text[i], document.ShellText[i]);
            else Assert.True(document.ShellText[i] == ' ' || document.ShellText[i] == text[i]);
        }
        Assert.Contains("echo %VAR%", document.ShellText);
        Assert.Equal(2, document.Includes.Length);
        Assert.Equal("tail.h", document.Includes[1].Target);
    }

    [Fact]
    public void Returns_the_input_itself_when_nothing_is_blanked()
    {
        const string text = "#!/bin/bash\nset -x\necho %VAR%\n";
        Assert.Same(text, EcfParser.Parse(text).ShellText);
    }

    [Fact]
    public void Blanks_unknown_directives_so_the_shell_parser_does_not_trip_on_them()
    {
        var document = EcfParser.Parse("%if x\necho\n");
        Assert.Single(document.Errors);
        Assert.Equal("     \necho\n", document.ShellText);
    }

    [Fact]
    public void Keeps_an_indented_directive_because_ecFlow_does_not_pre_process_it()
    {
        Assert.Equal("  %include <head.h>", EcfParser.Parse("  %include <head.h>").ShellText);
    }
}
