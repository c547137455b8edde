using VenvLsp.Python;
using VenvLsp.Rules.Venv;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Venv;

public class BuiltVenvTests
{
    private static BuiltVenv Read(PackageFixture fixture) => BuiltVenv.Get(new WorkspaceSnapshot(fixture.Files), PackageFixture.Root);

    private static VenvModules Modules(PackageFixture fixture) => VenvModules.Get(new WorkspaceSnapshot(fixture.Files), PackageFixture.Root);

    [Fact]
    public void A_package_without_venv_has_no_built_venv()
    {
        var venv = Read(VenvPackage.Create());
        Assert.False(venv.Exists);
        Assert.Empty(venv.Distributions);
    }

    [Fact]
    public void An_empty_venv_folder_is_not_a_built_venv()
    {
        var fixture = VenvPackage.Create();
        fixture.Files.AddDirectory(VenvPackage.VenvPath + "/bin");
        Assert.False(Read(fixture).Exists);
    }

    [Fact]
    public void Reads_version_activate_and_distributions_of_a_venv_made_by_python_m_venv()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        var venv = Read(fixture);
        Assert.True(venv.Exists);
        Assert.Equal((3, 12), venv.PythonVersion);
        Assert.Equal(VenvPackage.VenvPath + "/pyvenv.cfg", venv.ConfigPath);
        Assert.Equal(["numpy", "pip", "pyyaml", "scipy", "setuptools"], venv.Distributions.Select(d => d.NormalizedName));
        var yaml = venv.Find("pyyaml")!;
        Assert.Equal("PyYAML", yaml.Name);
        Assert.Equal("6.0.1", yaml.Version);
        Assert.Equal(["_yaml", "yaml"], yaml.TopLevel);
        Assert.EndsWith("/PyYAML-6.0.1.dist-info/METADATA", yaml.MetadataPath);
        Assert.Equal(2, venv.Activate!.Assignments.Count);
    }

    [Fact]
    public void Reads_the_version_of_a_venv_made_by_virtualenv()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath, "3.11.7").VirtualenvConfig().Dist("numpy", "1.26.4");
        Assert.Equal((3, 11), Read(fixture).PythonVersion);
    }

    [Fact]
    public void Reads_only_the_header_of_metadata_so_the_description_never_counts()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("numpy", "1.26.4");
        // The description body holds "Version: not a header".
        Assert.Equal("1.26.4", Read(fixture).Find("numpy")!.Version);
    }

    [Fact]
    public void Takes_name_and_version_from_the_folder_when_metadata_is_missing()
    {
        var fixture = VenvPackage.Create();
        var fake = new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config();
        fixture.Files.AddDirectory(fake.SitePackages + "/python_dateutil-2.9.0.post0.dist-info");
        var installed = Assert.Single(Read(fixture).Distributions);
        Assert.Equal("python-dateutil", installed.NormalizedName);
        Assert.Equal("2.9.0.post0", installed.Version);
    }

    [Fact]
    public void Derives_modules_from_record_when_top_level_txt_is_missing()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config()
            .Dist("rpds-py", "0.18.1", ["rpds"], files: ["rpds/__init__.py", "rpds/rpds.cpython-312-x86_64-linux-gnu.so", "../../../bin/tool"], withTopLevel: false);
        var installed = Read(fixture).Find("rpds_py")!;
        Assert.False(installed.HasTopLevelFile);
        Assert.Empty(Read(fixture).DeclaredProvidersOf("rpds"));
        Assert.Equal(["rpds"], Modules(fixture).Of("rpds_py")!.TopLevel);
        Assert.Equal(["rpds-py"], Modules(fixture).ProvidersOf("rpds"));
    }

    [Fact]
    public void Tells_apart_the_owners_of_a_shared_namespace_package_from_their_records()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config()
            .Dist("protobuf", "4.25.3", ["google"], files: ["google/protobuf/__init__.py", "google/protobuf/message.py"])
            .Dist("google-auth", "2.29.0", ["google"], files: ["google/auth/__init__.py", "google/oauth2/__init__.py"]);
        Assert.Empty(Read(fixture).DeclaredProvidersOf("google.protobuf"));
        var modules = Modules(fixture);
        Assert.Equal(["protobuf"], modules.ProvidersOf("google.protobuf.message"));
        Assert.Equal(["google-auth"], modules.ProvidersOf("google.auth"));
        Assert.Equal(2, modules.ProvidersOf("google").Count());
    }

    [Fact]
    public void Reads_legacy_egg_info_folders_and_files()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config()
            .EggInfoFolder("pygrib", "2.1.5", ["../pygrib/__init__.py", "../pygrib/_pygrib.cpython-312-x86_64-linux-gnu.so"])
            .EggInfoFile("legacy_tool", "0.1");
        Assert.Equal("0.1", Read(fixture).Find("legacy-tool")!.Version);
        Assert.Equal(["pygrib"], Modules(fixture).ProvidersOf("pygrib._pygrib"));
    }

    [Fact]
    public void Reads_the_local_folder_of_a_direct_url_install()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config()
            .Dist("aigfs-utils", "0.1.0", directUrl: """{"url": "file:///repo/aigfs.v1.0.0/sorc/aigfs_utils", "dir_info": {"editable": true}}""")
            .Dist("earth2mip", "0.1.0", directUrl: """{"url": "https://github.com/NVIDIA/earth2mip.git", "vcs_info": {"vcs": "git", "commit_id": "3d1b4e8"}}""")
            .Dist("broken", "1.0", directUrl: "{not json");
        var venv = Read(fixture);
        Assert.Equal("/repo/aigfs.v1.0.0/sorc/aigfs_utils", venv.Find("aigfs-utils")!.LocalPath);
        Assert.Null(venv.Find("earth2mip")!.LocalPath);
        Assert.Null(venv.Find("broken")!.LocalPath);
    }

    [Fact]
    public void Keeps_to_the_site_packages_of_the_configured_python_when_an_older_one_is_left_over()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath, "3.11.7").Dist("numpy", "1.24.0");
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("numpy", "1.26.4");
        Assert.Equal("1.26.4", Assert.Single(Read(fixture).Distributions).Version);
    }

    [Fact]
    public void Does_not_read_site_packages_twice_through_the_lib64_link()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        var venv = Read(fixture);
        Assert.Single(venv.SitePackages);
        Assert.Single(venv.Distributions, d => d.NormalizedName == "numpy");
    }

    [Fact]
    public void Finds_links_absolute_and_relative_and_tells_which_leave_the_venv()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().LinkedPython()
            .Link("include/site", "../../shared/include", directory: true);
        var links = Read(fixture).Links.ToDictionary(l => l.Path[(VenvPackage.VenvPath.Length + 1)..]);
        Assert.Equal(["bin/python", "bin/python3", "bin/python3.12", "include/site", "lib64"], links.Keys.Order(StringComparer.Ordinal));
        Assert.True(links["bin/python3.12"].PointsOutside);
        Assert.Equal("/apps/prod/python/3.12.1/bin/python3.12", links["bin/python3.12"].ResolvedTarget);
        Assert.False(links["bin/python3"].PointsOutside);
        Assert.Equal(VenvPackage.VenvPath + "/bin/python3.12", links["bin/python3"].ResolvedTarget);
        Assert.False(links["lib64"].PointsOutside);
        Assert.True(links["include/site"].PointsOutside);
        Assert.Equal("/repo/aigfs.v1.0.0/shared/include", links["include/site"].ResolvedTarget);
    }

    [Fact]
    public void Finds_a_link_at_the_top_of_site_packages_without_entering_the_packages()
    {
        var fixture = VenvPackage.Create();
        var fake = new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().CopiedPython().Dist("numpy", "1.26.4");
        fixture.Files.Add(fake.SitePackages + "/numpy/core/linked.so", "");
        fixture.Files.AddLink(fake.SitePackages + "/numpy/core/linked.so", "/usr/lib/libx.so");
        fake.Link("lib/python3.12/site-packages/mylib", "/home/user/mylib", directory: true);
        Assert.Equal([fake.SitePackages + "/mylib"], Read(fixture).OutsideLinks.Select(l => l.Path));
    }

    [Fact]
    public void Takes_the_modules_from_top_level_txt_without_reading_the_file_list()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Dist("PyYAML", "6.0.1", ["_yaml", "yaml"], files: ["not_yaml/__init__.py"]);
        Assert.Equal(["pyyaml"], Read(fixture).DeclaredProvidersOf("yaml.loader").Select(d => d.NormalizedName));
        Assert.Equal(["pyyaml"], Modules(fixture).ProvidersOf("yaml"));
        Assert.Empty(Modules(fixture).ProvidersOf("not_yaml"));
    }

    [Fact]
    public void Compares_by_value_so_an_unchanged_venv_read_twice_is_equal()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        Assert.Equal(Read(fixture), Read(fixture));
    }

    [Fact]
    public void Reads_the_activate_assignments_with_their_locations()
    {
        var fixture = VenvPackage.Create();
        new FakeVenv(fixture.Files, VenvPackage.VenvPath).Config().Activate(ActivateTemplates.Venv38("/build/venv"));
        var assignment = Assert.Single(Read(fixture).Activate!.Assignments);
        Assert.Equal("/build/venv", assignment.Value);
        Assert.Equal(ShellQuoteStyle.Double, assignment.Quote);
        Assert.Equal(VenvPackage.VenvPath + "/bin/activate", assignment.Location.Path);
        var activate = fixture.Files.Content(VenvPackage.VenvPath + "/bin/activate");
        Assert.Equal("VIRTUAL_ENV=\"/build/venv\"", activate.Substring(assignment.Location.Span.Start, assignment.Location.Span.Length));
    }
}
