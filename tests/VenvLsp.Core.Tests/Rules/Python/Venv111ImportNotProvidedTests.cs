using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Tests.Rules.Venv;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Python;

public class Venv111ImportNotProvidedTests
{
    private const string Script = "ush/aigfs_run_model.py";

    private static PackageFixture Package(string requirements = VenvPackage.Requirements) => VenvPackage.Create(requirements);

    [Fact]
    public void Reports_a_third_party_import_no_requirement_provides()
    {
        var diagnostic = Assert.Single(Package().Check(RuleIds.ImportNotProvided, Script, """
            import os
            import numpy as np
            import [|requests|]
            """));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("requests is imported but no requirement of the venv provides it: add requests==2.32.3 to requirements.txt.", diagnostic.Message);
    }

    [Fact]
    public void Fix_adds_the_approved_exact_version_to_the_requirements_file_in_name_order()
    {
        var fixture = Package().With(Script, "import requests\n");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.True(fix.IsSafe);
        Assert.Equal("Add requests==2.32.3 to requirements.txt", fix.Title);
        Assert.Equal(PackageFixture.Path("requirements.txt"), Assert.Single(fix.Edits).Path);
        Assert.Equal("""
            # Python dependencies of the aigfs venv, pinned.
            numpy==1.26.4
            PyYAML==6.0.1
            requests==2.32.3
            scipy==1.13.1

            """, VenvPackage.Apply(fixture, diagnostic));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
    }

    [Fact]
    public void Does_not_count_stdlib_listed_relative_future_type_checking_or_text_that_only_looks_like_an_import()
    {
        Package().Check(RuleIds.ImportNotProvided, Script, """
            #!/usr/bin/env python3
            """ + "\"\"\"Run the model. import requests would be a mistake here.\"\"\"" + """

            from __future__ import annotations
            import os, sys
            import os.path as osp
            from collections import (
                OrderedDict,
                defaultdict,
            )
            import numpy as np
            import numpy.linalg
            import yaml
            from yaml import safe_load
            import scipy.stats as st
            from . import sibling
            from .helpers import tool
            from .. import parent
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                import pandas
            s = "import requests"
            # import requests
            t = '''
            import torch
            '''
            f = f"{'import torch'}"
            """);
    }

    [Fact]
    public void Reports_every_import_form_once_per_distribution()
    {
        var found = Package().Check(RuleIds.ImportNotProvided, Script, """
            import [|pandas.plotting|] as pdp
            from [|torch|] import (
                nn,
                optim,
            )
            from [|sklearn.linear_model|] \
                import LinearRegression
            import os, [|netCDF4|]
            import pandas
            from pandas import DataFrame


            def load(path):
                import [|requests|]
                return requests.get(path)


            class Model:
                import [|xarray|] as xr


            if __name__ == "__main__":
                import [|matplotlib.pyplot|] as plt
            """);
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(found, d => d.Message.Contains("add scikit-learn==1.5.0 to requirements.txt"));
    }

    [Fact]
    public void Reports_optional_imports_as_information()
    {
        var found = Package().Check(RuleIds.ImportNotProvided, Script, """
            try:
                import [|ujson|] as json
            except ImportError:
                import [|simplejson|] as json

            try:
                import [|torch|]
            except ModuleNotFoundError:  # the CPU-only test machines
                torch = None
            """);
        Assert.All(found, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.All(found, d => Assert.Contains("optional", d.Message));
    }

    [Fact]
    public void Reports_at_the_hard_import_when_the_same_module_is_also_imported_optionally()
    {
        var diagnostic = Assert.Single(Package().Check(RuleIds.ImportNotProvided, Script, """
            try:
                import torch
            except ImportError:
                torch = None


            def train():
                import [|torch.nn|]
            """));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Finds_the_distribution_of_an_import_name_in_the_module_table()
    {
        var fixture = Package(VenvPackage.Requirements + "protobuf==4.25.3\nruamel.yaml==0.18.6\nopencv-python-headless==4.10.0.84\n");
        fixture.Check(RuleIds.ImportNotProvided, Script, """
            import yaml
            from google.protobuf import message
            import ruamel.yaml
            import cv2
            from [|dateutil|] import parser
            """);
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
        Assert.Equal("Add python-dateutil to requirements.txt", diagnostic.Fixes[0].Title);
        Assert.True(diagnostic.Fixes[0].IsSafe);
    }

    [Fact]
    public void Finds_the_distribution_of_an_import_name_in_the_installed_metadata()
    {
        var fixture = Package(VenvPackage.Requirements + "ai-model-utils==1.0.2\n");
        VenvPackage.GoodVenv(fixture).Dist("ai-model-utils", "1.0.2", ["aimodel_core"]).Dist("grib-tools-ncep", "0.3.1", ["ncepgrib"]);
        fixture.Check(RuleIds.ImportNotProvided, Script, """
            import aimodel_core
            from [|ncepgrib|] import reader
            """);
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
        Assert.Contains("venv/ has grib-tools-ncep 0.3.1 installed, unlisted", diagnostic.Message);
        Assert.Equal("Add grib-tools-ncep==0.3.1 to requirements.txt", diagnostic.Fixes[0].Title);
        Assert.True(diagnostic.Fixes[0].IsSafe);
    }

    [Fact]
    public void Offers_the_guessed_distribution_only_in_the_editor()
    {
        var fixture = Package().With(Script, "import wxgrid_internal\n");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
        Assert.Contains("the name wxgrid_internal is a guess", diagnostic.Message);
        Assert.False(diagnostic.Fixes[0].IsSafe);
        Assert.Equal("Add wxgrid_internal to requirements.txt", diagnostic.Fixes[0].Title);
    }

    [Fact]
    public void Treats_a_module_named_like_an_approved_distribution_as_known()
    {
        var fixture = Package("scipy==1.13.1\n").With(Script, "import numpy\n");
        var diagnostic = Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
        Assert.True(diagnostic.Fixes[0].IsSafe);
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", VenvPackage.Apply(fixture, diagnostic));
    }

    [Fact]
    public void Pins_to_the_installed_version_when_the_approved_list_names_no_exact_one_and_leaves_it_unpinned_otherwise()
    {
        var fixture = Package().With(Script, "import xarray\nimport dask\n");
        VenvPackage.GoodVenv(fixture).Dist("xarray", "2024.6.0");
        var found = VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script);
        Assert.Equal(["Add xarray==2024.6.0 to requirements.txt", "Add dask to requirements.txt"], found.Select(d => d.Fixes[0].Title));
    }

    [Theory]
    [InlineData("3.12.1", "distutils", true)]
    [InlineData("3.11.7", "distutils", false)]
    [InlineData("3.10.13", "tomllib", true)]
    [InlineData("3.11.7", "tomllib", false)]
    public void Judges_the_standard_library_by_the_python_of_build_ver(string pythonVersion, string module, bool reported)
    {
        var fixture = Package().With("versions/build.ver", $"export python_ver={pythonVersion}\n");
        fixture.Check(RuleIds.ImportNotProvided, Script, reported ? $"import [|{module}|]\n" : $"import {module}\n");
        if (reported)
            Assert.Contains($"not in the standard library of Python {pythonVersion[..pythonVersion.LastIndexOf('.')]} (from versions/build.ver)",
                Assert.Single(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script)).Message);
    }

    [Fact]
    public void Prefers_the_python_of_the_built_venv()
    {
        var fixture = Package().With("versions/build.ver", "export python_ver=3.11.7\n");
        VenvPackage.GoodVenv(fixture);
        fixture.Check(RuleIds.ImportNotProvided, Script, "import [|distutils|]\n");
    }

    [Fact]
    public void Counts_every_version_list_when_the_python_version_is_unknown()
    {
        var fixture = Package();
        fixture.Files.Remove(PackageFixture.Path("versions/build.ver"));
        fixture.Check(RuleIds.ImportNotProvided, Script, "import distutils\nimport tomllib\nimport asynchat\n");
    }

    [Fact]
    public void Does_not_report_the_package_own_modules()
    {
        var fixture = Package()
            .With("ush/aigfs_utils.py", "")
            .With("ush/aigfs_tools/__init__.py", "")
            .With("lib/python/aigfs_lib/__init__.py", "")
            .With("parm/aigfs_settings.py", "")
            .With("ush/aigfs_fortran.cpython-312-x86_64-linux-gnu.so", "")
            .With("ush/helpers/local_helper.py", "");
        fixture.Check(RuleIds.ImportNotProvided, "ush/helpers/run.py", """
            import os
            import sys
            sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib", "python"))
            import aigfs_utils
            from aigfs_tools import grid
            import aigfs_lib
            import aigfs_settings
            import aigfs_fortran
            import local_helper
            """);
    }

    [Fact]
    public void Does_not_take_a_folder_of_sorc_for_a_module_unless_it_is_a_python_package()
    {
        var fixture = Package().With("sorc/eccodes/CMakeLists.txt", "project(eccodes)\n").With("sorc/aigfs_io/__init__.py", "");
        fixture.Check(RuleIds.ImportNotProvided, Script, "import [|eccodes|]\nimport aigfs_io\n");
    }

    [Fact]
    public void Takes_any_folder_on_the_search_path_for_a_namespace_package()
    {
        var fixture = Package().With("ush/aigfs_ns/grib.py", "");
        fixture.Check(RuleIds.ImportNotProvided, Script, "from aigfs_ns import grib\n");
    }

    [Fact]
    public void Does_not_report_modules_on_the_pythonpath_the_jobs_set()
    {
        var fixture = Package()
            .With("ush/python/aigfs_grib/__init__.py", "")
            .With("jobs/JAIGFS_FORECAST", """
                #!/bin/bash
                set -x
                export USHaigfs=${HOMEaigfs}/ush
                export PYTHONPATH=${USHaigfs}/python:${PYTHONPATH:-}
                python ${USHaigfs}/aigfs_run_model.py
                """);
        fixture.Check(RuleIds.ImportNotProvided, Script, "import aigfs_grib\n");
        fixture.With("jobs/JAIGFS_FORECAST", "#!/bin/bash\nset -x\npython ${HOMEaigfs}/ush/aigfs_run_model.py\n");
        fixture.Check(RuleIds.ImportNotProvided, Script, "import [|aigfs_grib|]\n");
    }

    [Fact]
    public void Does_not_report_modules_from_a_folder_named_through_the_home_variable()
    {
        var fixture = Package().With("ush/python/aigfs_grib/__init__.py", "");
        fixture.Check(RuleIds.ImportNotProvided, "scripts/exaigfs_post.py", """
            import os, sys
            sys.path.append(os.path.join(os.environ["HOMEaigfs"], "ush", "python"))
            import aigfs_grib
            """);
    }

    [Fact]
    public void Warns_instead_when_the_file_adds_a_folder_that_cannot_be_worked_out()
    {
        var diagnostic = Assert.Single(Package().Check(RuleIds.ImportNotProvided, Script, """
            import sys
            sys.path.append(sys.argv[1])
            import [|plugin_lib|]
            """));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Does_not_report_a_distribution_installed_from_the_package_own_folder()
    {
        var fixture = Package();
        VenvPackage.GoodVenv(fixture).Dist("aigfs-utils", "0.1.0", ["aigfs_core"],
            directUrl: """{"url": "file:///repo/aigfs.v1.0.0/sorc/aigfs_utils", "dir_info": {"editable": true}}""");
        fixture.Check(RuleIds.ImportNotProvided, Script, "import aigfs_core\n");
    }

    [Fact]
    public void Lets_test_code_rely_on_any_requirements_file_of_the_package()
    {
        var fixture = Package().With("requirements-dev.txt", "pytest==8.2.0\n");
        fixture.Check(RuleIds.ImportNotProvided, "tests/test_model.py", "import pytest\n");
        fixture.Check(RuleIds.ImportNotProvided, Script, "import [|pytest|]\n");
    }

    [Fact]
    public void Does_not_report_when_the_package_has_no_requirements_file()
    {
        var fixture = new PackageFixture().With("sorc/build_venv.sh", VenvPackage.BuildScript());
        fixture.Check(RuleIds.ImportNotProvided, Script, "import requests\n");
    }

    [Fact]
    public void Never_reports_in_the_venv_itself()
    {
        var fixture = Package();
        var venv = VenvPackage.GoodVenv(fixture);
        fixture.With(venv.SitePackages + "/numpy/__init__.py", "import requests\n");
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, venv.SitePackages + "/numpy/__init__.py"));
    }

    [Fact]
    public void Adds_the_line_once_when_several_files_import_the_same_module()
    {
        var fixture = Package().With(Script, "import requests\n").With("ush/aigfs_post.py", "from requests import get\n");
        VenvPackage.FixAll(fixture);
        Assert.Single(fixture.Files.Content(PackageFixture.Path("requirements.txt")).Split('\n'), l => l.StartsWith("requests", StringComparison.Ordinal));
        Assert.Empty(VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, Script));
    }
}
