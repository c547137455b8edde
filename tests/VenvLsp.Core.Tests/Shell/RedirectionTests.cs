using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class RedirectionTests
{
    [Theory]
    [InlineData("cmd > f", RedirectionOperator.Output, null, "f")]
    [InlineData("cmd >f", RedirectionOperator.Output, null, "f")]
    [InlineData("cmd >> f", RedirectionOperator.Append, null, "f")]
    [InlineData("cmd < f", RedirectionOperator.Input, null, "f")]
    [InlineData("cmd >| f", RedirectionOperator.Clobber, null, "f")]
    [InlineData("cmd <> f", RedirectionOperator.ReadWrite, null, "f")]
    [InlineData("cmd 2>&1", RedirectionOperator.DuplicateOutput, 2, "1")]
    [InlineData("cmd 2>/dev/null", RedirectionOperator.Output, 2, "/dev/null")]
    [InlineData("cmd >&2", RedirectionOperator.DuplicateOutput, null, "2")]
    [InlineData("cmd 3<&0", RedirectionOperator.DuplicateInput, 3, "0")]
    [InlineData("cmd 1>&-", RedirectionOperator.DuplicateOutput, 1, "-")]
    [InlineData("cmd &> f", RedirectionOperator.OutputAndError, null, "f")]
    [InlineData("cmd &>> f", RedirectionOperator.AppendOutputAndError, null, "f")]
    [InlineData("cmd <<< \"$x\"", RedirectionOperator.HereString, null, "${x}")]
    [InlineData("cmd > \"${DATA}/log.$$\"", RedirectionOperator.Output, null, "${DATA}/log.${$}")]
    public void Reads_redirections(string text, RedirectionOperator op, int? fd, string target)
    {
        var command = ParseValid(text).Commands[0].Command;
        var redirection = Assert.Single(command.Redirections);
        Assert.Equal(op, redirection.Operator);
        Assert.Equal(fd, redirection.FileDescriptor);
        Assert.Equal(target, redirection.Target!.Normalized);
        Assert.Equal("cmd", command.StaticName);
        Assert.Empty(command.Arguments);
    }

    [Fact]
    public void Reads_a_named_descriptor()
    {
        var redirection = Assert.Single(ParseValid("exec {log}>build.log").Commands[0].Command.Redirections);
        Assert.Equal("log", redirection.FileDescriptorVariable);
        Assert.Equal(RedirectionOperator.Output, redirection.Operator);
        Assert.Equal(">", ParseValid("exec {log}>build.log").Text.Substring(redirection.OperatorSpan.Start, redirection.OperatorSpan.Length));
    }

    [Fact]
    public void Redirections_may_stand_anywhere_among_the_words()
    {
        var command = ParseValid("2>err X=1 >out cmd a <in b").Commands[0].Command;
        Assert.Equal(["X"], command.Assignments.Select(a => a.Name));
        Assert.Equal("cmd", command.StaticName);
        Assert.Equal(["a", "b"], command.Arguments.Select(a => a.StaticValue));
        Assert.Equal(["err", "out", "in"], command.Redirections.Select(r => r.Target!.StaticValue));
        Assert.Equal(command.Span.Start, command.GetChildren().First().Span.Start);
    }

    [Fact]
    public void Digits_not_glued_to_the_operator_are_an_argument()
    {
        var command = ParseValid("echo 2 >f").Commands[0].Command;
        Assert.Equal(["2"], command.Arguments.Select(a => a.StaticValue));
        Assert.Null(command.Redirections[0].FileDescriptor);
    }

    [Fact]
    public void Compound_commands_carry_their_redirections()
    {
        var script = ParseValid("while read -r l; do echo \"$l\"; done < \"$file\" > out\n{ a; } 2>&1\nif a; then b; fi >log");
        var loop = Assert.IsType<WhileCommand>(script.Root.Items[0].Command);
        Assert.Equal([RedirectionOperator.Input, RedirectionOperator.Output], loop.Redirections.Select(r => r.Operator));
        Assert.EndsWith("> out", script.Text[..loop.Span.End]);
        Assert.Single(Assert.IsType<BraceGroup>(script.Root.Items[1].Command).Redirections);
        Assert.Single(Assert.IsType<IfCommand>(script.Root.Items[2].Command).Redirections);
    }

    [Fact]
    public void Commands_in_a_redirection_target_are_found()
    {
        Assert.Equal("cmd ; mktemp", RenderCommands(ParseValid("cmd > $(mktemp)")));
    }
}
