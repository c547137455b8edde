using VenvLsp.Features;
using VenvLsp.Tests.Rules.Nco;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Features;

public class VersionsNavigationTests
{
    private const string BuildScript = """
        #!/bin/bash
        set -eu
        source "${HOMEaigfs}/versions/build.ver"
        module load python/${python_ver:?}
        python3 -m venv --copies "${HOMEaigfs}/venv"

        """;

    private static WorkspaceSnapshot Snapshot(PackageFixture? fixture = null) =>
        new((fixture ?? NcoPackage.Compliant().With("sorc/build_venv.sh", BuildScript)).Files);

    private static string P(string relative) => PackageFixture.Path(relative);

    /// <summary>The offset of the <paramref name="occurrence"/>-th <paramref name="needle"/> in a file, plus <paramref name="shift"/>.</summary>
    private static int At(WorkspaceSnapshot snapshot, string relative, string needle, int shift = 0, int occurrence = 1)
    {
        var text = snapshot.ReadText(P(relative))!.Content;
        var index = -1;
        for (var i = 0; i < occurrence; i++) index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"{needle} not in {relative}");
        return index + shift;
    }

    private static string Where(WorkspaceSnapshot snapshot, VenvLsp.Diagnostics.Location location) =>
        $"{location.Path[(PackageFixture.Root.Length + 1)..]}:{location.Range.Start.Line + 1}:{snapshot.ReadText(location.Path)!.ToString(location.Span)}";

    [Fact]
    public void Goes_from_a_use_in_a_job_card_to_run_ver_then_build_ver()
    {
        var snapshot = Snapshot();
        var card = "ecf/aigfs/forecast/jaigfs_forecast.ecf";
        var targets = VersionsNavigation.Definition(snapshot, P(card), At(snapshot, card, "${python_ver}", 3));
        Assert.Equal(["versions/run.ver:1:python_ver", "versions/build.ver:1:python_ver"], targets.Select(t => Where(snapshot, t)));
    }

    [Fact]
    public void Goes_from_a_use_in_a_build_script_to_build_ver_first()
    {
        var snapshot = Snapshot();
        var targets = VersionsNavigation.Definition(snapshot, P("sorc/build_venv.sh"), At(snapshot, "sorc/build_venv.sh", "python_ver:?", 2));
        Assert.Equal(["versions/build.ver:1:python_ver", "versions/run.ver:1:python_ver"], targets.Select(t => Where(snapshot, t)));
    }

    [Theory]
    [InlineData(0)]   // on the $
    [InlineData(2)]   // inside the name
    [InlineData(12)]  // on the closing brace
    [InlineData(13)]  // just after it, where editors put the cursor
    public void Finds_the_variable_anywhere_on_the_expansion(int shift)
    {
        var snapshot = Snapshot();
        var card = "ecf/aigfs/forecast/jaigfs_forecast.ecf";
        var symbol = VersionsNavigation.SymbolAt(snapshot, P(card), At(snapshot, card, "${python_ver}", shift));
        Assert.Equal("python_ver", symbol?.Name);
        Assert.False(symbol!.IsDefinition);
    }

    [Fact]
    public void Goes_from_an_entry_only_defined_in_run_ver_to_it_alone()
    {
        var snapshot = Snapshot();
        var targets = VersionsNavigation.Definition(snapshot, P("jobs/JAIGFS_FORECAST"), At(snapshot, "jobs/JAIGFS_FORECAST", "aigfs_ver", 1));
        Assert.Equal(["versions/run.ver:3:aigfs_ver"], targets.Select(t => Where(snapshot, t)));
    }

    [Fact]
    public void Finds_nothing_away_from_a_versions_variable_or_for_one_no_versions_file_sets()
    {
        var snapshot = Snapshot(NcoPackage.Compliant().With("ush/aigfs_grib.sh", "#!/bin/bash\nset -x\necho ${wgrib2_ver} ${DATA}\n"));
        Assert.Empty(VersionsNavigation.Definition(snapshot, P("ush/aigfs_grib.sh"), At(snapshot, "ush/aigfs_grib.sh", "DATA")));
        Assert.Empty(VersionsNavigation.Definition(snapshot, P("ush/aigfs_grib.sh"), At(snapshot, "ush/aigfs_grib.sh", "wgrib2_ver")));
        Assert.Null(VersionsNavigation.SymbolAt(snapshot, P("ush/aigfs_grib.sh"), 0));
        Assert.Null(VersionsNavigation.SymbolAt(snapshot, "/elsewhere/x.sh", 0));
    }

    [Fact]
    public void Finds_every_use_of_an_entry_from_the_entry_and_from_a_use()
    {
        var snapshot = Snapshot(NcoPackage.Compliant()
            .With("sorc/build_venv.sh", BuildScript)
            .With("modulefiles/aigfs.lua", "load(pathJoin(\"python\", os.getenv(\"python_ver\")))\n"));
        var expected = new[]
        {
            "ecf/aigfs/forecast/jaigfs_forecast.ecf:12:python_ver",
            "modulefiles/aigfs.lua:1:python_ver",
            "sorc/build_venv.sh:4:python_ver",
        };
        var fromEntry = VersionsNavigation.References(snapshot, P("versions/run.ver"), At(snapshot, "versions/run.ver", "python_ver", 3), includeDeclaration: false);
        Assert.Equal(expected, fromEntry.Select(l => Where(snapshot, l)));
        var fromUse = VersionsNavigation.References(snapshot, P("sorc/build_venv.sh"), At(snapshot, "sorc/build_venv.sh", "python_ver"), includeDeclaration: true);
        Assert.Equal(["versions/build.ver:1:python_ver", "versions/run.ver:1:python_ver", .. expected], fromUse.Select(l => Where(snapshot, l)));
    }

    [Fact]
    public void On_an_entry_goes_to_its_own_line_first()
    {
        var snapshot = Snapshot();
        var targets = VersionsNavigation.Definition(snapshot, P("versions/build.ver"), At(snapshot, "versions/build.ver", "3.12.0"));
        Assert.Equal(["versions/build.ver:1:python_ver", "versions/run.ver:1:python_ver"], targets.Select(t => Where(snapshot, t)));
    }

    [Fact]
    public void Hover_on_an_entry_lists_where_the_package_uses_it()
    {
        var snapshot = Snapshot();
        var hover = VersionsNavigation.Hover(snapshot, P("versions/run.ver"), At(snapshot, "versions/run.ver", "netcdf_ver", 2))!;
        Assert.StartsWith("**netcdf_ver** (module version)", hover.Markdown);
        Assert.Contains("- `4.9.2` in `versions/build.ver` line 2", hover.Markdown);
        Assert.Contains("Used in 1 place:\n- `ecf/aigfs/forecast/jaigfs_forecast.ecf` line 13: `module load netcdf/${netcdf_ver}`", hover.Markdown);
        Assert.Equal("netcdf_ver", snapshot.ReadText(P("versions/run.ver"))!.ToString(hover.Span));
    }

    [Fact]
    public void Hover_on_an_unused_entry_says_so_and_explains_the_package_s_own_version()
    {
        var fixture = NcoPackage.Compliant().With("versions/run.ver", NcoPackage.RunVer + "export hdf5_ver=1.14.0\n")
            .With("jobs/JAIGFS_FORECAST", NcoPackage.ForecastJJob.Replace("/${aigfs_ver}", ""));
        var snapshot = Snapshot(fixture);
        Assert.EndsWith("No file of the package uses it.", VersionsNavigation.Hover(snapshot, P("versions/run.ver"), At(snapshot, "versions/run.ver", "hdf5_ver"))!.Markdown);
        var own = VersionsNavigation.Hover(snapshot, P("versions/run.ver"), At(snapshot, "versions/run.ver", "aigfs_ver"))!.Markdown;
        Assert.StartsWith("**aigfs_ver** (package version)", own);
        Assert.Contains("the package's own version", own);
    }

    [Fact]
    public void Hover_on_a_use_gives_the_value_of_each_versions_file()
    {
        var fixture = NcoPackage.Compliant().With("versions/build.ver", NcoPackage.BuildVer.Replace("3.12.0", "3.11.7"));
        var snapshot = Snapshot(fixture);
        var card = "ecf/aigfs/forecast/jaigfs_forecast.ecf";
        var hover = VersionsNavigation.Hover(snapshot, P(card), At(snapshot, card, "python_ver"))!;
        Assert.Equal("**python_ver** (module version)\n\n- `3.11.7` in `versions/build.ver` line 1\n- `3.12.0` in `versions/run.ver` line 1\n\nUsed in 1 place of the package.", hover.Markdown);
    }

    [Fact]
    public void Hover_keeps_a_line_with_backquotes_readable()
    {
        var fixture = NcoPackage.Compliant().With("ush/aigfs_tag.sh", "#!/bin/bash\nset -x\ntag=`echo ${python_ver}`\n");
        var snapshot = Snapshot(fixture);
        var hover = VersionsNavigation.Hover(snapshot, P("versions/run.ver"), At(snapshot, "versions/run.ver", "python_ver"))!;
        Assert.Contains("``", hover.Markdown);
        Assert.Contains("tag=`echo ${python_ver}`", hover.Markdown);
    }
}
