using VenvLsp.Rules;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco407EcfHeadTailTests
{
    private const string Card = "ecf/aigfs/prep/jaigfs_prep.ecf";

    [Fact]
    public void Reports_a_card_without_tail_h_at_its_last_job_line() =>
        NcoPackage.Compliant().Check(RuleIds.EcfHeadTail, Card, """
            #PBS -N aigfs_prep
            export model=aigfs
            %include <head.h>
            [|${HOMEaigfs}/jobs/JAIGFS_FORECAST|]
            %manual
              Prepares the inputs.
            %end
            """);

    [Fact]
    public void Reports_a_card_without_head_h() =>
        NcoPackage.Compliant().Check(RuleIds.EcfHeadTail, Card, """
            [|#PBS -N aigfs_prep|]
            export model=aigfs
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            %include <tail.h>
            """);

    [Fact]
    public void Reports_tail_h_before_head_h() =>
        NcoPackage.Compliant().Check(RuleIds.EcfHeadTail, Card, """
            #PBS -N aigfs_prep
            export model=aigfs
            [|%include <tail.h>|]
            %include <head.h>
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            """);

    [Fact]
    public void Does_not_count_includes_inside_a_manual_or_comment_block() =>
        NcoPackage.Compliant().Check(RuleIds.EcfHeadTail, Card, """
            [|#PBS -N aigfs_prep|]
            export model=aigfs
            %comment
            %include <head.h>
            %end
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            %include <tail.h>
            """);

    [Fact]
    public void Does_not_report_a_card_with_head_and_tail_in_order_and_other_includes_between() =>
        NcoPackage.Compliant().Check(RuleIds.EcfHeadTail, Card, """
            #PBS -N aigfs_prep
            export model=aigfs
            %include <head.h>
            %include <envir-p1.h>
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            %include <tail.h>
            """);

    [Fact]
    public void Checks_a_job_card_without_the_ecf_extension_and_not_the_includes()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.EcfHeadTail, "ecf/aigfs/prep/jaigfs_prep", "[|#PBS -N aigfs_prep|]\nmodel=aigfs\n${HOMEaigfs}/jobs/JAIGFS_FORECAST\n");
        fixture.Check(RuleIds.EcfHeadTail, "ecf/include/envir-p1.h", "export envir=%ENVIR%\n");
    }
}

public class Nco408EcfModelBeforeHeadTests
{
    private const string Card = "ecf/aigfs/prep/jaigfs_prep.ecf";

    [Fact]
    public void Reports_head_h_when_model_is_never_set_and_offers_the_line_in_the_editor()
    {
        var fixture = NcoPackage.Compliant();
        var finding = Assert.Single(fixture.Check(RuleIds.EcfModelBeforeHead, Card, """
            #PBS -N aigfs_prep
            [|%include <head.h>|]
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            %include <tail.h>
            """));
        var fix = Assert.Single(finding.Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal("export model=aigfs\n", fix.Edits[0].Edits[0].NewText);
    }

    [Fact]
    public void Reports_a_model_set_after_head_h() =>
        NcoPackage.Compliant().Check(RuleIds.EcfModelBeforeHead, Card, """
            #PBS -N aigfs_prep
            %include <head.h>
            [|model=aigfs|]
            ${HOMEaigfs}/jobs/JAIGFS_FORECAST
            %include <tail.h>
            """);

    [Theory]
    [InlineData("model=hafs")]
    [InlineData("export model=aigfs")]
    [InlineData("export export model=aigfs")]
    [InlineData("declare -x model=aigfs")]
    [InlineData("model=%MODEL:aigfs%")]
    public void Does_not_report_any_assignment_before_head_h(string line) =>
        NcoPackage.Compliant().Check(RuleIds.EcfModelBeforeHead, Card, $"#PBS -N aigfs_prep\n{line}\n%include <head.h>\n%include <tail.h>\n");

    [Fact]
    public void Does_not_count_a_model_set_in_a_subshell() =>
        NcoPackage.Compliant().Check(RuleIds.EcfModelBeforeHead, Card, "( model=aigfs )\n[|%include <head.h>|]\n%include <tail.h>\n");

    [Fact]
    public void Accepts_a_model_set_by_an_include_before_head_h()
    {
        var fixture = NcoPackage.Compliant().With("ecf/include/model.h", "export model=aigfs\n");
        fixture.Check(RuleIds.EcfModelBeforeHead, Card, "%include <model.h>\n%include <head.h>\n%include <tail.h>\n");
    }

    [Fact]
    public void Stays_silent_when_an_include_before_head_h_cannot_be_found() =>
        NcoPackage.Compliant().Check(RuleIds.EcfModelBeforeHead, Card, "%include <site.h>\n%include <head.h>\n%include <tail.h>\n");

    [Fact]
    public void Stays_silent_without_head_h() =>
        NcoPackage.Compliant().Check(RuleIds.EcfModelBeforeHead, Card, "${HOMEaigfs}/jobs/JAIGFS_FORECAST\n%include <tail.h>\n");
}

public class Nco409EcfSyntaxTests
{
    [Fact]
    public void Reports_what_the_ecflow_pre_processor_rejects()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.EcfSyntax, "ecf/aigfs/prep/jaigfs_prep.ecf", """
            export model=aigfs
            [|%inlcude|] <head.h>
            export PDY=$(date +%Y%m[|%|]d)
            %include <tail.h>
            [|%manual|]
              never closed
            """);
    }

    [Fact]
    public void Reports_errors_in_include_files()
    {
        NcoPackage.Compliant().Check(RuleIds.EcfSyntax, "ecf/include/head.h", "set -xe\n[|%end|]\n");
    }

    [Fact]
    public void Does_not_report_PBS_lines_variables_defaults_literals_or_nopp_blocks() =>
        NcoPackage.Compliant().Check(RuleIds.EcfSyntax, "ecf/aigfs/prep/jaigfs_prep.ecf", """
            #PBS -N aigfs_prep_%CYC%
            #PBS -A %PROJ%-%PROJENVIR%
            export model=aigfs
            %include <head.h>
            export MEMBER=%MEMBER:000%
            echo "100%% done"
            %nopp
            date +%Y%m%d
            %end
            %include <tail.h>
            """);
}

public class Nco410EcfForeignSchedulerTests
{
    [Fact]
    public void Reports_Slurm_and_LSF_directives() =>
        NcoPackage.Compliant().Check(RuleIds.EcfForeignScheduler, "ecf/aigfs/prep/jaigfs_prep.ecf", """
            #PBS -N aigfs_prep
            [|#SBATCH --nodes=1|]
            [|#BSUB -W 00:30|]
            export model=aigfs
            %include <head.h>
            %include <tail.h>
            """);

    [Fact]
    public void Does_not_report_PBS_lines_indented_lines_comments_or_manual_text() =>
        NcoPackage.Compliant().Check(RuleIds.EcfForeignScheduler, "ecf/aigfs/prep/jaigfs_prep.ecf", """
            #PBS -N aigfs_prep
            #PBS -l walltime=00:30:00
            # the old #SBATCH lines were replaced by #PBS
              #SBATCH --nodes=1
            #SBATCHED is not a directive
            export model=aigfs
            %include <head.h>
            %include <tail.h>
            %manual
            #SBATCH --nodes=1 (how it ran on Hera)
            %end
            """);
}

public class Nco411EcfMissingJJobTests
{
    private const string Card = "ecf/aigfs/prep/jaigfs_prep.ecf";

    [Fact]
    public void Reports_a_near_name_with_did_you_mean_a_related_location_and_an_editor_fix()
    {
        var fixture = NcoPackage.Compliant();
        var finding = Assert.Single(fixture.Check(RuleIds.EcfMissingJJob, Card,
            "export model=aigfs\n%include <head.h>\n${HOMEaigfs}/jobs/[|JAIGFS_FORCAST|]\n%include <tail.h>\n"));
        Assert.Contains("did you mean JAIGFS_FORECAST?", finding.Message);
        Assert.EndsWith("/jobs/JAIGFS_FORECAST", Assert.Single(finding.Related).Location.Path);
        var fix = Assert.Single(finding.Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal("JAIGFS_FORECAST", fix.Edits[0].Edits[0].NewText);
    }

    [Fact]
    public void Reports_a_missing_J_job_with_the_jobs_folder_as_related_location()
    {
        var finding = Assert.Single(NcoPackage.Compliant().Check(RuleIds.EcfMissingJJob, Card,
            "export model=aigfs\n%include <head.h>\n$HOMEaigfs/jobs/[|JAIGFS_ENSEMBLE_STATS|]\n%include <tail.h>\n"));
        Assert.Contains("JAIGFS_FORECAST", finding.Message);
        Assert.EndsWith("/jobs", Assert.Single(finding.Related).Location.Path);
        Assert.Empty(finding.Fixes);
    }

    [Theory]
    [InlineData("${HOMEaigfs}/jobs/JAIGFS_FORECAST")]
    [InlineData("$HOMEaigfs/jobs/JAIGFS_FORECAST")]
    [InlineData("\"${HOMEaigfs}/jobs/JAIGFS_FORECAST\"")]
    [InlineData("bash ${HOMEaigfs}/jobs/JAIGFS_FORECAST")]
    [InlineData("%PACKAGEHOME%/jobs/JAIGFS_FORECAST")]
    public void Does_not_report_a_J_job_that_exists(string call) =>
        NcoPackage.Compliant().Check(RuleIds.EcfMissingJJob, Card, $"export model=aigfs\n%include <head.h>\n{call}\n%include <tail.h>\n");

    [Theory]
    [InlineData("${HOMEgfs}/jobs/JGLOBAL_FORECAST")]
    [InlineData("${HOMEaigfs}/jobs/J${JOBNAME}")]
    [InlineData("${HOMEaigfs}/jobs/%JOB%")]
    public void Does_not_judge_other_packages_or_names_built_from_variables(string call) =>
        NcoPackage.Compliant().Check(RuleIds.EcfMissingJJob, Card, $"export model=aigfs\n%include <head.h>\n{call}\n%include <tail.h>\n");

    [Fact]
    public void Resolves_the_call_through_the_card_s_own_variables() =>
        NcoPackage.Compliant().Check(RuleIds.EcfMissingJJob, Card,
            "export model=aigfs\n%include <head.h>\njobs=${HOMEaigfs}/jobs\n${jobs}/[|JAIGFS_FORCAST|]\n%include <tail.h>\n");

    [Fact]
    public void Checks_a_job_card_without_the_ecf_extension() =>
        NcoPackage.Compliant().Check(RuleIds.EcfMissingJJob, "ecf/aigfs/prep/jaigfs_prep",
            "#PBS -N aigfs_prep\nmodel=aigfs\n%include <head.h>\n${HOMEaigfs}/jobs/[|JAIGFS_PREP|]\n%include <tail.h>\n");

    [Fact]
    public void Says_so_when_the_package_has_no_jobs_folder()
    {
        // A package found by its folder name alone, with no jobs/ at all.
        var fixture = new VenvLsp.Tests.Support.PackageFixture();
        var finding = Assert.Single(fixture.Check(RuleIds.EcfMissingJJob, "/repo/hafs.v2.1.0/ecf/jhafs_prep.ecf",
            "export model=hafs\n%include <head.h>\n${HOMEhafs}/jobs/[|JHAFS_PREP|]\n%include <tail.h>\n"));
        Assert.Contains("no jobs/ folder", finding.Message);
    }
}
