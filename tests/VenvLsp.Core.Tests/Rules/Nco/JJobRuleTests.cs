using VenvLsp.Rules;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco415NoErrChkTests
{
    private const string Job = "jobs/JAIGFS_PREP";

    [Fact]
    public void Reports_an_ex_script_call_without_a_check_and_offers_one_in_the_editor()
    {
        var fixture = NcoPackage.Compliant();
        var finding = Assert.Single(fixture.Check(RuleIds.NoErrChk, Job, """
            #!/bin/bash
            set -xa
            [|${HOMEaigfs}/scripts/exaigfs_prep.sh|]
            date
            """));
        var fix = Assert.Single(finding.Fixes);
        Assert.False(fix.IsSafe);
        var fixedText = VenvLsp.Text.SourceText.From(fixture.Files.Content(VenvLsp.Tests.Support.PackageFixture.Path(Job))).WithEdits(fix.Edits[0].Edits).Content;
        Assert.Equal("#!/bin/bash\nset -xa\n${HOMEaigfs}/scripts/exaigfs_prep.sh\nexport err=$?; err_chk\ndate", fixedText);
        NcoPackage.AssertBashAccepts(fixedText);
    }

    [Fact]
    public void Reports_a_saved_status_that_err_chk_never_reads() =>
        NcoPackage.Compliant().Check(RuleIds.NoErrChk, Job, """
            #!/bin/bash
            set -xa
            [|$HOMEaigfs/scripts/exaigfs_prep.sh|]
            export err=$?
            date
            """);

    [Fact]
    public void Reports_a_check_that_comes_too_late() =>
        NcoPackage.Compliant().Check(RuleIds.NoErrChk, Job, """
            #!/bin/bash
            set -xa
            [|${SCRaigfs}/exaigfs_prep.sh|]
            cp $DATA/out.nc $COMOUT/
            export err=$?; err_chk
            """);

    [Theory]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh\nexport err=$?; err_chk")]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh\nexport err=$?\nerr_chk")]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh\nerr=$?\n[[ $err -ne 0 ]] && echo failed\nerr_chk")]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh\nerr_chk")]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh >> $pgmout 2>errfile\nexport err=$?; err_chk")]
    [InlineData("bash ${HOMEaigfs}/scripts/exaigfs_prep.sh\nexport err=$?; err_chk")]
    [InlineData("python ${HOMEaigfs}/scripts/exaigfs_prep.py\nexport err=$?; err_chk")]
    [InlineData("${SCRIPTSaigfs}/ex${RUN}_prep.sh\nexport err=$?; err_chk")]
    [InlineData("if ! ${HOMEaigfs}/scripts/exaigfs_prep.sh; then err_exit \"prep failed\"; fi")]
    [InlineData("${HOMEaigfs}/scripts/exaigfs_prep.sh || err_exit \"prep failed\"")]
    public void Does_not_report_a_checked_call(string lines) =>
        NcoPackage.Compliant().Check(RuleIds.NoErrChk, Job, $"#!/bin/bash\nset -xa\n{lines}\n");

    [Fact]
    public void Does_not_judge_a_J_job_without_a_recognisable_ex_script_call() =>
        NcoPackage.Compliant().Check(RuleIds.NoErrChk, Job, """
            #!/bin/bash
            set -xa
            ${USHaigfs}/extract_fields.sh
            export EXSCRIPT=${EXSCRIPT:-${HOMEaigfs}/scripts/exaigfs_prep.sh}
            ${EXSCRIPT}
            export err=0
            """);

    [Fact]
    public void Does_not_check_ex_or_ush_scripts() =>
        NcoPackage.Compliant().Check(RuleIds.NoErrChk, "scripts/exaigfs_prep.sh", "#!/bin/bash\nset -x\n${HOMEaigfs}/scripts/exaigfs_other.sh\n");
}

public class Nco416DataRemovalTests
{
    private const string Job = "jobs/JAIGFS_PREP";

    [Theory]
    [InlineData("rm -rf $DATA")]
    [InlineData("rm -rf ${DATA}")]
    [InlineData("rm -rf \"${DATA:?}\"")]
    [InlineData("cd $DATAROOT && rm -rf $DATA/")]
    public void Reports_an_unguarded_removal(string line)
    {
        var command = line.Contains("&&") ? line[(line.IndexOf("rm", StringComparison.Ordinal))..] : line;
        var marked = line.Replace(command, "[|" + command + "|]");
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, Job,
            $"#!/bin/bash\nset -xa\nexport DATA=${{DATAROOT}}/${{jobid}}\nmkdir -p $DATA\n{marked}\n");
    }

    [Theory]
    [InlineData("if [ \"${KEEPDATA:-NO}\" != \"YES\" ]; then\n    rm -rf ${DATA}\nfi")]
    [InlineData("[[ \"${KEEPDATA}\" = \"NO\" ]] && rm -rf ${DATA}")]
    [InlineData("if [[ ${KEEPDATA^^} == YES ]]; then\n    echo kept\nelse\n    rm -rf $DATA\nfi")]
    [InlineData("case ${KEEPDATA:-NO} in\n    NO) rm -rf $DATA ;;\nesac")]
    [InlineData("cleanup() {\n    cd $DATAROOT\n    rm -rf $DATA\n}\n[[ $KEEPDATA == NO ]] && cleanup")]
    public void Does_not_report_a_removal_guarded_by_KEEPDATA(string lines) =>
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, Job, $"#!/bin/bash\nset -xa\nexport DATA=${{DATAROOT}}/${{jobid}}\nmkdir -p $DATA\n{lines}\n");

    [Fact]
    public void Reports_a_J_job_that_makes_DATA_and_never_removes_it() =>
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, Job, """
            #!/bin/bash
            set -xa
            export [|DATA=${DATA:-${DATAROOT}/${jobid}}|]
            mkdir -p $DATA
            cd $DATA
            rm -rf $DATA/tmp
            """);

    [Fact]
    public void Reports_where_a_J_job_first_enters_DATA_when_it_does_not_set_it() =>
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, Job, "#!/bin/bash\nset -xa\n[|mkdir -p $DATA|]\ncd $DATA\n");

    [Fact]
    public void Does_not_report_a_J_job_that_never_uses_DATA() =>
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, Job, "#!/bin/bash\nset -xa\n${HOMEaigfs}/scripts/exaigfs_prep.sh\nexport err=$?; err_chk\n");

    [Fact]
    public void Does_not_check_ex_or_ush_scripts() =>
        NcoPackage.Compliant().Check(RuleIds.DataRemoval, "ush/aigfs_clean.sh", "#!/bin/bash\nset -x\nrm -rf $DATA\n");
}
