using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;

namespace VenvLsp.Tests.Rules.Scripts;

public class PathResolverTests
{
    private const string Script = "/repo/aigfs.v1.0.0/sorc/build_venv.sh";

    private static string? ResolveLastArgument(string text)
    {
        var script = ShellParser.Parse(text);
        var command = script.Commands[^1].Command;
        return new PathResolver(script, Script, "/repo/aigfs.v1.0.0", "HOMEaigfs").Resolve(command.Arguments[^1], command.Span.Start);
    }

    [Theory]
    [InlineData("pip install -r ${HOMEaigfs}/requirements.txt", "/repo/aigfs.v1.0.0/requirements.txt")]
    [InlineData("pip install -r \"$HOMEaigfs/sorc/requirements.txt\"", "/repo/aigfs.v1.0.0/sorc/requirements.txt")]
    [InlineData("venv_dir=${HOMEaigfs}/venv\nsource ${venv_dir}/bin/activate", "/repo/aigfs.v1.0.0/venv/bin/activate")]
    [InlineData("root=$(cd $(dirname $0)/.. && pwd)\nx ${root}/requirements.txt", "/repo/aigfs.v1.0.0/requirements.txt")]
    [InlineData("root=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"\nx \"${root}/parm/req.txt\"", "/repo/aigfs.v1.0.0/parm/req.txt")]
    [InlineData("here=$(dirname $(readlink -f $0))\nx $here/r.txt", "/repo/aigfs.v1.0.0/sorc/r.txt")]
    [InlineData("x ${PKG_ROOT:-/opt/pkg}/r.txt", "/opt/pkg/r.txt")]
    [InlineData("x /abs/path/r.txt", "/abs/path/r.txt")]
    public void Resolves_paths_through_variables_and_the_script_location(string text, string expected)
    {
        Assert.Equal(expected, ResolveLastArgument(text));
    }

    [Theory]
    [InlineData("x ${UNKNOWN}/r.txt")]
    [InlineData("x $(cat where.txt)/r.txt")]
    [InlineData("x requirements.txt")]
    [InlineData("root=$(cd .. && pwd)\nx ${root}/r.txt")]
    public void Gives_up_rather_than_guess(string text)
    {
        Assert.Null(ResolveLastArgument(text));
    }
}
