using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class CommandContextTests
{
    [Theory]
    [InlineData("pip install x", CommandContext.None)]
    [InlineData("f() { pip install x; }", CommandContext.InFunction)]
    [InlineData("if pip install x; then :; fi", CommandContext.InCondition)]
    [InlineData("if :; then pip install x; fi", CommandContext.InBranch)]
    [InlineData("if :; then :; else pip install x; fi", CommandContext.InBranch)]
    [InlineData("if :; then :; elif pip install x; then :; fi", CommandContext.InCondition)]
    [InlineData("case $1 in a) pip install x ;; esac", CommandContext.InBranch)]
    [InlineData("while pip install x; do :; done", CommandContext.InCondition | CommandContext.InLoop)]
    [InlineData("for p in a b; do pip install x; done", CommandContext.InLoop)]
    [InlineData("for ((;;)); do pip install x; done", CommandContext.InLoop)]
    [InlineData("( pip install x )", CommandContext.InSubshell)]
    [InlineData("{ pip install x; }", CommandContext.None)]
    [InlineData("pip install x | tee log", CommandContext.InPipeline)]
    [InlineData("y=$(pip install x)", CommandContext.InCommandSubstitution)]
    [InlineData("y=`pip install x`", CommandContext.InCommandSubstitution)]
    [InlineData("cat <(pip install x)", CommandContext.InCommandSubstitution)]
    [InlineData("true && pip install x", CommandContext.InAndOrList)]
    [InlineData("pip install x &", CommandContext.InBackground)]
    [InlineData("! pip install x", CommandContext.Negated)]
    [InlineData("g() { if :; then ( pip install x | cat ) || exit; fi; }",
        CommandContext.InFunction | CommandContext.InBranch | CommandContext.InSubshell | CommandContext.InPipeline | CommandContext.InAndOrList)]
    public void Records_where_a_command_stands(string text, CommandContext expected)
    {
        var pip = Assert.Single(ParseValid(text).FindCommands("pip"));
        Assert.Equal(expected, pip.Context);
    }

    [Fact]
    public void Names_the_innermost_enclosing_function()
    {
        var script = ParseValid("outer() {\n  inner() { a; }\n  b\n}\nc");
        Assert.Equal([("a", "inner"), ("b", "outer"), ("c", null)],
            script.Commands.Select(c => (c.Command.StaticName!, c.FunctionName)));
    }

    [Fact]
    public void Tells_conditional_commands_and_child_shell_commands_apart()
    {
        var script = ParseValid("a\nif b; then c; fi\n(d)\ne | f");
        Assert.Equal([false, true, true, false, false, false], script.Commands.Select(c => c.IsConditional));
        Assert.Equal([false, false, false, true, true, true], script.Commands.Select(c => c.IsInChildShell));
        Assert.True(script.Commands[2].Is(CommandContext.InBranch));
    }

    [Fact]
    public void Lists_the_ancestors_of_a_command_outermost_first()
    {
        var script = ParseValid("f() { if a; then x=$(b | c); fi; }");
        var b = script.FindCommands("b").Single();
        var kinds = b.Ancestors.Select(n => n.GetType().Name).ToList();
        Assert.Equal(
            ["CommandList", "ListItem", "FunctionDefinition", "BraceGroup", "CommandList", "ListItem", "IfCommand", "IfClause",
             "CommandList", "ListItem", "SimpleCommand", "Assignment", "Word", "CommandSubstitutionPart", "CommandList", "ListItem", "Pipeline"],
            kinds);
        Assert.IsType<Pipeline>(b.Parent);
        Assert.Same(script.Root, b.Ancestors[0]);
    }
}
