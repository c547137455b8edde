using VenvLsp.Shell;
using VenvLsp.Text;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

/// <summary>The questions rules ask, answered on scripts shaped like real packages.</summary>
public class RuleAuthorScenarioTests
{
    private const string BuildScript = """
        #!/bin/bash
        # venvlsp: disable-file=VENV209 -- options come from the caller
        set -eux
        HOMEaigfs=${HOMEaigfs:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
        source "${HOMEaigfs}/versions/build.ver"
        module reset
        module load python/${python_ver:?}
        export PIP_REQUIRE_VIRTUALENV=true

        build() {
          local venv_dir="${HOMEaigfs}/venv"
          [[ -d ${venv_dir} ]] && rm -rf "${venv_dir}"
          python3 -m venv --copies "${venv_dir}"
          "${venv_dir}/bin/pip" install \
              -r "${HOMEaigfs}/requirements.txt"
          cat > "${venv_dir}/pip.conf" <<EOF
        [global]
        no-cache-dir = false
        EOF
          sed -i 's|^VIRTUAL_ENV=.*|VIRTUAL_ENV='"'"'${HOMEaigfs}/venv'"'"'|' "${venv_dir}/bin/activate"
        }

        case "${1:-build}" in
          build) build ;;
          clean) rm -rf "${HOMEaigfs}/venv" ;;
        esac
        """;

    private const string JobCard = """
        #PBS -N aigfs_forecast
        export model=aigfs
                                   
        module load python/${python_ver}
        source ${HOMEaigfs}/venv/bin/activate
        ${HOMEaigfs}/jobs/JAIGFS_FORECAST
        if [ $? -ne 0 ]; then echo "failed: pip install is not run here"; exit 1; fi
        deactivate
                                   
        """;

    [Fact]
    public void Finds_the_pip_install_and_builds_the_fix_that_adds_no_cache_dir()
    {
        var script = ParseValid(BuildScript);
        var pip = Assert.Single(script.Commands, c => c.Command.Name?.Normalized.EndsWith("/bin/pip", StringComparison.Ordinal) == true);
        Assert.Equal("build", pip.FunctionName);
        Assert.Equal(0, pip.Command.IndexOfArgument("install"));
        Assert.Equal(-1, pip.Command.IndexOfArgument("--no-cache-dir"));
        Assert.False(script.IsExportedFor("PIP_NO_CACHE_DIR", pip.Command));

        var install = pip.Command.Arguments[0];
        var fixedText = Apply(BuildScript, TextEdit.Insert(install.Span.End, " --no-cache-dir"));
        var fixedPip = ParseValid(fixedText).Commands.Single(c => c.Command.IndexOfArgument("install") == 0).Command;
        Assert.Equal(1, fixedPip.IndexOfArgument("--no-cache-dir"));
    }

    [Fact]
    public void Sees_the_exported_true_value_of_PIP_REQUIRE_VIRTUALENV()
    {
        var script = ParseValid(BuildScript);
        var pip = script.Commands.Single(c => c.Command.IndexOfArgument("install") == 0).Command;
        Assert.True(script.IsExportedFor("PIP_REQUIRE_VIRTUALENV", pip));
        Assert.Equal("true", script.ValueBefore("PIP_REQUIRE_VIRTUALENV", pip.Span.Start)!.StaticValue);
    }

    [Fact]
    public void Reads_the_venv_creation_the_module_load_and_the_sed_rewrite()
    {
        var script = ParseValid(BuildScript);
        var venv = script.FindCommands("python3").Single().Command;
        Assert.Equal(["-m", "venv", "--copies", "${venv_dir}"], venv.Arguments.Select(a => a.Normalized));
        Assert.Equal("${HOMEaigfs}/venv", script.ValueBefore("venv_dir", venv.Span.Start)!.Normalized);

        var load = script.FindCommands("module").Single(c => c.Command.IndexOfArgument("load") == 0);
        Assert.Equal("python/${python_ver:?}", load.Command.Arguments[1].Normalized);
        Assert.True(load.Index < script.Commands.IndexOf(script.Commands.Single(c => c.Command == venv)));

        var sed = script.FindCommands("sed").Single().Command;
        var expression = sed.Arguments[1];
        Assert.Equal("s|^VIRTUAL_ENV=.*|VIRTUAL_ENV='${HOMEaigfs}/venv'|", expression.StaticValue);
        Assert.All(expression.Segments, s => Assert.NotEqual(WordQuoting.None, s.Quoting));
    }

    [Fact]
    public void Here_document_bodies_and_comments_hold_no_commands_but_are_there_to_read()
    {
        var script = ParseValid(BuildScript);
        var doc = Assert.Single(script.HereDocuments);
        Assert.Contains("no-cache-dir = false", TextOf(script, doc.BodySpan));
        Assert.DoesNotContain(script.Commands, c => c.Command.Span.OverlapsWith(doc.BodySpan));
        Assert.StartsWith("# venvlsp: disable-file=VENV209", script.Comments[1].Text);
        Assert.Equal("#!/bin/bash", script.Shebang!.Text);
        Assert.True(script.HasOptionEnabled("xtrace"));
        Assert.True(script.HasOptionEnabled("errexit"));
    }

    [Fact]
    public void Reads_an_ecf_job_card_with_its_directive_lines_blanked()
    {
        var script = ParseValid(JobCard);
        var source = script.FindCommands("source").Single();
        Assert.Equal("${HOMEaigfs}/venv/bin/activate", source.Command.Arguments[0].Normalized);
        Assert.Equal("#PBS -N aigfs_forecast", script.Comments[0].Text);
        Assert.Equal("aigfs", script.ValueBefore("model", source.Command.Span.Start)!.StaticValue);

        var deactivate = script.FindCommands("deactivate").Single();
        Assert.True(deactivate.Index > source.Index);
        Assert.Equal(CommandContext.None, deactivate.Context);
        var jjob = script.Commands.Single(c => c.Command.Name?.Normalized == "${HOMEaigfs}/jobs/JAIGFS_FORECAST");
        Assert.True(source.Index < jjob.Index && jjob.Index < deactivate.Index);
        Assert.Empty(script.FindCommands("pip"));
        Assert.Equal(
            ["module", "source", "deactivate"],
            script.Commands.Where(c => c.Index > 0 && !c.IsConditional && c.Command.StaticName is { } n && !n.StartsWith('$')).Select(c => c.Command.StaticName!));
    }

    [Fact]
    public void Parses_a_twenty_thousand_line_script_without_errors()
    {
        var copies = 20_000 / BuildScript.Split('\n').Length + 1;
        var text = string.Concat(Enumerable.Repeat(BuildScript + "\n", copies));
        var script = ParseValid(text);
        Assert.True(text.Split('\n').Length > 20_000);
        Assert.Equal(ParseValid(BuildScript).Commands.Length * copies, script.Commands.Length);
        Assert.Equal(copies, script.HereDocuments.Length);
    }
}
