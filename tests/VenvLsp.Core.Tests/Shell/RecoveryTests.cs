using System.Diagnostics;
using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

/// <summary>Broken input: each case reports an error and still finds the commands after it.</summary>
public class RecoveryTests
{
    [Theory]
    [InlineData("echo 'abc\npip install x", "echo abc ; pip install x", "unterminated single-quoted string")]
    [InlineData("echo \"abc\npip install x", "echo abc ; pip install x", "unterminated double-quoted string")]
    [InlineData("echo $'abc\npip install x", "echo abc ; pip install x", "unterminated $'...' string")]
    [InlineData("x=$(foo\npip install x", "x=$(foo) ; foo ; pip install x", "'$(' without matching ')'")]
    [InlineData("x=`foo\npip install x", "x=$(foo) ; foo ; pip install x", "unterminated `...` command substitution")]
    [InlineData("diff <(foo\npip install x", "diff <(foo) ; foo ; pip install x", "'<(' without matching ')'")]
    [InlineData("echo ${x\npip install x", "echo ${x} ; pip install x", "'${' without matching '}'")]
    [InlineData("echo $((1+2\npip install x", "echo $((1+2)) ; pip install x", "unterminated arithmetic expression: no '))'")]
    [InlineData("a=(1 2\npip install x", "a=(1 2) ; pip install x", "array value '(' without matching ')'")]
    [InlineData("[[ -f a\npip install x", "pip install x", "'[[' without matching ']]'")]
    [InlineData("if a; then\n  pip install x\n", "a ; pip install x", "'if' without matching 'fi'")]
    [InlineData("if a\npip install x", "a ; pip install x", "'if' without 'then'")]
    [InlineData("{ a\npip install x", "a ; pip install x", "'{' without matching '}'")]
    [InlineData("( a\npip install x", "a ; pip install x", "'(' without matching ')'")]
    [InlineData("while a; do\npip install x", "a ; pip install x", "'while' without matching 'done'")]
    [InlineData("for f in a; pip install x", "pip install x", "'for' without 'do'")]
    [InlineData("case $1 in a) b\npip install x", "b ; pip install x", "'case' without matching 'esac'")]
    [InlineData("fi\npip install x", "pip install x", "unexpected 'fi'")]
    [InlineData("done\npip install x", "pip install x", "unexpected 'done'")]
    [InlineData("}\npip install x", "pip install x", "unexpected '}'")]
    [InlineData(")\npip install x", "pip install x", "unexpected ')'")]
    [InlineData("esac\npip install x", "pip install x", "unexpected 'esac'")]
    [InlineData("then pip install x", "pip install x", "unexpected 'then'")]
    [InlineData("echo a ;; pip install x", "echo a ; pip install x", "unexpected ';;'")]
    [InlineData("| pip install x", "pip install x", "unexpected '|': a command was expected")]
    [InlineData("a && \n", "a", "expected a command after '&&'")]
    [InlineData("a | ;pip install x", "a ; pip install x", "expected a command after '|'")]
    [InlineData("cat >\npip install x", "cat ; pip install x", "expected a word after '>'")]
    [InlineData("echo (a)\npip install x", "echo ; a ; pip install x", "expected ';' or a line break before '('")]
    [InlineData("function\npip install x", "pip install x", "expected a function name after 'function'")]
    [InlineData("f()\npip install x", "pip install x", "the body of function 'f' must be a compound command such as { ...; }")]
    [InlineData("echo ${}\npip install x", "echo ${} ; pip install x", "bad substitution: no parameter name after '${'")]
    public void Reports_the_error_and_keeps_the_commands_after_it(string text, string commands, string message)
    {
        var script = ShellParser.Parse(text);
        Assert.Contains(script.Errors, e => e.Message == message);
        Assert.Equal(commands, RenderCommands(script));
    }

    [Fact]
    public void Error_spans_point_at_the_unclosed_construct()
    {
        var (text, span) = Markup("echo ok\n[|if|] a; then b\n");
        var script = ShellParser.Parse(text);
        Assert.Equal(span, Assert.Single(script.Errors).Span);
    }

    [Fact]
    public void A_missing_fi_inside_a_loop_does_not_swallow_the_loop()
    {
        var script = ShellParser.Parse("while a; do\n  if b; then c\ndone\nd");
        Assert.Equal(["'if' without matching 'fi'"], script.Errors.Select(e => e.Message));
        var loop = Assert.IsType<WhileCommand>(script.Root.Items[0].Command);
        Assert.Equal(["d"], script.Commands.Where(c => !c.Is(CommandContext.InLoop)).Select(c => c.Command.StaticName));
        Assert.Equal("done", script.Text[(loop.Span.End - 4)..loop.Span.End]);
    }

    [Fact]
    public void A_stray_closer_inside_a_substitution_stays_inside_it()
    {
        var script = ShellParser.Parse("echo $(a; fi; b) c");
        Assert.Contains(script.Errors, e => e.Message == "unexpected 'fi'");
        Assert.Equal("echo $(a; fi; b) c ; a ; b", RenderCommands(script));
    }

    [Fact]
    public void A_multi_line_string_that_is_closed_is_not_an_error()
    {
        var script = ParseValid("echo \"usage:\n  build\n  clean\"\npip install x");
        Assert.Equal("echo usage:\n  build\n  clean ; pip install x", RenderCommands(script));
    }

    [Fact]
    public void Unclosed_quote_pairs_with_the_next_quote_as_bash_does()
    {
        // bash reads the second quote as the end of the first string: no line-based guess here.
        var script = ShellParser.Parse("echo \"a\npip install \"x\"");
        Assert.Equal("echo a\npip install x", RenderCommands(script));
        Assert.Equal(script.Text.LastIndexOf('"'), Assert.Single(script.Errors).Span.Start);
    }

    [Theory]
    [InlineData("(", 100_000)]
    [InlineData("( ", 50_000)]
    [InlineData("$(", 50_000)]
    [InlineData("\"$(", 30_000)]
    [InlineData("`$(", 30_000)]
    [InlineData("${x:-", 50_000)]
    [InlineData("{ ", 50_000)]
    [InlineData("if ", 50_000)]
    [InlineData("a=(", 50_000)]
    [InlineData("f() { ", 30_000)]
    public void Deep_nesting_is_reported_not_a_stack_overflow(string opener, int count)
    {
        var text = string.Concat(Enumerable.Repeat(opener, count));
        ShellScript? script = null;
        // A small stack: the nesting cap must hold well before a default thread's limit.
        var thread = new Thread(() => script = ShellParser.Parse(text), 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(script);
        Assert.NotEmpty(script.Errors);
    }

    [Theory]
    [InlineData("x=$(foo bar\n")]
    [InlineData("echo \"a $(b\n")]
    [InlineData("echo $((1 + \n")]
    [InlineData("a=(1 2\n")]
    [InlineData("[[ a \n")]
    [InlineData("x=`a $(b\n")]
    [InlineData("echo ${a:-\n")]
    [InlineData("if a; then\n")]
    [InlineData("cat <<EOF\n")]
    public void Thousands_of_unclosed_constructs_parse_in_linear_time(string line)
    {
        // 20,000 broken lines parse in well under a second; a quadratic recovery would take minutes.
        var text = string.Concat(Enumerable.Repeat(line, 20_000));
        var watch = Stopwatch.StartNew();
        var script = ShellParser.Parse(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.NotEmpty(script.Errors);
    }
}
