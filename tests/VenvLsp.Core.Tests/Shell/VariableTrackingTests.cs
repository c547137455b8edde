using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class VariableTrackingTests
{
    private static bool ExportedForPip(string text, string name = "PIP_NO_CACHE_DIR")
    {
        var script = ParseValid(text);
        return script.IsExportedFor(name, script.FindCommands("pip").Last().Command);
    }

    [Theory]
    [InlineData("export PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR=\npip install x")]
    [InlineData("PIP_NO_CACHE_DIR=off; export PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR; PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("export export PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("export A=1 PIP_NO_CACHE_DIR=1 B\npip install x")]
    [InlineData("declare -x PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("typeset -x PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("declare -rx PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("set -a\nPIP_NO_CACHE_DIR=1\nset +a\npip install x")]
    [InlineData("PIP_NO_CACHE_DIR=1 pip install x")]
    [InlineData("if true; then export PIP_NO_CACHE_DIR=1; fi\npip install x")]
    [InlineData("f() { export PIP_NO_CACHE_DIR=1; }\npip install x")]
    [InlineData("{ export PIP_NO_CACHE_DIR=1; }\npip install x")]
    public void Sees_an_export_before_the_command(string text)
    {
        Assert.True(ExportedForPip(text));
    }

    [Theory]
    [InlineData("pip install x\nexport PIP_NO_CACHE_DIR=1")]
    [InlineData("PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("PIP_NO_CACHE_DIR=1 true\npip install x")]
    [InlineData("PIP_NO_CACHE_DIR=1 \"$venv/bin/pip\" install x\npip install y")]
    [InlineData("export PIP_NO_CACHE_DIR=1\nunset PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR=1\nexport -n PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR=1\ndeclare +x PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("( export PIP_NO_CACHE_DIR=1 )\npip install x")]
    [InlineData("x=$(export PIP_NO_CACHE_DIR=1)\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR=1 | cat\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIR=1 &\npip install x")]
    [InlineData("f() { local -x PIP_NO_CACHE_DIR=1; }\npip install x")]
    [InlineData("f() { declare -x PIP_NO_CACHE_DIR=1; }\npip install x")]
    [InlineData("declare -p PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export -f PIP_NO_CACHE_DIR\npip install x")]
    [InlineData("export PIP_NO_CACHE_DIRX=1\npip install x")]
    [InlineData("echo export PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("# export PIP_NO_CACHE_DIR=1\npip install x")]
    [InlineData("cat <<EOF\nexport PIP_NO_CACHE_DIR=1\nEOF\npip install x")]
    public void Does_not_see_an_export_that_does_not_reach_the_command(string text)
    {
        Assert.False(ExportedForPip(text));
    }

    [Fact]
    public void An_export_inside_a_child_shell_counts_inside_it()
    {
        Assert.True(ExportedForPip("( export PIP_NO_CACHE_DIR=1; pip install x )"));
        Assert.True(ExportedForPip("f() { local -x PIP_NO_CACHE_DIR=1; pip install x; }"));
    }

    [Theory]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=true", "true")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=\"yes\"", "yes")]
    [InlineData("PIP_REQUIRE_VIRTUALENV='1'; export PIP_REQUIRE_VIRTUALENV", "1")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=0\nexport PIP_REQUIRE_VIRTUALENV=on", "on")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=1\nexport PIP_REQUIRE_VIRTUALENV", "1")]
    [InlineData("readonly PIP_REQUIRE_VIRTUALENV=1\nexport PIP_REQUIRE_VIRTUALENV", "1")]
    public void Gives_the_last_value_assigned_before_an_offset(string text, string expected)
    {
        var script = ParseValid(text + "\npip install x");
        var offset = script.FindCommands("pip").Single().Command.Span.Start;
        Assert.True(script.IsExportedBefore("PIP_REQUIRE_VIRTUALENV", offset));
        Assert.Equal(expected, script.ValueBefore("PIP_REQUIRE_VIRTUALENV", offset)!.StaticValue);
    }

    [Fact]
    public void The_value_is_a_word_with_its_expansions_and_span()
    {
        var script = ParseValid("venv=\"${HOMEaigfs}/venv\"\nsource $venv/bin/activate");
        var offset = script.Commands[1].Command.Span.Start;
        var assignment = script.LastAssignmentBefore("venv", offset)!;
        Assert.Equal("${HOMEaigfs}/venv", assignment.Value!.Normalized);
        Assert.Equal("venv=\"${HOMEaigfs}/venv\"", TextOf(script, assignment.Span));
        Assert.Equal(VariableEventKind.Assigned, assignment.Kind);
        Assert.Same(script.Commands[0].Command, assignment.Command);
        Assert.Null(script.ValueBefore("venv", 0));
    }

    [Fact]
    public void An_unset_forgets_the_value()
    {
        var script = ParseValid("X=1\nunset X\necho");
        Assert.Null(script.ValueBefore("X", script.Text.Length));
        Assert.NotNull(script.ValueBefore("X", script.Text.IndexOf("unset", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_loop_variable_is_assigned_an_unknown_value()
    {
        var script = ParseValid("X=1\nfor X in a b; do :; done\necho");
        var last = script.LastAssignmentBefore("X", script.Text.Length)!;
        Assert.Null(last.Value);
        Assert.Null(last.Command);
    }

    [Fact]
    public void Records_events_in_document_order_with_their_kind()
    {
        var script = ParseValid("""
            A=1
            export B C=2
            export -n D
            declare -x E=3
            typeset F=4
            readonly G=5
            unset H
            unset -f I
            I=6 cmd
            export J=$(K=7; echo)
            """);
        Assert.Equal(
            [("A", VariableEventKind.Assigned), ("B", VariableEventKind.Exported), ("C", VariableEventKind.Exported),
             ("D", VariableEventKind.Unexported), ("E", VariableEventKind.Exported), ("F", VariableEventKind.Assigned),
             ("G", VariableEventKind.Assigned), ("H", VariableEventKind.Unset), ("I", VariableEventKind.Exported),
             ("J", VariableEventKind.Exported), ("K", VariableEventKind.Assigned)],
            script.VariableEvents.Select(e => (e.Name, e.Kind)));
        var prefix = script.VariableEvents.Single(e => e.Name == "I");
        Assert.True(prefix.IsCommandPrefix);
        Assert.Equal(script.FindCommands("cmd").Single().Command.Span, prefix.Scope);
        Assert.Equal(script.Commands.Single(c => c.Command.Assignments.Any(a => a.Name == "K")).Command, script.VariableEvents[^1].Command);
        Assert.NotNull(script.VariableEvents[^1].Scope);
    }

    [Fact]
    public void Exports_a_variable_named_export_in_export_export()
    {
        var script = ParseValid("export export X=1");
        Assert.Equal(["export", "X"], script.VariableEvents.Select(e => e.Name));
        Assert.True(script.IsExportedBefore("X", script.Text.Length));
    }
}
