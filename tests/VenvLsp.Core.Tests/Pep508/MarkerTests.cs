using VenvLsp.Pep508;
using VenvLsp.Text;

namespace VenvLsp.Tests.Pep508;

public class MarkerTests
{
    private static readonly Dictionary<string, string> Linux311 = new()
    {
        ["python_version"] = "3.11", ["python_full_version"] = "3.11.4", ["os_name"] = "posix", ["sys_platform"] = "linux",
        ["platform_release"] = "5.15.0-91-generic", ["platform_system"] = "Linux", ["platform_version"] = "#101-Ubuntu SMP",
        ["platform_machine"] = "x86_64", ["platform_python_implementation"] = "CPython", ["implementation_name"] = "cpython",
        ["implementation_version"] = "3.11.4", ["extras"] = "", ["dependency_groups"] = "",
    };

    private static MarkerExpression Marker(string text)
    {
        var parsed = Pep508Parser.ParseMarker(text);
        Assert.Empty(parsed.Errors);
        return parsed.Marker!;
    }

    private static bool? Evaluate(string marker, Dictionary<string, string>? environment = null) =>
        Marker(marker).Evaluate(environment ?? Linux311);

    [Theory]
    [InlineData("python_version < \"2.7\"", false)]
    [InlineData("python_version >= '3.8'", true)]
    [InlineData("python_version > '3.9'", true)]            // compared as versions, not strings
    [InlineData("python_version < '3.9'", false)]
    [InlineData("'3.10' <= python_version", true)]
    [InlineData("python_version == '3.*'", true)]
    [InlineData("python_version ~= '3.8'", true)]
    [InlineData("python_full_version >= '3.11.4'", true)]
    [InlineData("python_full_version < '3.11.4rc1'", false)]
    [InlineData("python_version === '3.11'", true)]
    [InlineData("platform_release >= '5.0'", false)]        // "5.15.0-91-generic" is no version: no version comparison holds
    [InlineData("sys_platform == 'linux'", true)]
    [InlineData("sys_platform != 'win32'", true)]
    [InlineData("'linux' in sys_platform", true)]
    [InlineData("'lin' in sys_platform", true)]             // "in" is a substring test
    [InlineData("sys_platform in 'linux2 darwin'", true)]
    [InlineData("os_name not in 'nt java'", true)]
    [InlineData("os.name == 'posix'", true)]
    [InlineData("python_implementation == 'CPython'", true)]
    [InlineData("platform_machine < 'z'", false)]           // ordering is undefined on strings: false, as in current packaging
    [InlineData("platform_machine >= 'x86_64'", true)]      // ... and <= / >= mean equality
    [InlineData("os_name == 'posix' and python_version < '3'", false)]
    [InlineData("os_name == 'nt' or python_version >= '3'", true)]
    [InlineData("os_name == 'posix' and (python_version < '3' or sys_platform == 'linux')", true)]
    [InlineData("os_name == 'nt' and python_version < '3' or sys_platform == 'linux'", true)]   // and binds tighter
    [InlineData("os_name == 'nt' and (python_version < '3' or sys_platform == 'linux')", false)]
    [InlineData("extra == 'test'", false)]                   // extra defaults to empty
    public void Evaluates_markers_in_an_environment(string marker, bool expected) =>
        Assert.Equal(expected, Evaluate(marker));

    [Fact]
    public void Normalizes_extras_on_both_sides()
    {
        var environment = new Dictionary<string, string>(Linux311) { ["extra"] = "Test_Extra" };
        Assert.True(Evaluate("extra == 'test-extra'", environment));
        Assert.True(Evaluate("extra == 'TEST.extra'", environment));
        Assert.True(Evaluate("'test' in extras", new Dictionary<string, string> { ["extras"] = "Test, docs" }));
        Assert.False(Evaluate("'gpu' in extras", new Dictionary<string, string> { ["extras"] = "test" }));
    }

    [Theory]
    [InlineData("\"dog\" ~= \"fred\"", "does not define 'fred'")]           // PEP 508's two examples of errors
    [InlineData("python_version ~= \"surprise\"", "'~=' is undefined")]
    [InlineData("os_name === 'posix'", "'===' is undefined")]
    [InlineData("extras == 'x'", "holds a set")]
    public void Leaves_undefined_comparisons_undefined(string marker, string reason)
    {
        var expression = Marker(marker);
        Assert.Null(expression.Evaluate(Linux311));
        Assert.False(expression.TryEvaluate(Linux311, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Is_undefined_when_the_environment_lacks_a_variable_even_in_a_branch_that_does_not_decide()
    {
        var marker = Marker("os_name == 'posix' or platform_machine == 'x86_64'");
        Assert.Null(marker.Evaluate(new Dictionary<string, string> { ["os_name"] = "posix" }));
        Assert.True(marker.Evaluate(new Dictionary<string, string> { ["os_name"] = "posix", ["platform_machine"] = "arm64" }));
    }

    [Fact]
    public void Repairs_the_python_version_of_untagged_builds()
    {
        var environment = new Dictionary<string, string>(Linux311) { ["python_full_version"] = "3.12.0+" };
        Assert.True(Evaluate("python_full_version >= '3.12'", environment));
    }

    [Fact]
    public void Compares_a_variable_with_the_name_of_a_variable_on_the_other_side_as_pip_does()
    {
        // packaging looks up only the left variable and takes the right one's name as text.
        Assert.False(Evaluate("os_name == sys_platform"));
        Assert.True(Evaluate("os_name != sys_platform", new Dictionary<string, string> { ["os_name"] = "sys_platform" }) is false);
    }

    [Fact]
    public void Builds_a_tree_with_and_binding_tighter_than_or()
    {
        var marker = Marker("os_name == 'a' and os_name == 'b' or os_name == 'c' and (os_name == 'd' or os_name == 'e')");
        var or = Assert.IsType<MarkerOr>(marker);
        Assert.Equal(2, or.Operands.Length);
        var left = Assert.IsType<MarkerAnd>(or.Operands[0]);
        Assert.Equal(2, left.Operands.Length);
        var right = Assert.IsType<MarkerAnd>(or.Operands[1]);
        Assert.IsType<MarkerOr>(right.Operands[1]);
    }

    [Fact]
    public void Records_variables_literals_operators_and_their_spans()
    {
        const string text = "os.name  not in \"nt\\tx\"";
        var comparison = Assert.IsType<MarkerComparison>(Marker(text));
        var variable = Assert.IsType<MarkerVariable>(comparison.Left);
        Assert.Equal("os_name", variable.Name);
        Assert.Equal("os.name", variable.Text);
        Assert.Equal(MarkerOperator.NotIn, comparison.Operator);
        Assert.Equal("not in", text[comparison.OperatorSpan.Start..comparison.OperatorSpan.End]);
        var literal = Assert.IsType<MarkerLiteral>(comparison.Right);
        Assert.Equal("nt\tx", literal.Value);
        Assert.Equal("\"nt\\tx\"", text[literal.Span.Start..literal.Span.End]);
        Assert.Equal(new TextSpan(0, text.Length), comparison.Span);
    }

    [Theory]
    [InlineData("'a\\\\b'", "a\\b")]
    [InlineData("'\\x41\\u00e9\\U0001F600'", "A\u00e9\U0001F600")]
    [InlineData("'\\101\\7'", "A\u0007")]
    [InlineData("'\\d'", "\\d")]                 // unknown escapes stay as written
    [InlineData("\"it's\"", "it's")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    public void Decodes_python_escapes_in_quoted_strings(string literal, string value)
    {
        var comparison = Assert.IsType<MarkerComparison>(Marker("os_name == " + literal));
        Assert.Equal(value, Assert.IsType<MarkerLiteral>(comparison.Right).Value);
    }

    [Fact]
    public void Rejects_nesting_deeper_than_any_real_marker()
    {
        var deep = new string('(', 200) + "os_name == 'a'" + new string(')', 200);
        var parsed = Pep508Parser.ParseMarker(deep);
        Assert.Null(parsed.Marker);
        Assert.Contains("nested more than", Assert.Single(parsed.Errors).Message);
        Assert.NotNull(Pep508Parser.ParseMarker(new string('(', 60) + "os_name == 'a'" + new string(')', 60)).Marker);
    }

    [Fact]
    public void Prints_markers_canonically()
    {
        Assert.Equal("python_version < \"3\" and (os_name == \"a\" or os_name == 'b\"')",
            Marker("python_version<'3' and (os_name=='a' or os_name=='b\"')").ToString());
        Assert.Equal("os_name == \"a\"", Marker("((os_name=='a'))").ToString());
    }
}
