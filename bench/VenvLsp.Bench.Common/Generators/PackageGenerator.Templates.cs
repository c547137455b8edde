using System.Text;

namespace VenvLsp.Bench.Generators;

// The texts of the generated files, modelled on the example packages and on public NCO packages.
public static partial class PackageGenerator
{
    private const string HeadInclude = """
        set -xe  # print commands as they are executed and enable signal trapping

        export PS4='+ $SECONDS + '

        # Variables used in ecFlow messages
        export ECF_NAME=%ECF_NAME%
        export ECF_HOST=%ECF_HOST%
        export ECF_PORT=%ECF_PORT%
        export ECF_PASS=%ECF_PASS%
        export ECF_TRYNO=%ECF_TRYNO%
        export ECF_RID=$$

        module reset

        export HOME${model}=%PACKAGEHOME%
        . ${HOME${model}}/versions/run.ver

        ecflow_client --init=${ECF_RID}
        trap 'ERROR $LINENO' 1 2 3 4 5 6 7 8 10 12 13 15

        """;

    private const string TailInclude = """
        ecflow_client --complete  # Notify ecFlow of a normal end
        trap 0                    # Remove all traps
        exit 0                    # End the shell

        """;

    private const string EnvirInclude = """
        # envir-p1.h
        export job=${job:-$PBS_JOBNAME}
        export jobid=${jobid:-$job.$PBS_JOBID}
        export RUN_ENVIR=nco
        export envir=%ENVIR%
        export SENDDBN=${SENDDBN:-%SENDDBN:YES%}

        """;

    /// <summary>A job card: PBS lines, includes, modules, the venv activated around the J-job.</summary>
    public static string JobCard(string m, string task, int k)
    {
        var standard = k % 3 != 0;
        var activate = standard ? $"source ${{HOME{m}}}/venv/bin/activate" : $". ${{HOME{m}}}/venv/bin/activate";
        var deactivate = standard ? "deactivate\n" : "";
        var job = $"J{m.ToUpperInvariant()}_{task.ToUpperInvariant()}";
        return $$"""
            #PBS -N {{m}}_{{task}}_%CYC%
            #PBS -j oe
            #PBS -S /bin/bash
            #PBS -q %QUEUE%
            #PBS -A %PROJ%-%PROJENVIR%
            #PBS -l walltime=00:30:00
            #PBS -l select=1:ncpus=8:mem=20GB
            #PBS -l debug=true

            model={{m}}
            %include <head.h>
            %include <envir-p1.h>

            export cyc=%CYC%
            export task={{task}}

            ############################################################
            # Load modules
            ############################################################
            module load python/${python_ver}
            module load netcdf/${netcdf_ver}
            module list

            {{activate}}

            ${HOME{{m}}}/jobs/{{job}}

            {{deactivate}}
            %include <tail.h>
            %manual
              {{task}} for {{m}}: see the J-job for what it runs.
              Rerun: requeue the task; nothing to clean.
            %end

            """;
    }

    /// <summary>A J-job: working folder, HOME and COM variables, the ex-script, cleanup.</summary>
    public static string JJob(string m, string task, int k)
    {
        var deactivate = k % 3 == 0 ? "deactivate\n" : "";
        return $$$"""
            #!/bin/bash
            set -xa
            date
            export PS4='$SECONDS + '

            export DATA=${DATA:-${DATAROOT}/${jobid}}
            mkdir -p $DATA
            cd $DATA

            export HOME{{{m}}}=${HOME{{{m}}}:-${PACKAGEROOT}/{{{m}}}.${{{{m}}}_ver}}
            export USH{{{m}}}=${HOME{{{m}}}}/ush
            export PARM{{{m}}}=${HOME{{{m}}}}/parm
            export FIX{{{m}}}=${HOME{{{m}}}}/fix

            export NET={{{m}}}
            export RUN={{{m}}}
            export COMIN=${COMIN:-$(compath.py ${envir}/com/${NET}/${{{{m}}}_ver})/${RUN}.${PDY}}
            export COMOUT=${COMOUT:-$(compath.py -o ${NET}/${{{{m}}}_ver})/${RUN}.${PDY}}
            mkdir -p $COMOUT

            ${HOME{{{m}}}}/scripts/ex{{{m}}}_{{{task}}}.sh
            export err=$?; err_chk

            {{{deactivate}}}
            if [ "${KEEPDATA}" != "YES" ]; then
              rm -rf $DATA
            fi
            date

            """;
    }

    /// <summary>An ex-script: a loop over forecast hours calling a ush Python helper.</summary>
    public static string ExScript(string m, string task) => $$"""
        #!/bin/bash
        set -x
        echo "{{task}} starts at $(date)"
        cd $DATA

        msg="{{m}} {{task}} for cycle ${cyc}"
        postmsg "$msg"

        for fhr in $(seq 0 6 240); do
          fhr3=$(printf "%03d" $fhr)
          infile=${COMIN}/{{m}}.t${cyc}z.f${fhr3}.nc
          if [[ ! -s $infile ]]; then
            echo "WARNING: $infile is missing"
            continue
          fi
          python ${USH{{m}}}/{{m}}_forecast.py --input $infile --output ${DATA}/{{task}}.f${fhr3}.nc
          export err=$?; err_chk
          cpreq ${DATA}/{{task}}.f${fhr3}.nc ${COMOUT}/
        done

        case ${cyc} in
          00|12) echo "main cycle" ;;
          *) echo "off cycle" ;;
        esac

        echo "{{task}} ends at $(date)"
        exit 0

        """;

    /// <summary>A ush helper script.</summary>
    public static string UshScript(string m, string task) => $$"""
        #!/bin/bash
        # Helper for {{task}}: stages inputs from the parm and fix folders.
        set -x
        stage_inputs() {
          local target=$1
          mkdir -p "${target}"
          cp ${PARM{{m}}}/{{m}}_{{task}}.yaml "${target}/" || return 1
          for f in ${FIX{{m}}}/{{m}}_grid_*.nc; do
            ln -sf "$f" "${target}/$(basename "$f")"
          done
        }
        stage_inputs "${DATA}/{{task}}"
        rc=$?
        if [ $rc -ne 0 ]; then
          echo "FATAL: staging for {{task}} failed"
          exit $rc
        fi

        """;

    /// <summary>A ush Python helper that imports the venv's libraries.</summary>
    public static string PythonHelper(string m, string task, int k)
    {
        var (library, _) = Catalog.Pins[k % Catalog.Pins.Length];
        var module = library.ToLowerInvariant().Replace('-', '_');
        return $$""""
            #!/usr/bin/env python3
            """{{task}} helper for {{m}}: reads a forecast file and writes the product."""
            import argparse
            import os
            import sys

            import numpy as np
            import xarray as xr
            import {{module}}


            def parse_args(argv):
                parser = argparse.ArgumentParser(description="{{m}} {{task}}")
                parser.add_argument("--input", required=True)
                parser.add_argument("--output", required=True)
                return parser.parse_args(argv)


            def main(argv=None):
                args = parse_args(sys.argv[1:] if argv is None else argv)
                if not os.path.exists(args.input):
                    print(f"missing input {args.input}", file=sys.stderr)
                    return 1
                ds = xr.open_dataset(args.input)
                ds["mean"] = ds.to_array().mean(dim="variable") * np.float32(1.0)
                ds.to_netcdf(args.output)
                return 0


            if __name__ == "__main__":
                sys.exit(main())

            """";
    }

    private static string ParmYaml(string m, string task, int p) => $"""
        # {m} {task} configuration
        model: {m}
        task: {task}
        grid:
          resolution: 0.25
          levels: {13 + p}
        output:
          format: netcdf
          compression: 4

        """;

    private static string ParmNamelist(int p) => $"""
        &model_nml
          dt_atmos = {300 - p * 10}
          nsteps = 240
          use_ai = .true.
        /

        """;

    private static byte[] FixBinary(int seed)
    {
        var bytes = new byte[2048];
        new Random(seed).NextBytes(bytes);
        "CDF\u0001"u8.CopyTo(bytes);
        bytes[4] = 0;
        return bytes;
    }

    private static string FixTable(int f)
    {
        var text = new StringBuilder("# coefficients\n");
        for (var i = 0; i < 20; i++) text.Append($"{i,4} {Math.Sin(i + f):F6} {Math.Cos(i * f):F6}\n");
        return text.ToString();
    }

    private static string ModuleFile(string m) => $$"""
        help([[Load the environment to run {{m}}]])
        whatis("Description: {{m}} run environment")
        load("PrgEnv-intel/8.3.3")
        load(pathJoin("python", os.getenv("python_ver") or "3.12.0"))
        load(pathJoin("netcdf", os.getenv("netcdf_ver") or "4.9.2"))

        """;
}
