using VenvLsp.Ecflow;

namespace VenvLsp.Tests.Ecflow;

public class EcfVariableTests
{
    [Fact]
    public void Reads_variables_defaults_and_literal_percents_with_spans()
    {
        const string text = "export ECF_PORT=%ECF_PORT:31415%\nprintf %%02d %HOUR%\n";
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        var port = document.Variables[0];
        Assert.Equal("%ECF_PORT:31415%", text.Substring(port.Span.Start, port.Span.Length));
        Assert.Equal("ECF_PORT", port.Name);
        Assert.Equal("ECF_PORT", text.Substring(port.NameSpan.Start, port.NameSpan.Length));
        Assert.Equal("31415", port.Default);
        Assert.Equal("31415", text.Substring(port.DefaultSpan!.Value.Start, port.DefaultSpan.Value.Length));

        var hour = document.Variables[1];
        Assert.Equal("HOUR", hour.Name);
        Assert.Null(hour.Default);
        Assert.Null(hour.DefaultSpan);

        var literal = Assert.Single(document.LiteralPercents);
        Assert.Equal("%%", text.Substring(literal.Start, literal.Length));
    }

    [Theory]
    [InlineData("date +%%Y%%m%%d")]
    [InlineData("echo %A%%B%")]
    [InlineData("var=\"%VAR: # fred%  # %fred\"")]
    [InlineData("echo done # 100%")]
    [InlineData("# 50% of the work is done")]
    [InlineData("#PBS -l walltime=%WALLTIME:01:00:00%")]
    [InlineData("echo %VAR:fred --f%")]
    [InlineData("echo %a.b%")]
    [InlineData("echo no percent at all")]
    public void Does_not_report_balanced_or_forgiven_lines(string line) =>
        Assert.Empty(EcfParser.Parse(line + "\n").Errors);

    [Theory]
    [InlineData("date +%Y%m%d", "%", 10)]
    [InlineData("echo 100%", "%", 8)]
    [InlineData("echo %A%%", "%", 8)]
    [InlineData("echo %VAR", "%", 5)]
    public void Reports_an_unbalanced_percent(string line, string squiggled, int at)
    {
        var error = Assert.Single(EcfParser.Parse(line + "\n").Errors);
        Assert.Contains("Unbalanced '%'", error.Message);
        Assert.Equal(at, error.Span.Start);
        Assert.Equal(squiggled, line.Substring(error.Span.Start, error.Span.Length));
    }

    [Theory]
    [InlineData("date +%Y-%m-%d%H", "%Y-%")]
    [InlineData("printf \"%-10s %s\\n\" a b", "%-10s %")]
    [InlineData("# 10% to 20% of nodes", "% to 20%")]
    public void Reports_a_reference_that_cannot_name_a_variable(string line, string squiggled)
    {
        var error = Assert.Single(EcfParser.Parse(line).Errors);
        Assert.Contains("is not an ecFlow variable", error.Message);
        Assert.Equal(squiggled, line.Substring(error.Span.Start, error.Span.Length));
    }

    [Fact]
    public void Accepts_a_strange_name_when_a_default_stands_in()
    {
        var document = EcfParser.Parse("echo %not a name:fallback%\n");
        Assert.Empty(document.Errors);
        Assert.Equal("fallback", Assert.Single(document.Variables).Default);
    }

    [Fact]
    public void Does_not_pre_process_nopp_content()
    {
        var document = EcfParser.Parse("%nopp\necho \"char like % can be used here\"\ndate +%Y.%m.%d\n%end\necho \"otherwise\"\ndate +%%Y.%%m.%%d\n");
        Assert.Empty(document.Errors);
        Assert.Empty(document.Variables);
        Assert.Equal(3, document.LiteralPercents.Length);
    }
}
