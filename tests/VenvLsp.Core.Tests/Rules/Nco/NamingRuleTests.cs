using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco401JJobNameTests
{
    [Theory]
    [InlineData("jobs/JAIGFS_FORECAST.sh", "rename JAIGFS_FORECAST.sh to JAIGFS_FORECAST")]
    [InlineData("jobs/JAIGFS_forecast", "JAIGFS_FORECAST")]
    [InlineData("jobs/JAIGFS-FORECAST", "JAIGFS_FORECAST")]
    [InlineData("jobs/jaigfs_forecast", "JAIGFS_FORECAST")]
    [InlineData("jobs/run_forecast.sh", "move it out of jobs/")]
    public void Reports_a_J_job_named_against_the_standard(string path, string expected)
    {
        var fixture = NcoPackage.Compliant();
        var finding = fixture.Check(RuleIds.JJobName, path, "[|#!/bin/bash|]\nset -x\n");
        Assert.Contains(expected, Assert.Single(finding).Message);
    }

    [Theory]
    [InlineData("jobs/JAIGFS_FORECAST")]
    [InlineData("jobs/JAIGFS_POST_00")]
    [InlineData("jobs/J2")]
    public void Does_not_report_standard_J_job_names(string path) =>
        NcoPackage.Compliant().Check(RuleIds.JJobName, path, "#!/bin/bash\nset -x\n");

    [Theory]
    [InlineData("jobs/README")]
    [InlineData("jobs/README.md")]
    [InlineData("jobs/jobs.list")]
    public void Does_not_report_files_in_jobs_that_are_not_scripts(string path)
    {
        var fixture = NcoPackage.Compliant().With(path, "Run these J-jobs from the ecf job cards.\n");
        Assert.Empty(fixture.Analyze(path));
    }

    [Fact]
    public void Reports_a_Python_file_in_jobs()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.JJobName, "jobs/JAIGFS_PREP.py", "[|#!/usr/bin/env python3|]\nprint(1)\n");
    }

    [Fact]
    public void Reports_the_first_line_of_an_empty_J_job() =>
        NcoPackage.Compliant().Check(RuleIds.JJobName, "jobs/JAIGFS_PREP.sh", "[||]");
}

public class Nco402ExScriptNameTests
{
    [Theory]
    [InlineData("scripts/exaigfs-forecast.sh", "exaigfs_forecast.sh")]
    [InlineData("scripts/exAIGFS_forecast.sh", "exaigfs_forecast.sh")]
    [InlineData("scripts/exaigfs_forecast", "has no extension")]
    [InlineData("scripts/exaigfs_forecast.bash", "has the extension .bash")]
    [InlineData("scripts/exaigfs_forecast.ksh", "exaigfs_forecast.sh")]
    [InlineData("scripts/aigfs_forecast.sh", "does not start with ex")]
    public void Reports_an_ex_script_named_against_the_standard(string path, string expected)
    {
        var finding = NcoPackage.Compliant().Check(RuleIds.ExScriptName, path, "[|#!/bin/bash|]\nset -x\n");
        Assert.Contains(expected, Assert.Single(finding).Message);
    }

    [Theory]
    [InlineData("scripts/exaigfs_forecast.sh")]
    [InlineData("scripts/exaigfs_post_grib2.sh")]
    [InlineData("scripts/exaigfs_2m_t.sh")]
    public void Does_not_report_standard_ex_script_names(string path) =>
        NcoPackage.Compliant().Check(RuleIds.ExScriptName, path, "#!/bin/bash\nset -x\n");

    [Fact]
    public void Checks_Python_ex_scripts_too()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.ExScriptName, "scripts/exaigfs_post.py", "#!/usr/bin/env python3\nprint(1)\n");
        var finding = fixture.Check(RuleIds.ExScriptName, "scripts/ExAigfsPost.py", "[|#!/usr/bin/env python3|]\nprint(1)\n");
        Assert.Contains("exaigfspost.py", Assert.Single(finding).Message);
    }

    [Fact]
    public void Does_not_report_a_package_marker_in_scripts() =>
        NcoPackage.Compliant().Check(RuleIds.ExScriptName, "scripts/__init__.py", "");

    [Fact]
    public void Does_not_read_files_in_sub_folders_of_scripts_as_ex_scripts() =>
        NcoPackage.Compliant().Check(RuleIds.ExScriptName, "scripts/tools/plot.sh", "#!/bin/bash\nset -x\n");
}

public class Nco403UshScriptNameTests
{
    [Theory]
    [InlineData("ush/Aigfs_Plot.sh", "is not lowercase")]
    [InlineData("ush/exaigfs_helper.sh", "starts with ex")]
    [InlineData("ush/aigfs_prep", "has no extension")]
    [InlineData("ush/python/Plot_Maps.py", "is not lowercase")]
    public void Reports_a_ush_script_named_against_the_standard(string path, string expected)
    {
        var first = path.EndsWith(".py") ? "#!/usr/bin/env python3" : "#!/bin/bash";
        var finding = NcoPackage.Compliant().Check(RuleIds.UshScriptName, path, $"[|{first}|]\nset -x\n");
        Assert.Contains(expected, Assert.Single(finding).Message);
    }

    [Theory]
    [InlineData("ush/aigfs_run_post.sh")]
    [InlineData("ush/aigfs_plot_maps.py")]
    [InlineData("ush/extract_fields.sh")]
    [InlineData("ush/python/aigfs/__init__.py")]
    [InlineData("ush/aigfs-helper.ksh")]
    public void Does_not_report_standard_ush_script_names(string path) =>
        NcoPackage.Compliant().Check(RuleIds.UshScriptName, path, "#!/bin/bash\nset -x\n");

    [Fact]
    public void Does_not_read_data_files_in_ush()
    {
        var fixture = NcoPackage.Compliant().With("ush/Config.YAML", "a: 1\n");
        Assert.Empty(fixture.Analyze("ush/Config.YAML"));
    }
}
