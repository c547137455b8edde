using CsCheck;
using VenvLsp.Python;
using VenvLsp.Text;

namespace VenvLsp.Tests.Python;

public class ActivateScriptPropertyTests
{
    private static readonly Gen<string> Script = PropertyGenerators.TextFrom(
        "VIRTUAL_ENV=", "export ", "declare -x ", "VIRTUAL_ENV", "deactivate () {", "function deactivate {", "}", "{", "\n", "\r\n",
        " ", "\t", "'", "\"", "$'", "$(", "${", "`", ")", "(", ";", ";;", "&&", "|", "\\", "\\\n", "#", "<<EOF\n", "EOF\n", "<<-", ">",
        "if ", "then ", "fi", "case x in", "esac", "/p", "${HOMEaigfs}/venv");

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        Script.Sample(text =>
        {
            var scan = ActivateScript.Scan(text);
            foreach (var assignment in scan.Assignments)
            {
                AssertInside(text, assignment.Span);
                Assert.True(assignment.Span.Contains(assignment.NameSpan));
                Assert.True(assignment.Span.Contains(assignment.ValueSpan));
                Assert.Equal(text.Substring(assignment.ValueSpan.Start, assignment.ValueSpan.Length), assignment.ValueText);
                Assert.Equal("VIRTUAL_ENV", text.Substring(assignment.NameSpan.Start, assignment.NameSpan.Length));
            }
            foreach (var export in scan.Exports) AssertInside(text, export);
            if (scan.Deactivate is { } definition)
            {
                AssertInside(text, definition.Span);
                Assert.True(definition.Span.Contains(definition.HeaderSpan));
            }
            foreach (var error in scan.Errors) AssertInside(text, error.Span);
        }, iter: 3000);
    }

    [Fact]
    public void Scans_deeply_nested_and_very_long_input()
    {
        foreach (var text in new[]
                 {
                     string.Concat(Enumerable.Repeat("\"$(", 50_000)), string.Concat(Enumerable.Repeat("${", 50_000)),
                     string.Concat(Enumerable.Repeat("{ ", 50_000)), "VIRTUAL_ENV=" + new string('a', 200_000),
                     string.Concat(Enumerable.Repeat("cat <<EOF\n", 10_000)),
                 })
        {
            var scan = ActivateScript.Scan(text);
            foreach (var error in scan.Errors) AssertInside(text, error.Span);
        }
    }

    [Fact]
    public void Reads_many_assignments_on_one_line_in_linear_time()
    {
        var text = "  " + string.Concat(Enumerable.Repeat("VIRTUAL_ENV=a ", 40_000)) + "\nVIRTUAL_ENV=b";
        var assignments = ActivateScript.FindVirtualEnvAssignments(text);
        Assert.Equal(40_001, assignments.Length);
        Assert.True(assignments[0].IsIndented);
        Assert.False(assignments[1].StartsLine);
        Assert.True(assignments[^1].NameAtLineStart);
    }

    private static void AssertInside(string text, TextSpan span) =>
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{span} outside a text of {text.Length}");
}
