using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Venv;

public class Venv109InstalledNotListedTests
{
    /// <summary>The requirements with the first line marked <paramref name="times"/> times: one finding each.</summary>
    private static string Marked(int times = 1) =>
        VenvPackage.Requirements.Replace("# Python dependencies of the aigfs venv, pinned.",
            string.Concat(Enumerable.Repeat("[|", times)) + "# Python dependencies of the aigfs venv, pinned." + string.Concat(Enumerable.Repeat("|]", times)));

    [Fact]
    public void Reports_each_unlisted_distribution_once_on_the_first_line()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1").Dist("python-dateutil", "2.9.0.post0", ["dateutil"]);
        var found = fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", Marked(2));
        Assert.Equal(2, found.Length);
        Assert.Contains(found, d => d.Message.StartsWith("packaging 24.1 is installed in venv/", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.StartsWith("python-dateutil 2.9.0.post0 is installed", StringComparison.Ordinal));
        Assert.All(found, d => Assert.EndsWith(".dist-info/METADATA", Assert.Single(d.Related).Location.Path));
    }

    [Fact]
    public void Fix_adds_name_and_installed_version_in_name_order()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
        Assert.Equal("Add packaging==24.1", diagnostic.Fixes[0].Title);
        Assert.True(diagnostic.Fixes[0].IsSafe);
        Assert.Equal("""
            # Python dependencies of the aigfs venv, pinned.
            numpy==1.26.4
            packaging==24.1
            PyYAML==6.0.1
            scipy==1.13.1

            """, VenvPackage.Apply(fixture, diagnostic));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
    }

    [Fact]
    public void First_fix_adds_every_unlisted_distribution_so_fixing_all_takes_one_round()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1").Dist("pandas", "2.2.2").Dist("xarray", "2024.6.0").Dist("tzdata", "2024.1");
        var found = VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt");
        Assert.Equal(4, found.Length);
        Assert.All(found, d => Assert.Equal("Add the 4 distributions venv/ holds that the requirements do not list", d.Fixes[0].Title));
        Assert.All(found, d => Assert.Equal(found[0].Fixes[0], d.Fixes[0]));
        Assert.Equal(["Add packaging==24.1", "Add pandas==2.2.2", "Add tzdata==2024.1", "Add xarray==2024.6.0"],
            found.Select(d => d.Fixes[1].Title).Order(StringComparer.Ordinal));
        VenvPackage.FixAll(fixture, rounds: 1);
        Assert.Equal("""
            # Python dependencies of the aigfs venv, pinned.
            numpy==1.26.4
            packaging==24.1
            pandas==2.2.2
            PyYAML==6.0.1
            scipy==1.13.1
            tzdata==2024.1
            xarray==2024.6.0

            """, fixture.Files.Content(PackageFixture.Path("requirements.txt")));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
    }

    [Fact]
    public void Fix_appends_to_a_file_that_is_not_sorted()
    {
        var fixture = VenvPackage.Create("scipy==1.13.1\nnumpy==1.26.4\nPyYAML==6.0.1");
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
        Assert.Equal("scipy==1.13.1\nnumpy==1.26.4\nPyYAML==6.0.1\npackaging==24.1", VenvPackage.Apply(fixture, diagnostic));
    }

    [Fact]
    public void Fix_ends_a_backslash_continuation_before_appending()
    {
        var fixture = VenvPackage.Create("scipy==1.13.1\nnumpy==1.26.4\nPyYAML==6.0.1 \\\n");
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
        Assert.Equal("scipy==1.13.1\nnumpy==1.26.4\nPyYAML==6.0.1 \\\n\npackaging==24.1\n", VenvPackage.Apply(fixture, diagnostic));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
    }

    [Theory]
    [InlineData("pyyaml==6.0.1")]
    [InlineData("PyYAML")]
    [InlineData("pyYAML>=6")]
    [InlineData("PyYAML==6.0.1 ; python_version >= \"3.8\"")]
    public void Does_not_report_a_distribution_listed_under_another_spelling_or_without_a_pin(string line)
    {
        var fixture = VenvPackage.Create(VenvPackage.Requirements.Replace("PyYAML==6.0.1", line));
        VenvPackage.GoodVenv(fixture);
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements.Replace("PyYAML==6.0.1", line));
    }

    [Fact]
    public void Does_not_report_what_an_included_file_lists()
    {
        var fixture = VenvPackage.Create(VenvPackage.Requirements + "-r requirements-ai.txt\n").With("requirements-ai.txt", "torch==2.3.1\n");
        VenvPackage.GoodVenv(fixture).Dist("torch", "2.3.1");
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements + "-r requirements-ai.txt\n");
    }

    [Fact]
    public void Does_not_count_a_constraints_file_as_listing()
    {
        var fixture = VenvPackage.Create(Marked() + "-c constraints.txt\n").With("constraints.txt", "torch==2.3.1\n");
        VenvPackage.GoodVenv(fixture).Dist("torch", "2.3.1");
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", Marked() + "-c constraints.txt\n");
    }

    [Fact]
    public void Does_not_report_the_tools_the_venv_creator_installed()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture).Dist("wheel", "0.43.0");
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements);
    }

    [Theory]
    [InlineData("\"${HOMEaigfs}/venv/bin/python\" -m pip install --require-virtualenv --no-cache-dir --upgrade pip")]
    [InlineData("\"${HOMEaigfs}/venv/bin/pip\" install --require-virtualenv --no-cache-dir -U pip==24.0")]
    public void Reports_pip_when_the_build_upgrades_it(string upgrade)
    {
        var fixture = VenvPackage.Create(buildScript: VenvPackage.BuildScript(beforeInstall: upgrade));
        VenvPackage.GoodVenv(fixture);
        var diagnostic = Assert.Single(fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", Marked()));
        Assert.StartsWith("pip 24.0 is installed", diagnostic.Message);
    }

    [Fact]
    public void Reports_pip_and_setuptools_when_the_venv_is_created_with_upgrade_deps()
    {
        var fixture = VenvPackage.Create(buildScript: VenvPackage.BuildScript().Replace("--copies", "--copies --upgrade-deps"));
        VenvPackage.GoodVenv(fixture);
        Assert.Equal(2, fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", Marked(2)).Length);
    }

    [Fact]
    public void Does_not_report_the_package_own_code_installed_from_its_folder()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture).Dist("aigfs-utils", "0.1.0", directUrl: """{"url": "file:///repo/aigfs.v1.0.0/sorc/aigfs_utils", "dir_info": {"editable": true}}""");
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements);
    }

    [Theory]
    [InlineData("earth2mip @ git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8")]
    [InlineData("git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8")]
    [InlineData("git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8#egg=earth2mip")]
    [InlineData("./sorc/earth2mip")]
    [InlineData("./wheels/earth2mip-0.1.0-py3-none-any.whl")]
    public void Does_not_report_a_distribution_a_direct_reference_installs(string line)
    {
        var fixture = VenvPackage.Create(VenvPackage.Requirements + line + "\n");
        VenvPackage.GoodVenv(fixture).Dist("earth2mip", "0.1.0");
        fixture.Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements + line + "\n");
    }

    [Fact]
    public void Reports_only_in_the_first_file_the_build_installs_from()
    {
        var fixture = VenvPackage.Create().With("requirements-dev.txt", "pytest==8.2.0\n");
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1");
        fixture.Check(RuleIds.InstalledNotListed, "requirements-dev.txt", "pytest==8.2.0\n");
        Assert.Single(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt"));
    }

    [Fact]
    public void Reports_in_the_template_when_the_build_renders_requirements_from_it()
    {
        var fixture = VenvPackage.Create();
        fixture.Files.Remove(PackageFixture.Path("requirements.txt"));
        fixture.With("requirements.txt.j2", VenvPackage.Requirements);
        VenvPackage.GoodVenv(fixture).Dist("packaging", "24.1");
        Assert.Single(VenvPackage.Findings(fixture, RuleIds.InstalledNotListed, "requirements.txt.j2"));
    }

    [Fact]
    public void Does_not_report_without_a_built_venv()
    {
        VenvPackage.Create().Check(RuleIds.InstalledNotListed, "requirements.txt", VenvPackage.Requirements);
    }
}
