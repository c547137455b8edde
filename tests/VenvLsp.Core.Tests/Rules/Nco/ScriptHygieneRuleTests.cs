using VenvLsp.Rules;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco405NoSetXTests
{
    [Theory]
    [InlineData("jobs/JAIGFS_PREP")]
    [InlineData("scripts/exaigfs_prep.sh")]
    [InlineData("ush/aigfs_prep.sh")]
    public void Reports_a_shell_script_that_never_turns_on_xtrace(string path) =>
        NcoPackage.Compliant().Check(RuleIds.NoSetX, path, "[|#!/bin/bash|]\nset -eu\necho prep\n");

    [Theory]
    [InlineData("set -x")]
    [InlineData("set -xa")]
    [InlineData("set -eux")]
    [InlineData("set -o xtrace")]
    [InlineData("set -e -o pipefail -x")]
    [InlineData("case ${1:-} in debug) set -x ;; esac")]
    [InlineData("if [[ ${DEBUG:-NO} == YES ]]; then set -x; fi")]
    public void Does_not_report_any_set_that_turns_on_xtrace(string line) =>
        NcoPackage.Compliant().Check(RuleIds.NoSetX, "jobs/JAIGFS_PREP", $"#!/bin/bash\n{line}\necho prep\n");

    [Fact]
    public void Does_not_report_xtrace_turned_on_by_the_shebang_line() =>
        NcoPackage.Compliant().Check(RuleIds.NoSetX, "ush/aigfs_prep.sh", "#!/bin/bash -xe\necho prep\n");

    [Fact]
    public void Does_not_report_Python_or_Perl_scripts()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.NoSetX, "scripts/exaigfs_prep.py", "#!/usr/bin/env python3\nprint(1)\n");
        fixture.Check(RuleIds.NoSetX, "scripts/exaigfs_prep.pl", "#!/usr/bin/env perl\nprint 1;\n");
        fixture.Check(RuleIds.NoSetX, "scripts/exaigfs_prep", "#!/usr/bin/env python3\nprint(1)\n");
    }

    [Fact]
    public void Does_not_report_build_scripts_or_ecf_files()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.NoSetX, "sorc/build_venv.sh", "#!/bin/bash\nset -eu\n");
        Assert.DoesNotContain(fixture.Analyze("ecf/include/tail.h"), d => d.RuleId == RuleIds.NoSetX);
    }

    [Theory]
    [InlineData("#!/bin/bash\necho prep\n", "#!/bin/bash\nset -x\necho prep\n")]
    [InlineData("#!/bin/bash", "#!/bin/bash\nset -x")]
    [InlineData("echo prep\n", "set -x\necho prep\n")]
    [InlineData("#!/bin/ksh\r\necho prep\r\n", "#!/bin/ksh\r\nset -x\r\necho prep\r\n")]
    public void Fix_inserts_set_x_after_the_shebang_line(string before, string after)
    {
        var fixture = NcoPackage.Compliant().With("ush/aigfs_prep.sh", before);
        var fixedText = fixture.ApplyFix(RuleIds.NoSetX, "ush/aigfs_prep.sh");
        Assert.Equal(after, fixedText);
        fixture.With("ush/aigfs_prep.sh", fixedText);
        Assert.Empty(fixture.Findings(RuleIds.NoSetX, "ush/aigfs_prep.sh"));
        NcoPackage.AssertBashAccepts(fixedText);
    }
}

public class Nco406CrLfOrNonAsciiTests
{
    [Fact]
    public void Reports_CRLF_once_at_the_first_line_with_it()
    {
        var finding = Assert.Single(NcoPackage.Compliant().Check(RuleIds.CrLfOrNonAscii, "jobs/JAIGFS_PREP",
            "[|#!/bin/bash|]\r\nset -x\r\necho prep\r\n"));
        Assert.Contains("3 lines end with CR", finding.Message);
    }

    [Fact]
    public void Fix_converts_CRLF_and_lone_CR_to_LF()
    {
        var fixture = NcoPackage.Compliant().With("jobs/JAIGFS_PREP", "#!/bin/bash\r\nset -x\recho prep\r\n");
        var fixedText = fixture.ApplyFix(RuleIds.CrLfOrNonAscii, "jobs/JAIGFS_PREP");
        Assert.Equal("#!/bin/bash\nset -x\necho prep\n", fixedText);
        fixture.With("jobs/JAIGFS_PREP", fixedText);
        Assert.Empty(fixture.Findings(RuleIds.CrLfOrNonAscii, "jobs/JAIGFS_PREP"));
        NcoPackage.AssertBashAccepts(fixedText);
    }

    [Fact]
    public void Reports_each_line_with_characters_outside_ASCII_without_a_fix()
    {
        var found = NcoPackage.Compliant().Check(RuleIds.CrLfOrNonAscii, "scripts/exaigfs_prep.sh", """
            #!/bin/bash
            set -x
            # Temperature in [|°|]C
            echo [|“|]done”
            cp a[|  |]b
            """.Replace("  ", "\u00A0\u00A0"));
        Assert.All(found, f => Assert.Empty(f.Fixes));
        Assert.Contains("typographic quote", found[1].Message);
        Assert.Contains("non-breaking space", found[2].Message);
    }

    [Fact]
    public void Reports_a_byte_order_mark()
    {
        var fixture = NcoPackage.Compliant().With("ush/aigfs_prep.sh", "\uFEFF#!/bin/bash\nset -x\n");
        var finding = Assert.Single(fixture.Findings(RuleIds.CrLfOrNonAscii, "ush/aigfs_prep.sh"));
        Assert.Contains("byte-order mark", finding.Message);
        Assert.Equal(0, finding.Location.Span.Start);
    }

    [Fact]
    public void Checks_ecf_job_cards_and_includes_too()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.CrLfOrNonAscii, "ecf/include/head.h", "[|set -xe|]\r\nmodule reset\r\n");
        fixture.Check(RuleIds.CrLfOrNonAscii, "ecf/aigfs/forecast/jaigfs_forecast.ecf",
            NcoPackage.ForecastEcf.Replace("Runs the AI forecast.", "Runs the AI forecast [|—|] member 0."));
    }

    [Fact]
    public void Reports_a_surrogate_pair_as_one_character()
    {
        var finding = Assert.Single(NcoPackage.Compliant().Check(RuleIds.CrLfOrNonAscii, "ush/aigfs_prep.sh", "#!/bin/bash\nset -x\necho [|😀|]\n"));
        Assert.Contains("U+1F600", finding.Message);
    }

    [Fact]
    public void Does_not_report_ASCII_scripts_with_LF_or_files_outside_the_scripts()
    {
        var fixture = NcoPackage.Compliant();
        foreach (var path in NcoPackage.CompliantFiles)
            Assert.Empty(fixture.Findings(RuleIds.CrLfOrNonAscii, path));
        fixture.Check(RuleIds.CrLfOrNonAscii, "sorc/build_venv.sh", "#!/bin/bash\r\n# Größe\r\n");
    }
}
