using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Venv;

public class Venv005ActivateVirtualEnvNotPortableTests
{
    private const string BuildPath = "/lfs/h2/emc/ai/noscrub/first.last/aigfs.v1.0.0/venv";

    public static TheoryData<string> Templates => [.. ActivateTemplates.All.Select(t => t.Name)];

    private static PackageFixture WithActivate(string activate)
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().CopiedPython().Activate(activate);
        return fixture;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Reports_the_build_path_kept_by_each_template_once_at_the_venv_creation(string template)
    {
        var fixture = WithActivate(ActivateTemplates.Get(template)(BuildPath));
        var diagnostic = Assert.Single(fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript(marked: true)));
        Assert.Contains(BuildPath, diagnostic.Message);
        Assert.Contains("${HOMEaigfs}/venv", diagnostic.Message);
        Assert.All(diagnostic.Related, r => Assert.Equal(VenvPackage.VenvPath + "/bin/activate", r.Location.Path));
        Assert.NotEmpty(diagnostic.Related);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Does_not_report_any_template_after_the_robust_rewrite(string template)
    {
        var fixture = WithActivate(ActivateTemplates.Rewritten(ActivateTemplates.Get(template)(BuildPath)));
        fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Theory]
    [InlineData("$HOMEaigfs/venv")]
    [InlineData("${HOMEaigfs}/venv/")]
    [InlineData("\"${HOMEaigfs}/venv\"")]
    [InlineData("${HOMEaigfs:?}/venv")]
    [InlineData("\"${HOMEaigfs:?HOMEaigfs is not set}/venv\"")]
    public void Does_not_report_equivalent_spellings_of_the_package_venv(string value)
    {
        var fixture = WithActivate(ActivateTemplates.Venv38("x").Replace("VIRTUAL_ENV=\"x\"", "VIRTUAL_ENV=" + value));
        fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Theory]
    [InlineData("'${HOMEaigfs}/venv'", "single-quoted")]
    [InlineData("${HOMEaigfs}/venv/bin/activate", "the activate script")]
    [InlineData("${HOMEaigefs}/venv", "another package's HOME variable")]
    [InlineData("/repo/aigfs.v1.0.0/venv", "this package's absolute path")]
    public void Reports_values_that_look_right_but_are_not(string value, string explained)
    {
        var fixture = WithActivate(ActivateTemplates.Venv38("x").Replace("VIRTUAL_ENV=\"x\"", "VIRTUAL_ENV=" + value));
        var diagnostic = Assert.Single(fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript(marked: true)));
        Assert.Contains(explained, diagnostic.Message);
    }

    [Fact]
    public void Ignores_the_cygwin_branch_when_only_the_linux_branch_was_rewritten()
    {
        var template = ActivateTemplates.Venv312(BuildPath).Replace($"export VIRTUAL_ENV=\"{BuildPath}\"", "export VIRTUAL_ENV=${HOMEaigfs}/venv");
        var fixture = WithActivate(template);
        fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Fact]
    public void Reports_an_activate_script_that_never_sets_virtual_env()
    {
        var fixture = WithActivate("# emptied by a broken rewrite\nexport PATH=\"$VIRTUAL_ENV/bin:$PATH\"\n");
        var diagnostic = Assert.Single(fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript(marked: true)));
        Assert.Contains("never sets VIRTUAL_ENV", diagnostic.Message);
    }

    [Fact]
    public void Does_not_report_without_a_built_venv()
    {
        VenvPackage.Create().Check(RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Fact]
    public void Reports_once_for_the_package_not_in_the_jobs_that_activate()
    {
        var fixture = WithActivate(ActivateTemplates.Venv312(BuildPath));
        fixture.With(VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
        fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, "ecf/aigfs/jaigfs_forecast.ecf", """
            #PBS -N aigfs_forecast
            export model=aigfs
            %include <head.h>
            module load python/${python_ver}
            source ${HOMEaigfs}/venv/bin/activate
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            deactivate
            %include <tail.h>
            """);
        Assert.Single(VenvPackage.Findings(fixture, RuleIds.ActivateVirtualEnvNotPortable, VenvPackage.BuildScriptPath));
    }

    [Fact]
    public void Reports_at_the_first_activation_when_no_build_script_creates_the_venv()
    {
        var fixture = new PackageFixture().With("requirements.txt", VenvPackage.Requirements);
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Activate(ActivateTemplates.Venv38(BuildPath));
        fixture.Check(RuleIds.ActivateVirtualEnvNotPortable, "ecf/aigfs/jaigfs_forecast.ecf", """
            export model=aigfs
            %include <head.h>
            module load python/${python_ver}
            [|source ${HOMEaigfs}/venv/bin/activate|]
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            deactivate
            %include <tail.h>
            """);
    }
}
