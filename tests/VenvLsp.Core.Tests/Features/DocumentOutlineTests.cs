using System.Collections.Immutable;
using VenvLsp.Features;
using VenvLsp.Tests.Rules.Nco;
using VenvLsp.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Features;

public class DocumentOutlineTests
{
    private static (ImmutableArray<OutlineSymbol> Symbols, SourceText Text) Outline(PackageFixture fixture, string relative)
    {
        var snapshot = new WorkspaceSnapshot(fixture.Files);
        var path = PackageFixture.Path(relative);
        return (DocumentOutline.Get(snapshot, path), snapshot.ReadText(path)!);
    }

    /// <summary>One line per symbol: indentation for depth, kind, name, detail, and the selected text.</summary>
    private static List<string> Show(ImmutableArray<OutlineSymbol> symbols, SourceText text, int depth = 0)
    {
        var lines = new List<string>();
        foreach (var s in symbols)
        {
            lines.Add($"{new string(' ', depth * 2)}{s.Kind} {s.Name}{(s.Detail is null ? "" : " | " + s.Detail)} @ {text.ToString(s.SelectionRange)}");
            lines.AddRange(Show(s.Children, text, depth + 1));
        }
        return lines;
    }

    private static void AssertWellFormed(ImmutableArray<OutlineSymbol> symbols, TextSpan? parent, int length)
    {
        var previous = -1;
        foreach (var s in symbols)
        {
            Assert.True(s.Range.Contains(s.SelectionRange), $"{s.Name}: selection outside range");
            Assert.True(s.Range.End <= length, $"{s.Name}: range outside the text");
            if (parent is { } p) Assert.True(p.Contains(s.Range), $"{s.Name}: outside its parent");
            Assert.True(s.Range.Start >= previous, $"{s.Name}: out of order");
            previous = s.Range.Start;
            AssertWellFormed(s.Children, s.Range, length);
        }
    }

    [Fact]
    public void Outlines_a_job_card()
    {
        var fixture = NcoPackage.Compliant();
        var (symbols, text) = Outline(fixture, "ecf/aigfs/forecast/jaigfs_forecast.ecf");
        Assert.Equal(
        [
            "SchedulerDirectives PBS directives | aigfs_forecast_%CYC% @ #PBS -N aigfs_forecast_%CYC%",
            "  SchedulerDirective -N aigfs_forecast_%CYC% @ #PBS -N aigfs_forecast_%CYC%",
            "  SchedulerDirective -j oe @ #PBS -j oe",
            "  SchedulerDirective -S /bin/bash @ #PBS -S /bin/bash",
            "  SchedulerDirective -q %QUEUE% @ #PBS -q %QUEUE%",
            "  SchedulerDirective -l walltime=01:30:00 @ #PBS -l walltime=01:30:00",
            "  SchedulerDirective -l select=1:ncpus=64:ngpus=4 @ #PBS -l select=1:ncpus=64:ngpus=4",
            "Variable model | aigfs @ model",
            "Include %include <head.h> | ecf/include/head.h @ head.h",
            "Variable cyc | %CYC% @ cyc",
            "ModuleCommand module load python/${python_ver} @ module load python/${python_ver}",
            "ModuleCommand module load netcdf/${netcdf_ver} @ module load netcdf/${netcdf_ver}",
            "VenvActivation source ${HOMEaigfs}/venv/bin/activate @ source ${HOMEaigfs}/venv/bin/activate",
            "JobCall JAIGFS_FORECAST | ${HOMEaigfs}/jobs/JAIGFS_FORECAST @ JAIGFS_FORECAST",
            "VenvDeactivation deactivate @ deactivate",
            "Include %include <tail.h> | ecf/include/tail.h @ tail.h",
            "Section %manual | Runs the AI forecast. @ %manual",
        ], Show(symbols, text));
        AssertWellFormed(symbols, null, text.Length);
    }

    [Fact]
    public void Marks_a_missing_J_job_and_an_include_that_cannot_be_found()
    {
        var fixture = NcoPackage.Compliant().With("ecf/aigfs/jaigfs_prep", """
            #PBS -N aigfs_prep
            model=aigfs
            %include <head.h>
            %include <site.h>
            ${HOMEaigfs}/jobs/JAIGFS_PREP
            %comment
            ==========
            old version
            %end
            %include <tail.h>

            """);
        var (symbols, text) = Outline(fixture, "ecf/aigfs/jaigfs_prep");
        var shown = Show(symbols, text);
        Assert.Contains("Include %include <site.h> @ site.h", shown);
        Assert.Contains("JobCall JAIGFS_PREP | not in jobs/ @ JAIGFS_PREP", shown);
        Assert.Contains("Section %comment | old version @ %comment", shown);
        Assert.Contains("Variable model | aigfs @ model", shown);
        AssertWellFormed(symbols, null, text.Length);
    }

    [Fact]
    public void Outlines_a_J_job()
    {
        var fixture = NcoPackage.Compliant();
        var (symbols, text) = Outline(fixture, "jobs/JAIGFS_FORECAST");
        Assert.Equal(
        [
            "Variable DATA | ${DATA:-${DATAROOT}/${jobid}} @ DATA",
            "Variable USHaigfs | ${HOMEaigfs}/ush @ USHaigfs",
            "Variable COMOUT | ${COMOUT:-$(compath.py -o ${NET}/${aigfs_ver})/${RUN}.${PDY}/${cyc}} @ COMOUT",
            "ExScriptCall exaigfs_forecast.sh | ${HOMEaigfs}/scripts/exaigfs_forecast.sh @ exaigfs_forecast.sh",
            "Variable err | $? @ err",
            "ErrorCheck err_chk @ err_chk",
            "DataCleanup $DATA cleanup | guarded by KEEPDATA @ rm -rf ${DATA}",
        ], Show(symbols, text));
        AssertWellFormed(symbols, null, text.Length);
    }

    [Fact]
    public void Shows_an_unguarded_cleanup_and_nests_what_a_function_holds()
    {
        var fixture = NcoPackage.Compliant().With("jobs/JAIGFS_PREP", """
            #!/bin/bash
            set -xa
            cleanup() {
                cd ${DATAROOT}
                rm -rf ${DATA}
            }
            module load prod_util
            ${HOMEaigfs}/scripts/exaigfs_prep.sh
            err_chk
            cleanup

            """);
        var (symbols, text) = Outline(fixture, "jobs/JAIGFS_PREP");
        Assert.Equal(
        [
            "Function cleanup @ cleanup",
            "  DataCleanup $DATA cleanup | not guarded by KEEPDATA @ rm -rf ${DATA}",
            "ModuleCommand module load prod_util @ module load prod_util",
            "ExScriptCall exaigfs_prep.sh | ${HOMEaigfs}/scripts/exaigfs_prep.sh @ exaigfs_prep.sh",
            "ErrorCheck err_chk @ err_chk",
        ], Show(symbols, text));
        AssertWellFormed(symbols, null, text.Length);
    }

    [Fact]
    public void Outlines_the_functions_of_a_build_script()
    {
        var fixture = NcoPackage.Compliant().With("sorc/build_venv.sh", """
            #!/bin/bash
            set -eu
            clean() {
                rm -rf "${HOMEaigfs}/venv"
            }
            build() {
                module reset
                module load python/${python_ver:?}
                clean
                python3 -m venv --copies "${HOMEaigfs}/venv"
            }
            build

            """);
        var (symbols, text) = Outline(fixture, "sorc/build_venv.sh");
        Assert.Equal(
        [
            "Function clean @ clean",
            "Function build @ build",
            "  ModuleCommand module reset @ module reset",
            "  ModuleCommand module load python/${python_ver:?} @ module load python/${python_ver:?}",
        ], Show(symbols, text));
    }

    [Fact]
    public void Outlines_a_versions_file()
    {
        var (symbols, text) = Outline(NcoPackage.Compliant(), "versions/run.ver");
        Assert.Equal(["Variable python_ver | 3.12.0 @ python_ver", "Variable netcdf_ver | 4.9.2 @ netcdf_ver", "Variable aigfs_ver | v1.0.0 @ aigfs_ver"], Show(symbols, text));
    }

    [Fact]
    public void Gives_no_outline_for_other_files()
    {
        var fixture = NcoPackage.Compliant().With("jobs/README", "J-jobs.\n");
        Assert.Empty(Outline(fixture, "jobs/README").Symbols);
        Assert.Empty(Outline(fixture, "ush/aigfs_run_model.py").Symbols);
        Assert.Empty(DocumentOutline.Get(new WorkspaceSnapshot(fixture.Files), "/repo/nothing.sh"));
    }

    [Fact]
    public void Groups_other_scheduler_directives_apart_from_PBS()
    {
        var fixture = NcoPackage.Compliant().With("ecf/aigfs/jaigfs_hera.ecf", "#PBS -N aigfs_hera\n#SBATCH --nodes=1\n#SBATCH -J aigfs\nexport model=aigfs\n%include <head.h>\n%include <tail.h>\n");
        var (symbols, text) = Outline(fixture, "ecf/aigfs/jaigfs_hera.ecf");
        Assert.Equal(["PBS directives | aigfs_hera", "SBATCH directives | aigfs"],
            symbols.Where(s => s.Kind == OutlineKind.SchedulerDirectives).Select(s => $"{s.Name} | {s.Detail}"));
        AssertWellFormed(symbols, null, text.Length);
    }
}
