using VenvLsp.Rules;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco412DeveloperPathTests
{
    [Fact]
    public void Reports_developer_work_area_paths_in_a_J_job() =>
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP", """
            #!/bin/bash
            set -x
            export FIXaigfs=[|/lfs/h2/emc/da/noscrub/first.last/aigfs_fix|]
            export COMIN=${COMIN:-[|/lfs/work/first.last/com/aigfs|]}
            cp [|/scratch1/NCEPDEV/stmp2/first.last/input.nc|] $DATA
            cp [|/scratch/test/input.nc|] "$DATA"
            export PARMaigfs=[|~first.last/aigfs_parm|]
            ls "[|/lfs/h2/emc|]"
            """);

    [Fact]
    public void Does_not_report_package_paths_production_paths_or_comments() =>
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP", """
            #!/bin/bash
            set -x
            # Copied from /lfs/h2/emc/da/noscrub/first.last/aigfs on 2024-05-01
            export FIXaigfs=${HOMEaigfs}/fix
            export DATA=${DATAROOT}/scratch/${jobid}
            mkdir -p ${DATA}/scratch1
            cp ~/.bashrc.example $DATA  # the running account's own home is not a developer area
            export COMIN=$(compath.py ${envir}/com/aigfs/${aigfs_ver})
            ls /lfs/h1/ops/prod/packages
            ls /scratchpad
            echo ~+ ~-
            """);

    [Fact]
    public void Reports_paths_in_job_cards_and_includes_but_not_in_their_manual()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.DeveloperPath, "ecf/aigfs/prep/jaigfs_prep.ecf", """
            export model=aigfs
            %include <head.h>
            export DCOMROOT=[|/lfs/h2/emc/stmp/first.last/dcom|]
            %include <tail.h>
            %manual
              Test data lives in /lfs/h2/emc/stmp/first.last/dcom.
            %end
            """);
        fixture.Check(RuleIds.DeveloperPath, "ecf/include/envir-p1.h", "export DATAROOT=[|/lfs/h2/emc/stmp/first.last|]\n");
    }

    [Fact]
    public void Does_not_read_build_scripts_or_versions_files()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.DeveloperPath, "sorc/build_venv.sh", "#!/bin/bash\ncp /lfs/h2/emc/x/wheels/*.whl .\n");
        fixture.Check(RuleIds.DeveloperPath, "versions/run.ver", "export python_ver=3.12.0\n# built on /lfs/h2/emc\n");
    }

    [Theory]
    [InlineData("export HOMEaigfs=/lfs/h1/ops/prod/packages/aigfs.v1.0.0")]
    [InlineData("HOMEaigfs=${PACKAGEROOT}/aigfs.${aigfs_ver}")]
    [InlineData("export export HOMEaigfs=${PACKAGEROOT}/aigfs.${aigfs_ver}")]
    [InlineData("declare -x HOMEaigfs=$NWROOT/aigfs.v1.0.0")]
    public void Reports_a_J_job_that_replaces_the_package_home(string line) =>
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP", $"#!/bin/bash\nset -x\n{Mark(line)}\n");

    [Theory]
    [InlineData("export HOMEaigfs=${HOMEaigfs:-${PACKAGEROOT}/aigfs.${aigfs_ver}}")]
    [InlineData("export HOMEaigfs=${HOMEaigfs:-/lfs/h1/ops/prod/packages/aigfs.v1.0.0}")]
    [InlineData("HOMEaigfs=\"${HOMEaigfs:=$(cd $(dirname $0)/.. && pwd)}\"")]
    [InlineData("export HOMEaigfs=${HOMEaigfs-/lfs/h1/ops/prod/packages/aigfs.v1.0.0}")]
    [InlineData("export HOMEaigfs=${HOMEaigfs}")]
    [InlineData("export HOMEaigfs=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)")]
    [InlineData("export HOMEaigfs")]
    public void Does_not_report_a_default_or_a_home_found_from_the_script_location(string line) =>
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP", $"#!/bin/bash\nset -x\n{line}\n");

    [Fact]
    public void Reports_the_developer_path_inside_a_default_but_not_the_default()
    {
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP",
            "#!/bin/bash\nset -x\nexport HOMEaigfs=${HOMEaigfs:-[|/lfs/h2/emc/da/noscrub/first.last/aigfs.v1.0.0|]}\n");
    }

    [Fact]
    public void In_a_job_card_reports_only_a_literal_path_for_the_package_home()
    {
        var fixture = NcoPackage.Compliant();
        fixture.Check(RuleIds.DeveloperPath, "ecf/aigfs/prep/jaigfs_prep.ecf",
            "export model=aigfs\n%include <head.h>\n[|export HOMEaigfs=/lfs/h1/ops/prod/packages/aigfs.v1.0.0|]\n%include <tail.h>\n"
                .Replace("[|export ", "export [|"));
        fixture.Check(RuleIds.DeveloperPath, "ecf/aigfs/post/jaigfs_post.ecf",
            "export model=aigfs\nexport HOMEaigfs=%PACKAGEHOME%\nexport HOMEaigfs=${PACKAGEROOT}/aigfs.${aigfs_ver}\n%include <head.h>\n%include <tail.h>\n");
    }

    [Fact]
    public void Reports_another_package_home_set_to_a_literal_path() =>
        NcoPackage.Compliant().Check(RuleIds.DeveloperPath, "jobs/JAIGFS_PREP", """
            #!/bin/bash
            set -x
            export [|HOMEgfs=/lfs/h1/ops/prod/packages/gfs.v16.3.0|]
            export HOMEobsproc=${PACKAGEROOT}/obsproc.${obsproc_ver}
            """);

    /// <summary>Marks the assignment word of a line (what the finding spans): after any declaration words.</summary>
    private static string Mark(string line)
    {
        var start = line.IndexOf("HOMEaigfs=", StringComparison.Ordinal);
        return line[..start] + "[|" + line[start..] + "|]";
    }
}
