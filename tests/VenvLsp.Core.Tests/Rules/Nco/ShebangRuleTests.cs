using VenvLsp.Rules;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco404ShebangTests
{
    [Theory]
    [InlineData("jobs/JAIGFS_PREP")]
    [InlineData("scripts/exaigfs_prep.sh")]
    [InlineData("ush/aigfs_prep.sh")]
    public void Reports_a_script_without_a_shebang_line(string path) =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, path, "[|set -x|]\necho prep\n");

    [Theory]
    [InlineData("#!/bin/bash")]
    [InlineData("#!/bin/sh")]
    [InlineData("#!/bin/ksh")]
    [InlineData("#! /bin/bash")]
    [InlineData("#!/bin/ksh -x")]
    public void Does_not_report_the_J_job_shells_the_standard_names(string shebang) =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, "jobs/JAIGFS_PREP", shebang + "\nset -x\n");

    [Theory]
    [InlineData("#!/usr/bin/env bash", "#!/bin/bash")]
    [InlineData("#! /usr/bin/env bash", "#!/bin/bash")]
    [InlineData("#!/usr/bin/bash", "#!/bin/bash")]
    [InlineData("#!/usr/bin/env ksh", "#!/bin/ksh")]
    public void Reports_a_J_job_that_finds_its_shell_elsewhere_and_offers_the_bin_path(string shebang, string expected)
    {
        var fixture = NcoPackage.Compliant();
        var finding = Assert.Single(fixture.Check(RuleIds.Shebang, "jobs/JAIGFS_PREP", $"[|{shebang}|]\nset -x\n"));
        var fix = Assert.Single(finding.Fixes);
        Assert.False(fix.IsSafe);
        var fixedText = VenvLsp.Text.SourceText.From(fixture.Files.Content(VenvLsp.Tests.Support.PackageFixture.Path("jobs/JAIGFS_PREP")))
            .WithEdits(fix.Edits[0].Edits).Content;
        Assert.StartsWith(expected + "\n", fixedText);
    }

    [Fact]
    public void Reports_a_J_job_on_zsh_without_a_fix()
    {
        var finding = Assert.Single(NcoPackage.Compliant().Check(RuleIds.Shebang, "jobs/JAIGFS_PREP", "[|#!/bin/zsh|]\nset -x\n"));
        Assert.Empty(finding.Fixes);
    }

    [Theory]
    [InlineData("scripts/exaigfs_prep.sh", "#! /usr/bin/env bash")]
    [InlineData("scripts/exaigfs_prep.sh", "#!/usr/bin/env bash")]
    [InlineData("ush/aigfs_prep.sh", "#!/bin/ksh")]
    [InlineData("ush/aigfs_prep.sh", "#!/usr/local/bin/bash")]
    [InlineData("scripts/exaigfs_prep.py", "#!/usr/bin/env python3")]
    [InlineData("ush/aigfs_prep.py", "#!/usr/bin/env python3")]
    public void Does_not_report_any_absolute_interpreter_in_ex_and_ush_scripts(string path, string shebang) =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, path, shebang + "\nset -x\n");

    [Fact]
    public void Reports_a_relative_interpreter() =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, "ush/aigfs_prep.sh", "#![|bash|]\nset -x\n");

    [Fact]
    public void Reports_a_shebang_line_that_names_nothing() =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, "ush/aigfs_prep.sh", "[|#!  |]\nset -x\n");

    [Fact]
    public void Requires_a_shebang_in_Python_ex_scripts_and_in_ush_Python_that_is_run()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.Shebang, "scripts/exaigfs_prep.py", "[|import os|]\nprint(os.getcwd())\n");
        fixture.Check(RuleIds.Shebang, "ush/aigfs_prep.py", "[|import os|]\nif __name__ == \"__main__\":\n    print(os.getcwd())\n");
    }

    [Fact]
    public void Does_not_require_a_shebang_in_a_ush_Python_module_that_is_only_imported() =>
        NcoPackage.Compliant().Check(RuleIds.Shebang, "ush/aigfs_utils.py", "import os\n\n\ndef here():\n    return os.getcwd()\n");

    [Fact]
    public void Does_not_check_build_scripts_ecf_files_or_versions_files()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.Shebang, "sorc/build_venv.sh", "set -eu\npython3 -m venv --copies venv\n");
        Assert.DoesNotContain(fixture.Analyze("ecf/aigfs/forecast/jaigfs_forecast.ecf"), d => d.RuleId == RuleIds.Shebang);
        Assert.DoesNotContain(fixture.Analyze("versions/run.ver"), d => d.RuleId == RuleIds.Shebang);
    }

    [Theory]
    [InlineData("jobs/JAIGFS_PREP", "set -x\necho prep\n", "#!/bin/bash\nset -x\necho prep\n")]
    [InlineData("ush/aigfs_prep.ksh", "set -x\necho prep\n", "#!/bin/ksh\nset -x\necho prep\n")]
    [InlineData("scripts/exaigfs_prep.py", "import os\n", "#!/usr/bin/env python3\nimport os\n")]
    [InlineData("jobs/JAIGFS_PREP", "set -x\r\necho prep\r\n", "#!/bin/bash\r\nset -x\r\necho prep\r\n")]
    public void Fix_inserts_the_interpreter_line_of_the_script(string path, string before, string after)
    {
        var fixture = NcoPackage.Compliant().With(path, before);
        var fixedText = fixture.ApplyFix(RuleIds.Shebang, path);
        Assert.Equal(after, fixedText);
        fixture.With(path, fixedText);
        Assert.Empty(fixture.Findings(RuleIds.Shebang, path));
        if (!path.EndsWith(".py")) NcoPackage.AssertBashAccepts(fixedText);
    }

    [Fact]
    public void Reports_and_moves_a_shebang_that_is_not_on_the_first_line()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.Shebang, "jobs/JAIGFS_PREP", "# JAIGFS_PREP: prepare the inputs\n[|#!/bin/bash|]\nset -x\n");
        var fixedText = fixture.ApplyFix(RuleIds.Shebang, "jobs/JAIGFS_PREP");
        Assert.Equal("#!/bin/bash\n# JAIGFS_PREP: prepare the inputs\nset -x\n", fixedText);
        NcoPackage.AssertBashAccepts(fixedText);
    }
}
