using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Venv;

public class Venv006VenvHasOutsideLinksTests
{
    [Fact]
    public void Reports_a_venv_built_with_links_once_with_each_outside_link_related()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config(copies: false).LinkedPython();
        var diagnostic = Assert.Single(fixture.Check(RuleIds.VenvHasOutsideLinks, VenvPackage.BuildScriptPath, VenvPackage.BuildScript(marked: true)));
        Assert.Contains("a symbolic link pointing outside it (venv/bin/python3.12 -> /apps/prod/python/3.12.1/bin/python3.12)", diagnostic.Message);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(VenvPackage.VenvPath + "/bin/python3.12", related.Location.Path);
    }

    [Fact]
    public void Reports_relative_links_that_climb_out_of_the_venv()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().CopiedPython()
            .Link("bin/python3", "../../../../apps/prod/python/3.12.1/bin/python3")
            .Link("bin/eccodes-info", "../../sorc/eccodes/bin/info");
        var diagnostic = Assert.Single(fixture.Check(RuleIds.VenvHasOutsideLinks, VenvPackage.BuildScriptPath, VenvPackage.BuildScript(marked: true)));
        Assert.Contains("2 symbolic links", diagnostic.Message);
        Assert.Equal(2, diagnostic.Related.Length);
    }

    [Fact]
    public void Does_not_report_links_that_stay_inside_the_venv()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().CopiedPython()
            .Link("bin/python3", "python")
            .Link("bin/pip3", "/repo/aigfs.v1.0.0/venv/bin/pip");
        fixture.Check(RuleIds.VenvHasOutsideLinks, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Fact]
    public void Does_not_report_a_venv_built_with_copies()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        fixture.Check(RuleIds.VenvHasOutsideLinks, VenvPackage.BuildScriptPath, VenvPackage.BuildScript());
    }

    [Fact]
    public void Does_not_report_in_other_files_of_the_package()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config(copies: false).LinkedPython();
        fixture.Check(RuleIds.VenvHasOutsideLinks, "jobs/JAIGFS_FORECAST", "#!/bin/bash\nset -x\nsource ${HOMEaigfs}/venv/bin/activate\npython ${HOMEaigfs}/ush/run.py\n");
    }
}
