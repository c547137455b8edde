using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

/// <summary>Fixtures reproduce the assignment lines of each activate template (the rest of each
/// script is reduced to what shapes the scan: the deactivate function, branches, comments).</summary>
public class ActivateScriptTests
{
    private const string Deactivate = """
        deactivate () {
            # reset old environment variables
            if [ -n "${_OLD_VIRTUAL_PATH:-}" ] ; then
                PATH="${_OLD_VIRTUAL_PATH:-}"
                export PATH
                unset _OLD_VIRTUAL_PATH
            fi
            unset VIRTUAL_ENV
            if [ ! "${1:-}" = "nondestructive" ] ; then
            # Self destruct!
                unset -f deactivate
            fi
        }

        # unset irrelevant variables
        deactivate nondestructive

        """;

    private const string Tail = """

        _OLD_VIRTUAL_PATH="$PATH"
        PATH="$VIRTUAL_ENV/bin:$PATH"
        export PATH
        """;

    private const string Venv38 = Deactivate + "VIRTUAL_ENV=\"/lfs/h2/emc/ai/aigfs/venv\"\nexport VIRTUAL_ENV\n" + Tail;

    private const string Venv312 = Deactivate + """
        # on Windows, a path can contain colons and backslashes and has to be converted:
        if [ "$OSTYPE" = "cygwin" ] || [ "$OSTYPE" = "msys" ] ; then
            # transform D:\path\to\venv to /d/path/to/venv on MSYS
            # and to /cygdrive/d/path/to/venv on Cygwin
            export VIRTUAL_ENV=$(cygpath "/lfs/h2/emc/ai/aigfs/venv")
        else
            # use the path as-is
            export VIRTUAL_ENV="/lfs/h2/emc/ai/aigfs/venv"
        fi
        """ + Tail;

    private const string Venv313 = Deactivate + """
        # on Windows, a path can contain colons and backslashes and has to be converted:
        case "$(uname)" in
            CYGWIN*|MSYS*)
                # transform D:\path\to\venv to /d/path/to/venv on MSYS
                # and to /cygdrive/d/path/to/venv on Cygwin
                VIRTUAL_ENV=$(cygpath "/lfs/h2/emc/ai/aigfs/venv")
                export VIRTUAL_ENV
                ;;
            *)
                # use the path as-is
                export VIRTUAL_ENV="/lfs/h2/emc/ai/aigfs/venv"
                ;;
        esac
        """ + Tail;

    // Releases with the CVE-2024-9287 fix quote with shlex.quote: a plain path is written bare.
    private const string Venv313Quoted = Deactivate + """
        case "$(uname)" in
            CYGWIN*|MSYS*)
                VIRTUAL_ENV=$(cygpath /lfs/h2/emc/ai/aigfs/venv)
                export VIRTUAL_ENV
                ;;
            *)
                export VIRTUAL_ENV=/lfs/h2/emc/ai/aigfs/venv
                ;;
        esac
        """ + Tail;

    private const string Virtualenv20 = "if [ \"${BASH_SOURCE-}\" = \"$0\" ]; then\n    echo \"You must source this script: \\$ source $0\" >&2\n    exit 33\nfi\n\n"
        + Deactivate + """
        VIRTUAL_ENV='/lfs/h2/emc/ai/aigfs/venv'
        if ([ "$OSTYPE" = "cygwin" ] || [ "$OSTYPE" = "msys" ]) && $(command -v cygpath &> /dev/null) ; then
            VIRTUAL_ENV=$(cygpath -u "$VIRTUAL_ENV")
        fi
        export VIRTUAL_ENV
        """ + Tail;

    private const string Virtualenv236 = Deactivate + """
        if [ ! -d /lfs/h2/emc/ai/aigfs/venv ]; then
            echo "Virtual environment directory /lfs/h2/emc/ai/aigfs/venv does not exist!" >&2
            CURRENT_PATH=$(realpath "${BASH_SOURCE[0]}")
            CURRENT_DIR=$(dirname "${CURRENT_PATH}")
            VIRTUAL_ENV="$(realpath "${CURRENT_DIR}/../")"
        else
            VIRTUAL_ENV=/lfs/h2/emc/ai/aigfs/venv
        fi

        case "$(uname)" in
            CYGWIN*|MSYS*|MINGW*)
                VIRTUAL_ENV=$(cygpath "$VIRTUAL_ENV")
                ;;
        esac
        export VIRTUAL_ENV
        """ + Tail;

    [Fact]
    public void Reads_the_python_3_8_to_3_11_venv_form()
    {
        var scan = ActivateScript.Scan(Venv38);
        var assignment = Assert.Single(scan.Assignments);
        Assert.Equal("\"/lfs/h2/emc/ai/aigfs/venv\"", assignment.ValueText);
        Assert.Equal("/lfs/h2/emc/ai/aigfs/venv", assignment.Value);
        Assert.Equal(ShellQuoteStyle.Double, assignment.Quote);
        Assert.False(assignment.IsExported);
        Assert.True(assignment.StartsLine);
        Assert.False(assignment.IsIndented);
        Assert.True(assignment.NameAtLineStart);
        Assert.Equal("VIRTUAL_ENV=\"/lfs/h2/emc/ai/aigfs/venv\"", Slice(Venv38, assignment.Span));
        Assert.Equal("VIRTUAL_ENV", Slice(Venv38, Assert.Single(scan.Exports)));
        Assert.Empty(scan.Errors);
    }

    [Fact]
    public void Reads_the_python_3_12_venv_form()
    {
        var assignments = ActivateScript.FindVirtualEnvAssignments(Venv312);
        Assert.Equal(2, assignments.Length);
        Assert.All(assignments, a => Assert.True(a.IsExported && a.IsIndented && !a.NameAtLineStart));
        Assert.Equal("$(cygpath \"/lfs/h2/emc/ai/aigfs/venv\")", assignments[0].ValueText);
        Assert.True(assignments[0].IsCommandSubstitution);
        Assert.Equal(ShellQuoteStyle.None, assignments[0].Quote);
        Assert.Equal("export VIRTUAL_ENV=\"/lfs/h2/emc/ai/aigfs/venv\"", Slice(Venv312, assignments[1].Span));
        Assert.Equal("/lfs/h2/emc/ai/aigfs/venv", assignments[1].Value);
    }

    [Fact]
    public void Reads_the_python_3_13_venv_form()
    {
        var scan = ActivateScript.Scan(Venv313);
        Assert.Equal(2, scan.Assignments.Length);
        Assert.False(scan.Assignments[0].IsExported);
        Assert.True(scan.Assignments[0].IsIndented);
        Assert.True(scan.Assignments[1].IsExported);
        Assert.Equal("/lfs/h2/emc/ai/aigfs/venv", scan.Assignments[1].Value);
        Assert.Single(scan.Exports);
        Assert.Empty(scan.Errors);
    }

    [Fact]
    public void Reads_unquoted_values_of_shlex_quoting_releases()
    {
        var assignments = ActivateScript.FindVirtualEnvAssignments(Venv313Quoted);
        Assert.Equal("$(cygpath /lfs/h2/emc/ai/aigfs/venv)", assignments[0].ValueText);
        Assert.Equal("/lfs/h2/emc/ai/aigfs/venv", assignments[1].Value);
        Assert.Equal(ShellQuoteStyle.None, assignments[1].Quote);
        Assert.False(assignments[1].ContainsExpansion);
    }

    [Fact]
    public void Reads_the_virtualenv_20_form()
    {
        var scan = ActivateScript.Scan(Virtualenv20);
        Assert.Equal(2, scan.Assignments.Length);
        var first = scan.Assignments[0];
        Assert.Equal("'/lfs/h2/emc/ai/aigfs/venv'", first.ValueText);
        Assert.Equal(ShellQuoteStyle.Single, first.Quote);
        Assert.True(first.NameAtLineStart);
        Assert.Equal("$(cygpath -u \"$VIRTUAL_ENV\")", scan.Assignments[1].ValueText);
        Assert.True(scan.Assignments[1].ContainsExpansion);
        Assert.NotNull(scan.Deactivate);
        Assert.Empty(scan.Errors);
    }

    [Fact]
    public void Reads_the_virtualenv_20_36_form()
    {
        var scan = ActivateScript.Scan(Virtualenv236);
        Assert.Equal(3, scan.Assignments.Length);
        Assert.All(scan.Assignments, a => Assert.True(a.IsIndented));
        Assert.Equal("\"$(realpath \"${CURRENT_DIR}/../\")\"", scan.Assignments[0].ValueText);
        Assert.True(scan.Assignments[0].IsCommandSubstitution);
        Assert.Equal("/lfs/h2/emc/ai/aigfs/venv", scan.Assignments[1].Value);
        Assert.False(scan.Assignments.Any(a => a.NameAtLineStart));
        Assert.Empty(scan.Errors);
    }

    [Theory]
    [InlineData("export VIRTUAL_ENV=${HOMEaigfs}/venv", "${HOMEaigfs}/venv", ShellQuoteStyle.None, true, true)]
    [InlineData("export VIRTUAL_ENV=\"${HOMEaigfs}/venv\"", "${HOMEaigfs}/venv", ShellQuoteStyle.Double, true, true)]
    [InlineData("VIRTUAL_ENV='${HOMEaigfs}/venv'", "${HOMEaigfs}/venv", ShellQuoteStyle.Single, false, false)]
    [InlineData("VIRTUAL_ENV=\"$HOMEaigfs\"/venv", "$HOMEaigfs/venv", ShellQuoteStyle.Mixed, false, true)]
    [InlineData("VIRTUAL_ENV=$'/p\\tq'", "/p\tq", ShellQuoteStyle.AnsiC, false, false)]
    [InlineData("VIRTUAL_ENV=/a\\ b", "/a b", ShellQuoteStyle.None, false, false)]
    [InlineData("VIRTUAL_ENV=", "", ShellQuoteStyle.None, false, false)]
    [InlineData("declare -x VIRTUAL_ENV=/p", "/p", ShellQuoteStyle.None, true, false)]
    [InlineData("declare VIRTUAL_ENV=/p", "/p", ShellQuoteStyle.None, false, false)]
    [InlineData("export PATH=/bin VIRTUAL_ENV=/p", "/p", ShellQuoteStyle.None, true, false)]
    public void Reads_rewritten_and_hand_written_forms(string line, string value, ShellQuoteStyle quote, bool exported, bool expansion)
    {
        var assignment = Assert.Single(ActivateScript.FindVirtualEnvAssignments(line + "\n"));
        Assert.Equal(value, assignment.Value);
        Assert.Equal(quote, assignment.Quote);
        Assert.Equal(exported, assignment.IsExported);
        Assert.Equal(expansion, assignment.ContainsExpansion);
        Assert.Equal(line, Slice(line, assignment.Span));
    }

    [Theory]
    [InlineData("if true; then VIRTUAL_ENV=/p; fi", false, false)]
    [InlineData("  VIRTUAL_ENV=/p", true, true)]
    [InlineData("\tVIRTUAL_ENV=/p", true, true)]
    [InlineData("x=1 VIRTUAL_ENV=/p", false, false)]
    [InlineData("{ VIRTUAL_ENV=/p; }", false, false)]
    [InlineData("( VIRTUAL_ENV=/p )", false, false)]
    [InlineData("true && VIRTUAL_ENV=/p", false, false)]
    public void Reads_assignments_in_every_command_position(string line, bool startsLine, bool indented)
    {
        var assignment = Assert.Single(ActivateScript.FindVirtualEnvAssignments(line));
        Assert.Equal("/p", assignment.Value);
        Assert.Equal(startsLine, assignment.StartsLine);
        Assert.Equal(indented, assignment.IsIndented);
    }

    [Theory]
    [InlineData("# VIRTUAL_ENV=/p")]
    [InlineData("echo VIRTUAL_ENV=/p")]
    [InlineData("echo \"VIRTUAL_ENV=/p\"")]
    [InlineData("echo 'x\nVIRTUAL_ENV=/p\n'")]
    [InlineData("cat <<EOF\nVIRTUAL_ENV=/p\nEOF\n")]
    [InlineData("cat <<-'EOF' > f\n\tVIRTUAL_ENV=/p\n\tEOF\n")]
    [InlineData("unset VIRTUAL_ENV")]
    [InlineData("if [ -n \"${VIRTUAL_ENV:-}\" ]; then :; fi")]
    [InlineData("_OLD_VIRTUAL_ENV=/p")]
    [InlineData("VIRTUAL_ENV_PROMPT=/p")]
    [InlineData("sed -i 's|^VIRTUAL_ENV=.*|VIRTUAL_ENV=x|' venv/bin/activate")]
    [InlineData("x=$(VIRTUAL_ENV=/p)")]
    [InlineData("env VIRTUAL_ENV=/p cmd")]
    [InlineData("cmd > VIRTUAL_ENV=/p")]
    public void Does_not_count_what_is_not_an_assignment(string text) =>
        Assert.Empty(ActivateScript.FindVirtualEnvAssignments(text));

    [Fact]
    public void Reads_an_assignment_after_a_here_document()
    {
        var assignment = Assert.Single(ActivateScript.FindVirtualEnvAssignments("cat <<EOF\nVIRTUAL_ENV=/no\nEOF\nVIRTUAL_ENV=/yes\n"));
        Assert.Equal("/yes", assignment.Value);
    }

    [Fact]
    public void Finds_the_deactivate_function_definition()
    {
        var definition = ActivateScript.FindDeactivateDefinition(Venv38);
        Assert.NotNull(definition);
        Assert.Equal("deactivate () {", Slice(Venv38, definition.HeaderSpan));
        Assert.StartsWith("deactivate () {", Slice(Venv38, definition.Span));
        Assert.EndsWith("fi\n}", Slice(Venv38, definition.Span));
    }

    [Theory]
    [InlineData("deactivate() {\n  unset VIRTUAL_ENV\n}\n", "deactivate() {")]
    [InlineData("function deactivate {\n  :\n}\n", "function deactivate {")]
    [InlineData("function deactivate () {\n  :\n}\n", "function deactivate () {")]
    [InlineData("deactivate ()\n{\n  :\n}\n", "deactivate ()\n{")]
    public void Finds_every_form_of_the_deactivate_definition(string text, string header)
    {
        var definition = ActivateScript.FindDeactivateDefinition(text);
        Assert.NotNull(definition);
        Assert.Equal(header, Slice(text, definition.HeaderSpan));
        Assert.EndsWith("}", Slice(text, definition.Span));
    }

    [Theory]
    [InlineData("deactivate\n")]
    [InlineData("deactivate nondestructive\n")]
    [InlineData("# deactivate () {\n")]
    [InlineData("echo 'deactivate () {'\n")]
    [InlineData("pydoc () {\n  python -m pydoc \"$@\"\n}\n")]
    public void Does_not_mistake_calls_or_other_functions_for_the_deactivate_definition(string text) =>
        Assert.Null(ActivateScript.FindDeactivateDefinition(text));

    [Fact]
    public void Runs_an_unclosed_deactivate_body_to_the_end_and_reports_unterminated_quotes()
    {
        const string text = "deactivate () {\n  echo \"unclosed\n";
        var scan = ActivateScript.Scan(text);
        Assert.Equal(text.Length, scan.Deactivate!.Span.End);
        Assert.NotEmpty(scan.Errors);
    }

    private static string Slice(string text, VenvLsp.Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
