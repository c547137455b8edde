using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Requirements;

public class Venv100InvalidLineTests
{
    [Fact]
    public void Reports_lines_pip_rejects_at_the_offending_text()
    {
        new PackageFixture().Check(RuleIds.InvalidRequirementLine, "requirements.txt", """
            numpy==1.26.4
            [|scipy=1.13.1|]
            [|--upgrade|]
            pandas==2.2.2 --hash=[|md5:abc|]
            """);
    }

    [Fact]
    public void Does_not_report_a_backslash_on_the_last_line()
    {
        new PackageFixture().Check(RuleIds.InvalidRequirementLine, "requirements.txt", "numpy==1.26.4 \\");
    }

    [Fact]
    public void Does_not_report_hash_continuations_comments_or_markers()
    {
        new PackageFixture().Check(RuleIds.InvalidRequirementLine, "requirements.txt", """
            # pip-compile output
            numpy==1.26.4 \
                --hash=sha256:0123 \
                --hash=sha256:4567
                # via xarray
            pywin32==306 ; platform_system == "Windows"
            https://host/archive.tar.gz#egg=archive
            """);
    }

    [Fact]
    public void Reports_an_include_cycle_instead_of_hanging()
    {
        var fixture = new PackageFixture().With("b.txt", "-r requirements.txt\nscipy==1.13.1\n");
        fixture.Check(RuleIds.InvalidRequirementLine, "requirements.txt", "-r [|b.txt|]\nnumpy==1.26.4\n");
    }

    [Fact]
    public void Reports_a_lower_case_variable_pip_will_not_expand()
    {
        new PackageFixture().Check(RuleIds.InvalidRequirementLine, "requirements.txt", "mylib @ file://[|${HOMEaigfs}|]/sorc/mylib\n");
    }

    [Fact]
    public void Reports_a_binary_file_named_requirements_txt()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy\0\u0001\u0002");
        var diagnostic = Assert.Single(fixture.Analyze("requirements.txt"));
        Assert.Equal(RuleIds.InvalidRequirementLine, diagnostic.RuleId);
        Assert.Contains("binary", diagnostic.Message);
    }
}

public class Venv101NotApprovedTests
{
    [Fact]
    public void Reports_packages_missing_from_the_approved_list()
    {
        new PackageFixture().Check(RuleIds.NotApproved, "requirements.txt", """
            numpy==1.26.4
            [|tensorflow|]==2.16.1
            [|nunpy|]==1.26.4
            """);
    }

    [Theory]
    [InlineData("NumPy==1.26.4")]
    [InlineData("pyyaml==6.0.1")]
    [InlineData("scikit_learn==1.5.0")]
    [InlineData("Scikit.Learn==1.5.0")]
    [InlineData("netcdf4==1.7.1.post2")]
    public void Does_not_report_names_that_differ_only_by_case_underscore_or_dot(string line)
    {
        new PackageFixture().Check(RuleIds.NotApproved, "requirements.txt", line);
    }

    [Fact]
    public void Offers_the_near_miss_as_a_fix()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.NotApproved, "requirements.txt", "[|nunpy|]==1.26.4\n");
        Assert.Equal("numpy==1.26.4\n", fixture.ApplyFix(RuleIds.NotApproved, "requirements.txt"));
    }

    [Fact]
    public void Does_not_check_approval_when_no_list_is_configured()
    {
        new PackageFixture(withApprovedList: false).Check(RuleIds.NotApproved, "requirements.txt", "tensorflow==2.16.1\n");
    }

    [Fact]
    public void Does_not_report_direct_references_whose_name_is_unknown()
    {
        new PackageFixture().Check(RuleIds.NotApproved, "requirements.txt", "git+https://github.com/a/b.git@v1\n");
    }
}

public class Venv102VersionNotApprovedTests
{
    [Fact]
    public void Reports_versions_and_ranges_outside_every_approved_entry()
    {
        new PackageFixture().Check(RuleIds.VersionNotApproved, "requirements.txt", """
            numpy[|==2.3.0|]
            scipy[|>=1.10|]
            xarray[|==2023.6.0|]
            torch[|<3|]
            """);
    }

    [Fact]
    public void Does_not_report_versions_inside_an_approved_range_or_pin()
    {
        new PackageFixture().Check(RuleIds.VersionNotApproved, "requirements.txt", """
            numpy==1.26.4
            numpy>=1.25,<2
            scipy==1.13.1
            xarray==2024.6.0
            xarray>=2024.2
            netCDF4==1.7.1.post2
            requests
            """);
    }

    [Fact]
    public void Accepts_any_of_several_entries_for_one_name()
    {
        // numpy is approved as ">=1.24,<2.3" and as "==1.26.4": 2.2.0 fits the first.
        new PackageFixture().Check(RuleIds.VersionNotApproved, "requirements.txt", "numpy==2.2.0\n");
    }

    [Fact]
    public void Pins_to_the_newest_approved_exact_version()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.VersionNotApproved, "requirements.txt", "scipy[|>=1.10|] ; python_version >= '3.9'\n");
        Assert.Equal("scipy==1.13.1 ; python_version >= '3.9'\n", fixture.ApplyFix(RuleIds.VersionNotApproved, "requirements.txt"));
    }
}

public class Venv103NotPinnedTests
{
    [Fact]
    public void Reports_requirements_not_pinned_to_one_version()
    {
        new PackageFixture().Check(RuleIds.NotPinned, "requirements.txt", """
            [|numpy|]
            [|scipy>=1.10|]
            [|xarray==2024.*|]
            [|torch~=2.3|]
            pandas==2.2.2
            PyYAML===6.0.1
            """);
    }

    [Fact]
    public void Does_not_report_direct_references_or_includes()
    {
        new PackageFixture().With("other.txt", "numpy==1.26.4\n").Check(RuleIds.NotPinned, "requirements.txt", """
            -r other.txt
            git+https://github.com/a/b.git#egg=b
            ./sorc/mylib
            """);
    }

    [Fact]
    public void Pins_to_the_only_exact_version_the_list_names()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.NotPinned, "requirements.txt", "[|requests|][socks]\n");
        Assert.Equal("requests[socks]==2.32.3\n", fixture.ApplyFix(RuleIds.NotPinned, "requirements.txt"));
    }

    [Fact]
    public void Offers_no_fix_when_the_list_allows_a_range()
    {
        var fixture = new PackageFixture();
        var diagnostic = Assert.Single(fixture.Check(RuleIds.NotPinned, "requirements.txt", "[|xarray|]\n"));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Does_not_report_a_version_supplied_by_a_template_placeholder()
    {
        new PackageFixture().Check(RuleIds.NotPinned, "requirements.txt.j2", """
            numpy=={{ numpy_version }}
            {% if use_torch %}
            torch==2.3.1
            {% endif %}
            mylib @ file://{{ HOMEaigfs }}/sorc/mylib
            """);
    }
}

public class Venv104DuplicateTests
{
    [Fact]
    public void Reports_the_later_of_two_requirements_of_one_package()
    {
        new PackageFixture().Check(RuleIds.DuplicateRequirement, "requirements.txt", """
            PyYAML==6.0.1
            numpy==1.26.4
            [|pyyaml==6.0.1|]
            [|PyYaml==6.0.1|]
            """);
    }

    [Fact]
    public void Removes_a_repeated_identical_line()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.DuplicateRequirement, "requirements.txt", "numpy==1.26.4\nscipy==1.13.1\n[|numpy==1.26.4|]\n");
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", fixture.ApplyFix(RuleIds.DuplicateRequirement, "requirements.txt"));
    }

    [Fact]
    public void Reports_a_duplicate_brought_in_by_an_include_at_the_include()
    {
        var fixture = new PackageFixture().With("base.txt", "numpy==1.26.4\n");
        fixture.Check(RuleIds.DuplicateRequirement, "requirements.txt", "numpy==1.26.4\n-r [|base.txt|]\n");
    }

    [Fact]
    public void Does_not_report_requirements_for_different_platforms()
    {
        new PackageFixture().Check(RuleIds.DuplicateRequirement, "requirements.txt", """
            numpy==1.26.4 ; python_version < "3.12"
            numpy==2.0.0 ; python_version >= "3.12"
            """);
    }

    [Fact]
    public void Does_not_compare_with_constraints()
    {
        new PackageFixture().With("constraints.txt", "numpy==1.26.4\n")
            .Check(RuleIds.DuplicateRequirement, "requirements.txt", "-c constraints.txt\nnumpy==1.26.4\n");
    }
}

public class Venv105DirectReferenceTests
{
    [Fact]
    public void Reports_urls_paths_archives_and_editables()
    {
        new PackageFixture().Check(RuleIds.DirectReference, "requirements.txt", """
            numpy==1.26.4
            [|earth2mip @ git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8|]
            [|git+https://github.com/a/b.git#egg=b|]
            [|./sorc/mylib|]
            [|wheels/pkg-1.0-py3-none-any.whl|]
            -e [|./sorc/other|]
            """);
    }

    [Fact]
    public void Does_not_report_named_requirements()
    {
        new PackageFixture().Check(RuleIds.DirectReference, "requirements.txt", "numpy==1.26.4\nrequests[socks]==2.32.3\nzope.interface>=6\n");
    }
}

public class Venv106NetworkOptionTests
{
    [Fact]
    public void Reports_index_and_network_options()
    {
        new PackageFixture().Check(RuleIds.NetworkOption, "requirements.txt", """
            [|--index-url https://pypi.example/simple|]
            [|--extra-index-url=https://download.pytorch.org/whl/cpu|]
            [|-i https://pypi.example/simple|]
            [|--trusted-host pypi.example|]
            [|--find-links https://wheels.example/|]
            [|-r https://example/requirements.txt|]
            numpy==1.26.4
            """);
    }

    [Fact]
    public void Does_not_report_offline_options()
    {
        new PackageFixture().With("wheels/.keep", "").Check(RuleIds.NetworkOption, "requirements.txt", """
            --no-index
            --find-links ./wheels
            --only-binary :all:
            --require-hashes
            numpy==1.26.4
            """);
    }

    [Fact]
    public void Removes_a_line_that_holds_only_the_network_option()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.NetworkOption, "requirements.txt", "numpy==1.26.4\n[|--extra-index-url https://x/simple|]\nscipy==1.13.1\n");
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", fixture.ApplyFix(RuleIds.NetworkOption, "requirements.txt"));
    }
}

public class Venv107MissingIncludeTests
{
    [Fact]
    public void Reports_includes_that_do_not_exist_relative_to_the_including_file()
    {
        new PackageFixture().With("sorc/base.txt", "numpy==1.26.4\n").Check(RuleIds.MissingInclude, "sorc/requirements.txt", """
            -r base.txt
            -r [|missing.txt|]
            -c [|../constraints.txt|]
            """);
    }

    [Fact]
    public void Does_not_report_includes_through_variables()
    {
        new PackageFixture().Check(RuleIds.MissingInclude, "requirements.txt", "-r ${COMMON_REQS}/base.txt\n");
    }
}

public class Venv108NoApprovedListTests
{
    [Fact]
    public void Says_once_that_approval_was_not_checked()
    {
        var found = new PackageFixture(withApprovedList: false).Check(RuleIds.NoApprovedList, "requirements.txt", "# deps\n[|numpy|]==1.26.4\nscipy==1.13.1\n");
        Assert.Contains("No approved list is configured", Assert.Single(found).Message);
    }

    [Fact]
    public void Says_when_the_configured_list_cannot_be_read()
    {
        var fixture = new PackageFixture(withApprovedList: false);
        fixture.Files.Add("/repo/venvlsp.json", """{ "approvedList": "nowhere.txt" }""");
        var found = fixture.Check(RuleIds.NoApprovedList, "requirements.txt", "[|numpy|]==1.26.4\n");
        Assert.Contains("cannot be read", Assert.Single(found).Message);
    }

    [Fact]
    public void Is_silent_when_the_list_is_configured()
    {
        new PackageFixture().Check(RuleIds.NoApprovedList, "requirements.txt", "numpy==1.26.4\n");
    }
}

public class Venv112RequirementDroppedTests
{
    [Fact]
    public void Reports_a_requirement_after_a_global_option()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.RequirementDropped, "requirements.txt", "--pre [|requests==2.32.3|]\n");
        Assert.Equal("--pre\nrequests==2.32.3\n", fixture.ApplyFix(RuleIds.RequirementDropped, "requirements.txt"));
    }

    [Fact]
    public void Reports_a_global_option_after_a_requirement()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.RequirementDropped, "requirements.txt", "requests==2.32.3 [|--pre|]\n");
        Assert.Equal("--pre\nrequests==2.32.3\n", fixture.ApplyFix(RuleIds.RequirementDropped, "requirements.txt"));
    }

    [Fact]
    public void Does_not_report_per_requirement_options()
    {
        new PackageFixture().Check(RuleIds.RequirementDropped, "requirements.txt", "numpy==1.26.4 --hash=sha256:ab\n--pre\nrequests==2.32.3\n");
    }
}

public class Venv113GluedShortOptionTests
{
    [Fact]
    public void Reports_a_long_option_written_with_one_dash()
    {
        new PackageFixture().Check(RuleIds.GluedShortOption, "requirements.txt", "[|-find-links|] ./wheels\n[|-foo|]\n[|-requirement|] x.txt\n");
    }

    [Fact]
    public void Does_not_report_ordinary_glued_values()
    {
        new PackageFixture().With("other.txt", "").With("wheels/x", "")
            .Check(RuleIds.GluedShortOption, "requirements.txt", "-rother.txt\n-f./wheels\n-ihttps://pypi.example/simple\n");
    }
}

public class ApprovedListUnionTests
{
    [Fact]
    public void Accepts_a_range_covered_by_several_approved_lines_together()
    {
        var fixture = new PackageFixture();
        fixture.Files.Add("/repo/approved.txt", "xarray>=2024.1,<2024.6\nxarray>=2024.6,<2025\n");
        fixture.Check(RuleIds.VersionNotApproved, "requirements.txt", "xarray>=2024.2,<2024.9\nxarray[|>=2024.2,<2026|]\n");
    }
}
