using VenvLsp.Rules;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Nco;

public class Nco413PythonVersionMismatchTests
{
    [Fact]
    public void Reports_both_files_at_their_own_value_with_the_other_as_related_location()
    {
        var fixture = NcoPackage.Compliant();
        var inRun = Assert.Single(fixture.Check(RuleIds.PythonVersionMismatch, "versions/run.ver",
            "export python_ver=[|3.11.7|]\nexport netcdf_ver=4.9.2\nexport aigfs_ver=v1.0.0\n"));
        Assert.Contains("3.12.0 in versions/build.ver", inRun.Message);
        Assert.EndsWith("versions/build.ver", Assert.Single(inRun.Related).Location.Path);
        fixture.Check(RuleIds.PythonVersionMismatch, "versions/build.ver", "export python_ver=[|3.12.0|]\nexport netcdf_ver=4.9.2\n");
    }

    [Fact]
    public void Compares_values_as_the_shell_sees_them() =>
        NcoPackage.Compliant().Check(RuleIds.PythonVersionMismatch, "versions/run.ver", "export python_ver=\"3.12.0\"\nexport aigfs_ver=v1.0.0\n");

    [Theory]
    [InlineData("export netcdf_ver=4.9.2\n")]
    [InlineData("export python_ver=${python_ver:-3.11.7}\n")]
    public void Does_not_report_when_the_other_file_has_no_plain_python_ver(string runVer)
    {
        var fixture = NcoPackage.Compliant().With("versions/run.ver", runVer);
        fixture.Check(RuleIds.PythonVersionMismatch, "versions/build.ver", "export python_ver=3.11.7\n");
    }

    [Fact]
    public void Does_not_compare_other_versions_files() =>
        NcoPackage.Compliant().Check(RuleIds.PythonVersionMismatch, "versions/hera.ver", "export python_ver=3.10.8\n");
}

public class Nco414VersionsFileEntryTests
{
    [Fact]
    public void Reports_lines_that_are_not_export_name_ver_value()
    {
        NcoPackage.Compliant().Check(RuleIds.VersionsFileEntry, "versions/run.ver", """
            export python_ver=3.12.0
            [|netcdf_ver|]=4.9.2
            export [|export|] aigfs_ver=v1.0.0
            [|module load python/3.12.0|]
            export [|model|]=aigfs
            """);
    }

    [Fact]
    public void Fixes_a_missing_export_and_a_repeated_one()
    {
        var fixture = NcoPackage.Compliant().With("versions/build.ver", "export python_ver=3.12.0\nnetcdf_ver=4.9.2\n");
        Assert.Equal("export python_ver=3.12.0\nexport netcdf_ver=4.9.2\n", fixture.ApplyFix(RuleIds.VersionsFileEntry, "versions/build.ver"));
        fixture.With("versions/build.ver", "export export python_ver=3.12.0\nexport netcdf_ver=4.9.2\n");
        Assert.Equal("export python_ver=3.12.0\nexport netcdf_ver=4.9.2\n", fixture.ApplyFix(RuleIds.VersionsFileEntry, "versions/build.ver"));
    }

    [Fact]
    public void Reports_a_module_version_with_a_v_and_a_package_version_without_one()
    {
        var fixture = NcoPackage.Compliant();
        var found = fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver", """
            export python_ver=[|v3.12.0|]
            export netcdf_ver=4.9.2
            export aigfs_ver=[|1.0.0|]
            """);
        Assert.All(found, f => Assert.False(Assert.Single(f.Fixes).IsSafe));
        Assert.Contains("module version", found[0].Message);
        Assert.Contains("Write v1.0.0", found[1].Message);
    }

    [Fact]
    public void Reads_another_package_s_folder_as_a_package_version()
    {
        var fixture = NcoPackage.Compliant()
            .With("jobs/JAIGFS_FORECAST", NcoPackage.ForecastJJob.Replace("export USHaigfs", "export COMINobsproc=${PACKAGEROOT}/obsproc.${obsproc_ver}\nexport USHaigfs"));
        fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver",
            NcoPackage.RunVer + "export obsproc_ver=[|1.2.0|]\n");
    }

    [Fact]
    public void Does_not_judge_the_prefix_of_an_entry_whose_kind_nothing_tells()
    {
        var fixture = NcoPackage.Compliant()
            .With("ush/aigfs_grib.sh", "#!/bin/bash\nset -x\n${WGRIB2:-wgrib2} --version | grep ${wgrib2_ver} ${lmp_ver}\n");
        fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver", NcoPackage.RunVer + "export wgrib2_ver=v2.0.8\nexport lmp_ver=2.4.0\n");
    }

    [Fact]
    public void Reports_an_entry_no_file_of_the_package_uses()
    {
        var fixture = NcoPackage.Compliant();
        var finding = Assert.Single(fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver",
            NcoPackage.RunVer + "export [|hdf5_ver|]=1.14.0\n"));
        Assert.Contains("No file of the package uses hdf5_ver", finding.Message);
    }

    [Fact]
    public void Counts_uses_in_modulefiles_python_and_include_folders_outside_the_package()
    {
        var fixture = NcoPackage.Compliant()
            .With("modulefiles/aigfs/v1.0.0.lua", "load(pathJoin(\"hdf5\", os.getenv(\"hdf5_ver\")))\n")
            .With("ush/aigfs_meta.py", "import os\nprint(os.environ['craype_ver'])\n")
            .With("/repo/suite/include/model.h", "module load prod_util/${prod_util_ver}\n")
            .With("/repo/venvlsp.json", """{ "approvedList": "approved.txt", "ecfIncludePaths": ["suite/include"] }""");
        fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver",
            NcoPackage.RunVer + "export hdf5_ver=[|v1.14.0|]\nexport craype_ver=2.7.17\nexport prod_util_ver=2.0.14\n");
    }

    [Fact]
    public void Does_not_call_entries_unused_when_no_file_in_view_refers_to_any()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy==1.26.4\n");
        fixture.Check(RuleIds.VersionsFileEntry, "versions/build.ver", "export python_ver=3.12.0\nexport netcdf_ver=4.9.2\n");
    }

    [Fact]
    public void Never_reports_the_package_s_own_version_as_unused()
    {
        var fixture = NcoPackage.Compliant().With("jobs/JAIGFS_FORECAST", NcoPackage.ForecastJJob.Replace("/${aigfs_ver}", ""));
        fixture.Check(RuleIds.VersionsFileEntry, "versions/run.ver", NcoPackage.RunVer);
    }

    [Fact]
    public void Reports_an_unused_entry_once_when_it_is_set_twice() =>
        NcoPackage.Compliant().Check(RuleIds.VersionsFileEntry, "versions/build.ver",
            "export python_ver=3.12.0\nexport netcdf_ver=4.9.2\nexport [|esmf_ver|]=8.6.0\nexport [|esmf_ver|]=8.6.1\n");

    [Fact]
    public void Reports_an_entry_as_unused_after_its_last_use_is_removed()
    {
        var fixture = NcoPackage.Compliant();
        Assert.Empty(fixture.Findings(RuleIds.VersionsFileEntry, "versions/run.ver"));
        fixture.With("ecf/aigfs/forecast/jaigfs_forecast.ecf", NcoPackage.ForecastEcf.Replace("module load netcdf/${netcdf_ver}\n", ""));
        Assert.Equal(2, fixture.Findings(RuleIds.VersionsFileEntry, "versions/run.ver").Count + fixture.Findings(RuleIds.VersionsFileEntry, "versions/build.ver").Count);
    }
}

/// <summary>The versions rules read other files only through value-compared facts: an edit that changes no
/// reference to an entry (or no python_ver) re-analyses no versions file.</summary>
public class VersionsRuleIncrementalTests
{
    private static readonly string[] VersionsFiles = [PackageFixture.Path("versions/build.ver"), PackageFixture.Path("versions/run.ver")];

    private readonly PackageFixture _fixture = NcoPackage.Compliant();

    private static long AnalyseVersions(WorkspaceSnapshot snapshot)
    {
        foreach (var path in VersionsFiles) DocumentAnalyzer.Analyze(snapshot, path);
        return snapshot.Cache.ComputationsOf("analysis");
    }

    private WorkspaceSnapshot Change(WorkspaceSnapshot snapshot, string relativePath, string content)
    {
        _fixture.With(relativePath, content);
        return snapshot.With(_fixture.Files, snapshot.Stamps.Bump(InputStamps.ForFileEvent(PackageFixture.Path(relativePath), presenceChanged: false)));
    }

    [Fact]
    public void An_edit_that_keeps_every_reference_re_analyses_no_versions_file()
    {
        var first = new WorkspaceSnapshot(_fixture.Files);
        var before = AnalyseVersions(first);
        var second = Change(first, "jobs/JAIGFS_FORECAST", NcoPackage.ForecastJJob.Replace("date\n", "date  # start\n"));
        Assert.Equal(before, AnalyseVersions(second));
    }

    [Fact]
    public void Removing_the_last_use_of_an_entry_re_analyses_the_versions_files()
    {
        var first = new WorkspaceSnapshot(_fixture.Files);
        var before = AnalyseVersions(first);
        var second = Change(first, "ecf/aigfs/forecast/jaigfs_forecast.ecf", NcoPackage.ForecastEcf.Replace("module load netcdf/${netcdf_ver}\n", ""));
        Assert.Equal(before + 2, AnalyseVersions(second));
        Assert.All(VersionsFiles, path => Assert.Contains(DocumentAnalyzer.Analyze(second, path).Diagnostics, d => d.RuleId == RuleIds.VersionsFileEntry));
    }

    [Fact]
    public void Changing_python_ver_in_run_ver_re_analyses_build_ver()
    {
        var first = new WorkspaceSnapshot(_fixture.Files);
        Assert.DoesNotContain(DocumentAnalyzer.Analyze(first, VersionsFiles[0]).Diagnostics, d => d.RuleId == RuleIds.PythonVersionMismatch);
        var second = Change(first, "versions/run.ver", NcoPackage.RunVer.Replace("3.12.0", "3.13.1"));
        Assert.Contains(DocumentAnalyzer.Analyze(second, VersionsFiles[0]).Diagnostics, d => d.RuleId == RuleIds.PythonVersionMismatch);
    }
}
