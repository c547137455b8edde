using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class SetOptionTests
{
    [Theory]
    [InlineData("set -e", "+errexit")]
    [InlineData("set -x", "+xtrace")]
    [InlineData("set +x", "-xtrace")]
    [InlineData("set -eux", "+errexit +nounset +xtrace")]
    [InlineData("set -o xtrace", "+xtrace")]
    [InlineData("set -o errexit", "+errexit")]
    [InlineData("set +o pipefail", "-pipefail")]
    [InlineData("set -euo pipefail", "+errexit +nounset +pipefail")]
    [InlineData("set -e -o pipefail -x", "+errexit +pipefail +xtrace")]
    [InlineData("set -a", "+allexport")]
    [InlineData("set -x -- a b", "+xtrace")]
    [InlineData("set -- -x", "")]
    [InlineData("set a -x", "")]
    [InlineData("set -o", "")]
    [InlineData("set", "")]
    [InlineData("set \"-x\"", "+xtrace")]
    [InlineData("set $opts -x", "")]
    [InlineData("echo set -x", "")]
    [InlineData("echo 'set -x' # set -x", "")]
    [InlineData("f() { set -x; }", "+xtrace")]
    [InlineData("if [[ $debug == YES ]]; then set -x; fi", "+xtrace")]
    public void Reads_set_options_in_order(string text, string expected)
    {
        var options = ParseValid(text).SetOptions.Select(o => (o.IsEnabled ? "+" : "-") + o.Name);
        Assert.Equal(expected, string.Join(" ", options));
    }

    [Fact]
    public void Gives_the_exact_span_of_each_letter()
    {
        var script = ParseValid("set -eux\nset -o xtrace");
        Assert.Equal(["e", "u", "x", "xtrace"], script.SetOptions.Select(o => TextOf(script, o.Span)));
        Assert.Equal(['e', 'u', 'x', null], script.SetOptions.Select(o => o.Letter));
    }

    [Fact]
    public void Tells_whether_an_option_is_on_before_an_offset()
    {
        var script = ParseValid("a\nset -x\nb\nset +x\nc\n( set -x )\nd");
        int At(string command) => script.FindCommands(command).Single().Command.Span.Start;
        Assert.False(script.IsOptionEnabledBefore("xtrace", At("a")));
        Assert.True(script.IsOptionEnabledBefore("xtrace", At("b")));
        Assert.False(script.IsOptionEnabledBefore("xtrace", At("c")));
        Assert.False(script.IsOptionEnabledBefore("xtrace", At("d")));
        Assert.True(script.HasOptionEnabled("xtrace"));
        Assert.False(script.HasOptionEnabled("errexit"));
    }

    [Fact]
    public void Knows_the_long_names_of_option_letters()
    {
        Assert.Equal("xtrace", SetOptionNames.FromLetter('x'));
        Assert.Equal("errexit", SetOptionNames.FromLetter('e'));
        Assert.Equal("nounset", SetOptionNames.FromLetter('u'));
        Assert.Null(SetOptionNames.FromLetter('q'));
    }
}
