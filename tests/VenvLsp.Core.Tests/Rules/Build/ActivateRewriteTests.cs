using VenvLsp.Rules;
using VenvLsp.Rules.Build;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Build;

public class Venv205NoActivateRewriteTests
{
    private const string Creation = "python3 -m venv --copies \"${venv_dir}\"\n";

    [Fact]
    public void Reports_a_build_that_never_rewrites_activate_and_inserts_a_rewrite_that_works()
    {
        var fixture = BuildScripts.Fixture();
        fixture.Check(RuleIds.NoActivateRewrite, BuildScripts.Path, BuildScripts.Header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n");
        var fixedScript = fixture.ApplyFix(RuleIds.NoActivateRewrite, BuildScripts.Path);
        Assert.EndsWith(Creation + BuildScripts.Rewrite, fixedScript);
        fixture.With(BuildScripts.Path, fixedScript);
        Assert.DoesNotContain(fixture.Analyze(BuildScripts.Path), d => d.RuleId is RuleIds.NoActivateRewrite or RuleIds.IneffectiveActivateRewrite);
    }

    [Fact]
    public void Inserts_the_rewrite_after_the_whole_statement_of_a_continued_creation()
    {
        var fixture = BuildScripts.Fixture().With(BuildScripts.Path, BuildScripts.Header + "python3 -m venv --copies \\\n    \"${venv_dir}\" || exit 1\necho done\n");
        Assert.EndsWith("    \"${venv_dir}\" || exit 1\n" + BuildScripts.Rewrite + "echo done\n", fixture.ApplyFix(RuleIds.NoActivateRewrite, BuildScripts.Path));
    }

    [Fact]
    public void Does_not_report_when_a_rewrite_exists()
    {
        BuildScripts.Fixture().Check(RuleIds.NoActivateRewrite, BuildScripts.Path, BuildScripts.Header + Creation + BuildScripts.Rewrite);
    }
}

public class Venv206IneffectiveActivateRewriteTests
{
    private static string Script(string rewrite) => BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + rewrite + "\n";

    [Theory]
    [InlineData("[|sed -i 's|^VIRTUAL_ENV=.*|VIRTUAL_ENV=${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\"|]", "^VIRTUAL_ENV= matches nothing")]
    [InlineData("[|sed -i \"s|^VIRTUAL_ENV=.*|VIRTUAL_ENV=${HOMEaigfs}/venv|\" \"${venv_dir}/bin/activate\"|]", "expanded when the build runs")]
    [InlineData("[|sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${HOMEaigfs}/venv/bin/activate|' \"${venv_dir}/bin/activate\"|]", "names the activate script")]
    [InlineData("[|sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=/lfs/h1/ops/aigfs/venv|' \"${venv_dir}/bin/activate\"|]", "absolute path")]
    [InlineData("[|sed -i -E \"s|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV='\\${HOMEaigfs}/venv'|\" \"${venv_dir}/bin/activate\"|]", "single quotes")]
    [InlineData("[|sed -i 's|.*VIRTUAL_ENV=\"\\(.*\\)\"$|VIRTUAL_ENV=${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\"|]", "drops \"export\"")]
    public void Reports_a_rewrite_that_misses_the_templates_or_writes_the_wrong_value(string rewrite, string message)
    {
        var found = BuildScripts.Fixture().Check(RuleIds.IneffectiveActivateRewrite, BuildScripts.Path, Script(rewrite));
        Assert.Contains(message, Assert.Single(found).Message);
    }

    [Theory]
    [InlineData("sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\"")]
    [InlineData("sed -i 's|^\\([[:space:]]*\\)\\(export \\)\\{0,1\\}VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=\"${HOMEaigfs}/venv\"|' \"${venv_dir}/bin/activate\"")]
    [InlineData("sed -i 's#VIRTUAL_ENV=.*#VIRTUAL_ENV=$HOMEaigfs/venv#' ${venv_dir}/bin/activate")]
    [InlineData("sed -i -e '/VIRTUAL_ENV=/s|=.*|=\"${HOMEaigfs}/venv\"|' \"${venv_dir}/bin/activate\"")]
    [InlineData("sed -i \"s|VIRTUAL_ENV=.*|VIRTUAL_ENV=\\${HOMEaigfs}/venv|\" \"${venv_dir}/bin/activate\"")]
    [InlineData("perl -pi -e 's|VIRTUAL_ENV=.*|VIRTUAL_ENV=\\${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\"")]
    public void Does_not_report_rewrites_that_work_on_every_template(string rewrite)
    {
        BuildScripts.Fixture().Check(RuleIds.IneffectiveActivateRewrite, BuildScripts.Path, Script(rewrite));
    }

    [Fact]
    public void Replaces_an_ineffective_rewrite_with_the_robust_one()
    {
        var fixture = BuildScripts.Fixture().With(BuildScripts.Path, Script("sed -i 's|^VIRTUAL_ENV=.*|VIRTUAL_ENV=${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\""));
        var fixedScript = fixture.ApplyFix(RuleIds.IneffectiveActivateRewrite, BuildScripts.Path);
        Assert.EndsWith(BuildScripts.Rewrite, fixedScript);
    }

    [Fact]
    public void The_robust_rewrite_sets_every_template_to_the_package_variable()
    {
        var substitutions = SedScript.Parse("s|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${HOMEaigfs}/venv|", extended: true);
        foreach (var (_, line, _) in RewriteVerdict.Templates)
        {
            var result = substitutions[0].Apply(line);
            Assert.EndsWith("VIRTUAL_ENV=${HOMEaigfs}/venv", result);
            Assert.Equal(line.Contains("export"), result.Contains("export"));
        }
    }
}

public class BuildEnvironmentRuleTests
{
    private const string Tail = "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite;

    [Fact]
    public void Reports_a_venv_created_before_the_python_module_is_loaded_and_inserts_the_load()
    {
        var fixture = BuildScripts.Fixture();
        var header = BuildScripts.Header.Replace("module load python/${python_ver:?}\n", "", StringComparison.Ordinal);
        fixture.Check(RuleIds.NoPythonModuleBeforeVenv, BuildScripts.Path, header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        Assert.Contains("module load python/${python_ver:?}\npython3 -m venv --copies", fixture.ApplyFix(RuleIds.NoPythonModuleBeforeVenv, BuildScripts.Path));
    }

    [Theory]
    [InlineData("module load python/3.12.0\n")]
    [InlineData("module load python\n")]
    [InlineData("ml python/${python_ver}\n")]
    [InlineData("module load aigfs_build\n")]
    public void Does_not_report_a_python_module_loaded_directly_or_through_the_package_modulefile(string load)
    {
        var header = BuildScripts.Header.Replace("module load python/${python_ver:?}\n", load, StringComparison.Ordinal);
        BuildScripts.Fixture().With("modulefiles/aigfs_build.lua", "load(\"python/3.12.0\")\n")
            .Check(RuleIds.NoPythonModuleBeforeVenv, BuildScripts.Path, header + Tail);
    }

    [Fact]
    public void Reports_a_hard_coded_python_version_and_uses_the_versions_file_variable()
    {
        var fixture = BuildScripts.Fixture();
        var header = BuildScripts.Header.Replace("python/${python_ver:?}", "python/[|3.11.7|]", StringComparison.Ordinal);
        var found = fixture.Check(RuleIds.HardCodedPythonVersion, BuildScripts.Path, header + Tail);
        Assert.DoesNotContain("older", Assert.Single(found).Message);
        Assert.Contains("module load python/${python_ver:?}", fixture.ApplyFix(RuleIds.HardCodedPythonVersion, BuildScripts.Path));
    }

    [Fact]
    public void Reports_a_python_older_than_the_newest_configured()
    {
        var fixture = BuildScripts.Fixture().With("versions/build.ver", "export python_ver=3.11.7\n");
        fixture.Files.Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt", "newestPython": "3.12.0" }""");
        var found = fixture.Check(RuleIds.HardCodedPythonVersion, BuildScripts.Path,
            BuildScripts.Header.Replace("module load python/${python_ver:?}", "module load [|python/${python_ver:?}|]", StringComparison.Ordinal) + Tail);
        Assert.Contains("older than the newest python", Assert.Single(found).Message);
    }

    [Fact]
    public void Reports_a_build_script_without_clean_and_debug_options()
    {
        var header = BuildScripts.Header.Replace("case \"${1:-build}\" in clean) rm -rf \"${venv_dir}\"; exit 0 ;; debug) set -x ;; esac\n", "", StringComparison.Ordinal);
        BuildScripts.Fixture().Check(RuleIds.NoBuildOptions, BuildScripts.Path, header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
    }

    [Theory]
    [InlineData("while getopts \"cdh\" opt; do case $opt in c) clean=1 ;; d) debug=1 ;; esac; done\n")]
    [InlineData("if [ \"$1\" = \"--clean\" ]; then rm -rf x; fi\nif [[ $1 == --debug ]]; then set -x; fi\n")]
    [InlineData("clean() { rm -rf x; }\ndebug() { set -x; }\n")]
    public void Does_not_report_build_options_written_in_other_ways(string options)
    {
        var header = BuildScripts.Header.Replace("case \"${1:-build}\" in clean) rm -rf \"${venv_dir}\"; exit 0 ;; debug) set -x ;; esac\n", options, StringComparison.Ordinal);
        BuildScripts.Fixture().Check(RuleIds.NoBuildOptions, BuildScripts.Path, header + Tail);
    }

    [Fact]
    public void Notes_a_venv_created_over_an_old_one()
    {
        var header = BuildScripts.Header[..BuildScripts.Header.LastIndexOf("rm -rf", StringComparison.Ordinal)];
        BuildScripts.Fixture().Check(RuleIds.VenvOverOldOne, BuildScripts.Path, header + "python3 -m venv --copies [|\"${venv_dir}\"|]\n" + BuildScripts.Rewrite);
    }

    [Theory]
    [InlineData("python3 -m venv --copies --clear \"${venv_dir}\"\n")]
    [InlineData("rm -rf ${HOMEaigfs}/venv\npython3 -m venv --copies \"${venv_dir}\"\n")]
    public void Does_not_note_a_venv_created_fresh(string creation)
    {
        var header = BuildScripts.Header[..BuildScripts.Header.LastIndexOf("rm -rf", StringComparison.Ordinal)];
        BuildScripts.Fixture().Check(RuleIds.VenvOverOldOne, BuildScripts.Path, header + creation + BuildScripts.Rewrite);
    }

    [Fact]
    public void Reports_paths_relative_to_the_caller_and_anchors_them_on_the_script()
    {
        var fixture = BuildScripts.Fixture();
        var header = BuildScripts.Header.Replace("source \"${HOMEaigfs}/versions/build.ver\"", "source [|../versions/build.ver|]", StringComparison.Ordinal);
        fixture.Check(RuleIds.DependsOnWorkingDirectory, BuildScripts.Path, header + Tail);
        Assert.Contains("source \"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)/../versions/build.ver\"", fixture.ApplyFix(RuleIds.DependsOnWorkingDirectory, BuildScripts.Path));
    }

    [Fact]
    public void Does_not_report_relative_paths_after_an_anchored_cd()
    {
        var header = BuildScripts.Header.Replace("source \"${HOMEaigfs}/versions/build.ver\"", "cd \"${HOMEaigfs}/sorc\"\nsource ../versions/build.ver", StringComparison.Ordinal);
        BuildScripts.Fixture().Check(RuleIds.DependsOnWorkingDirectory, BuildScripts.Path, header + Tail);
    }
}
