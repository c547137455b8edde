using System.Diagnostics;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Nco;

/// <summary>A compliant aigfs package, written the way NCO packages are, for the NCO rule tests to change one file of.</summary>
public static class NcoPackage
{
    public const string HeadH = """
        set -xe  # print commands as they are executed and enable signal trapping
        export PS4='+ $SECONDS + '
        export ECF_NAME=%ECF_NAME%
        export ECF_RID=$$
        module reset
        export HOME${model}=%PACKAGEHOME%
        . ${HOME${model}}/versions/run.ver
        ecflow_client --init=${ECF_RID}
        trap 'ERROR $LINENO' 1 2 3 4 5 6 7 8 10 12 13 15

        """;

    public const string TailH = """
        ecflow_client --complete  # Notify ecFlow of a normal end
        trap 0                    # Remove all traps
        exit 0                    # End the shell

        """;

    public const string ForecastEcf = """
        #PBS -N aigfs_forecast_%CYC%
        #PBS -j oe
        #PBS -S /bin/bash
        #PBS -q %QUEUE%
        #PBS -l walltime=01:30:00
        #PBS -l select=1:ncpus=64:ngpus=4

        export model=aigfs
        %include <head.h>

        export cyc=%CYC%
        module load python/${python_ver}
        module load netcdf/${netcdf_ver}
        source ${HOMEaigfs}/venv/bin/activate

        ${HOMEaigfs}/jobs/JAIGFS_FORECAST

        deactivate
        %include <tail.h>
        %manual
          Runs the AI forecast.
        %end

        """;

    public const string ForecastJJob = """
        #!/bin/bash
        set -xa
        date

        export DATA=${DATA:-${DATAROOT}/${jobid}}
        mkdir -p $DATA
        cd $DATA

        export USHaigfs=${HOMEaigfs}/ush
        export COMOUT=${COMOUT:-$(compath.py -o ${NET}/${aigfs_ver})/${RUN}.${PDY}/${cyc}}

        ${HOMEaigfs}/scripts/exaigfs_forecast.sh
        export err=$?; err_chk

        if [ "${KEEPDATA:-NO}" != "YES" ]; then
            cd ${DATAROOT}
            rm -rf ${DATA}
        fi
        date

        """;

    public const string ForecastExScript = """
        #!/bin/bash
        set -x

        python ${USHaigfs}/aigfs_run_model.py --cycle ${cyc}
        export err=$?
        exit $err

        """;

    public const string RunModelPy = """
        #!/usr/bin/env python3
        import os


        def main():
            print(os.getcwd())


        if __name__ == "__main__":
            main()

        """;

    public const string BuildVer = """
        export python_ver=3.12.0
        export netcdf_ver=4.9.2

        """;

    public const string RunVer = """
        export python_ver=3.12.0
        export netcdf_ver=4.9.2
        export aigfs_ver=v1.0.0

        """;

    /// <summary>The compliant package: no NCO rule reports anything in it.</summary>
    public static PackageFixture Compliant() => new PackageFixture()
        .With("ecf/include/head.h", HeadH)
        .With("ecf/include/tail.h", TailH)
        .With("ecf/aigfs/forecast/jaigfs_forecast.ecf", ForecastEcf)
        .With("jobs/JAIGFS_FORECAST", ForecastJJob)
        .With("scripts/exaigfs_forecast.sh", ForecastExScript)
        .With("ush/aigfs_run_model.py", RunModelPy)
        .With("versions/build.ver", BuildVer)
        .With("versions/run.ver", RunVer);

    /// <summary>Every file of the compliant package, relative to its root.</summary>
    public static readonly string[] CompliantFiles =
    [
        "ecf/include/head.h", "ecf/include/tail.h", "ecf/aigfs/forecast/jaigfs_forecast.ecf", "jobs/JAIGFS_FORECAST",
        "scripts/exaigfs_forecast.sh", "ush/aigfs_run_model.py", "versions/build.ver", "versions/run.ver",
    ];

    /// <summary>The findings of one rule in one file.</summary>
    public static List<VenvLsp.Diagnostics.Diagnostic> Findings(this PackageFixture fixture, string ruleId, string path) =>
        fixture.Analyze(path).Where(d => d.RuleId == ruleId).ToList();

    /// <summary>Fails unless bash accepts the script's syntax (<c>bash -n</c>): a fix must never break a script.</summary>
    public static void AssertBashAccepts(string script)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", "-n")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"bash -n rejects the fixed script: {errors}\n{script}");
    }
}
