using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Venv;

public class Venv110InstalledVersionDiffersTests
{
    [Fact]
    public void Reports_a_pin_the_venv_does_not_hold_at_the_pin()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().CopiedPython()
            .Dist("numpy", "2.0.1").Dist("PyYAML", "6.0.1", ["_yaml", "yaml"]).Dist("scipy", "1.13.1");
        var diagnostic = Assert.Single(fixture.Check(RuleIds.InstalledVersionDiffers, "requirements.txt", """
            # Python dependencies of the aigfs venv, pinned.
            numpy[|==1.26.4|]
            PyYAML==6.0.1
            scipy==1.13.1

            """));
        Assert.Contains("pinned to 1.26.4 but venv/ has numpy 2.0.1 installed", diagnostic.Message);
        Assert.EndsWith("numpy-2.0.1.dist-info/METADATA", Assert.Single(diagnostic.Related).Location.Path);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("torch==2.3.1", "2.3.1+cpu")]
    [InlineData("torch==2.3", "2.3.0")]
    [InlineData("torch===2.3.1", "2.3.1")]
    [InlineData("torch>=2.0", "2.3.1")]
    [InlineData("torch", "2.3.1")]
    [InlineData("torch==2.3.*", "2.3.1")]
    public void Does_not_report_versions_the_line_accepts_or_lines_that_pin_nothing(string line, string installed)
    {
        var fixture = VenvPackage.Create(line + "\n");
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("torch", installed);
        fixture.Check(RuleIds.InstalledVersionDiffers, "requirements.txt", line + "\n");
    }

    [Fact]
    public void Does_not_report_a_line_when_another_line_under_a_marker_pins_the_installed_version()
    {
        const string requirements = """
            numpy==1.24.4 ; python_version < "3.9"
            numpy==1.26.4 ; python_version >= "3.9"

            """;
        var fixture = VenvPackage.Create(requirements);
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("numpy", "1.26.4");
        fixture.Check(RuleIds.InstalledVersionDiffers, "requirements.txt", requirements);
    }

    [Fact]
    public void Reports_in_an_included_file_the_build_installs_from()
    {
        var fixture = VenvPackage.Create("-r requirements-ai.txt\n");
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("torch", "2.2.0");
        fixture.Check(RuleIds.InstalledVersionDiffers, "requirements-ai.txt", "torch[|==2.3.1|]\n");
    }

    [Fact]
    public void Does_not_report_in_a_file_the_build_does_not_install_from()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        fixture.Check(RuleIds.InstalledVersionDiffers, "requirements-dev.txt", "numpy==2.0.1\n");
    }

    [Fact]
    public void Does_not_report_without_a_built_venv()
    {
        VenvPackage.Create().Check(RuleIds.InstalledVersionDiffers, "requirements.txt", VenvPackage.Requirements);
    }
}

public class Venv103PinToInstalledVersionTests
{
    [Fact]
    public void Fix_pins_to_the_installed_version_when_the_approved_list_names_no_exact_version()
    {
        var fixture = VenvPackage.Create("xarray>=2024.1\n");
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("xarray", "2024.6.0");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.NotPinned, "requirements.txt"));
        Assert.Equal("Pin to xarray==2024.6.0 (installed in venv/)", diagnostic.Fixes[0].Title);
        Assert.Equal("xarray==2024.6.0\n", VenvPackage.Apply(fixture, diagnostic));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.NotPinned, "requirements.txt"));
    }

    [Fact]
    public void Fix_still_prefers_the_approved_exact_version()
    {
        var fixture = VenvPackage.Create("scipy\n");
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("scipy", "1.14.0");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.NotPinned, "requirements.txt"));
        Assert.Equal("Pin to scipy==1.13.1", diagnostic.Fixes[0].Title);
    }

    [Theory]
    [InlineData("xarray>=2025.1\n", "2024.6.0")] // the installed version is outside what the line asks for
    [InlineData("xarray\n", "2023.6.0")]        // the approved list does not allow it
    public void Offers_no_fix_when_the_installed_version_does_not_fit(string requirements, string installed)
    {
        var fixture = VenvPackage.Create(requirements);
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("xarray", installed);
        Assert.Empty(Assert.Single(VenvPackage.Findings(fixture, RuleIds.NotPinned, "requirements.txt")).Fixes);
    }

    [Fact]
    public void Offers_no_fix_without_a_built_venv()
    {
        var fixture = VenvPackage.Create("xarray>=2024.1\n");
        Assert.Empty(Assert.Single(VenvPackage.Findings(fixture, RuleIds.NotPinned, "requirements.txt")).Fixes);
    }
}
