using VenvLsp.Rules;
using VenvLsp.Tests.Rules.Build;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Jobs;

/// <summary>A package with a compliant build and an ecf job card that each test varies.</summary>
internal static class JobCards
{
    public const string Path = "ecf/aigfs/jaigfs_forecast.ecf";

    public const string Head = """
        #PBS -N aigfs_forecast_%CYC%
        #PBS -j oe
        #PBS -S /bin/bash
        #PBS -l walltime=01:00:00

        export model=aigfs
        %include <head.h>

        export cyc=%CYC%

        """;

    public const string Body = """
        module load python/${python_ver}
        source ${HOMEaigfs}/venv/bin/activate

        ${HOMEaigfs}/jobs/JAIGFS_FORECAST

        deactivate
        %include <tail.h>
        %manual
          pip install -r requirements.txt
          source venv/bin/activate
        %end

        """;

    public static PackageFixture Fixture() => BuildScripts.Fixture()
        .With(BuildScripts.Path, BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite +
              "pip install --require-virtualenv --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"\n")
        .With("ecf/include/head.h", "set -xe\nmodule reset\nexport HOME${model}=%PACKAGEHOME%\n")
        .With("ecf/include/tail.h", "ecflow_client --complete\nexit 0\n")
        .With("jobs/JAIGFS_FORECAST", "#!/bin/bash\nset -xa\n${HOMEaigfs}/scripts/exaigfs_forecast.sh\nexport err=$?; err_chk\n");
}

public class ActivationFormTests
{
    [Theory]
    [InlineData("source ${HOMEaigfs}/venv/bin/activate")]
    [InlineData("source $HOMEaigfs/venv/bin/activate")]
    [InlineData("source \"${HOMEaigfs}/venv/bin/activate\"")]
    [InlineData("source \"$HOMEaigfs\"/venv/bin/activate")]
    public void Does_not_report_the_standard_form(string activation)
    {
        JobCards.Fixture().Check(RuleIds.NonStandardActivation, JobCards.Path, JobCards.Head + JobCards.Body.Replace("source ${HOMEaigfs}/venv/bin/activate", activation));
    }

    [Theory]
    [InlineData("[|. ${HOMEaigfs}/venv/bin/activate|]")]
    [InlineData("[|source venv/bin/activate|]")]
    [InlineData("[|source ./venv/bin/activate|]")]
    [InlineData("[|source ${venv_dir}/bin/activate|]")]
    [InlineData("[|source /repo/aigfs.v1.0.0/venv/bin/activate|]")]
    public void Reports_other_forms_and_rewrites_them(string activation)
    {
        var fixture = JobCards.Fixture();
        fixture.Check(RuleIds.NonStandardActivation, JobCards.Path, JobCards.Head + JobCards.Body.Replace("source ${HOMEaigfs}/venv/bin/activate", activation));
        Assert.Contains("\nsource ${HOMEaigfs}/venv/bin/activate\n", fixture.ApplyFix(RuleIds.NonStandardActivation, JobCards.Path));
    }

    [Fact]
    public void Reports_a_venv_outside_the_package_as_a_warning_not_a_form_error()
    {
        var fixture = JobCards.Fixture();
        var text = JobCards.Head + JobCards.Body.Replace("${HOMEaigfs}/venv/bin/activate", "[|/apps/prod/ve/evs/2.0/bin/activate|]");
        fixture.Check(RuleIds.OutsideVenvActivated, JobCards.Path, text);
        Assert.DoesNotContain(fixture.Analyze(JobCards.Path), d => d.RuleId == RuleIds.NonStandardActivation);
    }

    [Fact]
    public void Reports_a_home_variable_copied_from_a_sibling_package()
    {
        var fixture = JobCards.Fixture();
        fixture.Check(RuleIds.WrongHomeVariable, JobCards.Path, JobCards.Head + JobCards.Body
            .Replace("source ${HOMEaigfs}/venv", "source ${[|HOMEaigefs|]}/venv").Replace("${HOMEaigfs}/jobs", "$[|HOMEAIGFS|]/jobs"));
        Assert.DoesNotContain(fixture.Analyze(JobCards.Path), d => d.RuleId == RuleIds.OutsideVenvActivated);
    }

    [Fact]
    public void Does_not_report_another_package_home_variable_used_on_purpose()
    {
        JobCards.Fixture().Check(RuleIds.WrongHomeVariable, JobCards.Path, JobCards.Head + "export COMIN=${HOMEgfs}/fix\n" + JobCards.Body);
    }
}

public class DeactivationTests
{
    [Fact]
    public void Reports_a_job_card_that_never_deactivates_and_inserts_it_before_the_tail()
    {
        var fixture = JobCards.Fixture();
        fixture.Check(RuleIds.NoDeactivate, JobCards.Path, JobCards.Head + JobCards.Body.Replace("source ${HOMEaigfs}/venv/bin/activate", "[|source ${HOMEaigfs}/venv/bin/activate|]").Replace("deactivate\n", ""));
        Assert.Contains("JAIGFS_FORECAST\n\ndeactivate\n%include <tail.h>", fixture.ApplyFix(RuleIds.NoDeactivate, JobCards.Path));
    }

    [Fact]
    public void Does_not_count_activation_text_in_a_manual_block()
    {
        JobCards.Fixture().Check(RuleIds.NoDeactivate, JobCards.Path, JobCards.Head + "${HOMEaigfs}/jobs/JAIGFS_FORECAST\n%include <tail.h>\n%manual\n  source ${HOMEaigfs}/venv/bin/activate\n%end\n");
    }

    [Fact]
    public void Reports_deactivate_in_a_j_job_and_points_at_the_job_card_that_activates()
    {
        var fixture = JobCards.Fixture().With(JobCards.Path, JobCards.Head + JobCards.Body);
        var found = fixture.Check(RuleIds.DeactivateWithoutActivate, "jobs/JAIGFS_FORECAST",
            "#!/bin/bash\nset -xa\n${HOMEaigfs}/scripts/exaigfs_forecast.sh\nexport err=$?; err_chk\n[|deactivate|]\n");
        var related = Assert.Single(Assert.Single(found).Related);
        Assert.EndsWith(JobCards.Path, related.Location.Path);
        Assert.Equal("#!/bin/bash\nset -xa\n${HOMEaigfs}/scripts/exaigfs_forecast.sh\nexport err=$?; err_chk\n", fixture.ApplyFix(RuleIds.DeactivateWithoutActivate, "jobs/JAIGFS_FORECAST"));
    }

    [Fact]
    public void Does_not_report_the_deactivate_function_an_activate_script_defines()
    {
        JobCards.Fixture().Check(RuleIds.DeactivateWithoutActivate, "ush/venv_helpers.sh",
            "#!/bin/bash\ndeactivate () {\n  unset VIRTUAL_ENV\n}\ndeactivate nondestructive\n");
    }

    [Fact]
    public void Does_not_report_deactivate_after_an_activation_in_the_same_file()
    {
        JobCards.Fixture().Check(RuleIds.DeactivateWithoutActivate, JobCards.Path, JobCards.Head + JobCards.Body);
    }
}

public class ModuleOrderTests
{
    [Fact]
    public void Reports_an_activation_without_the_python_module_and_inserts_the_load()
    {
        var fixture = JobCards.Fixture();
        fixture.Check(RuleIds.NoPythonModuleBeforeActivate, JobCards.Path,
            JobCards.Head + JobCards.Body.Replace("module load python/${python_ver}\nsource ${HOMEaigfs}/venv/bin/activate", "[|source ${HOMEaigfs}/venv/bin/activate|]"));
        Assert.Contains("module load python/${python_ver:?}\nsource ${HOMEaigfs}/venv/bin/activate", fixture.ApplyFix(RuleIds.NoPythonModuleBeforeActivate, JobCards.Path));
    }

    [Fact]
    public void Accepts_the_python_module_loaded_by_an_include()
    {
        JobCards.Fixture().With("ecf/include/model_modules.h", "module load python/${python_ver}\nmodule load netcdf/${netcdf_ver}\n")
            .Check(RuleIds.NoPythonModuleBeforeActivate, JobCards.Path,
                JobCards.Head + "%include <model_modules.h>\n" + JobCards.Body.Replace("module load python/${python_ver}\n", ""));
    }

    [Fact]
    public void Stays_silent_when_an_include_cannot_be_found()
    {
        JobCards.Fixture().Check(RuleIds.NoPythonModuleBeforeActivate, JobCards.Path,
            JobCards.Head + "%include <site_modules.h>\n" + JobCards.Body.Replace("module load python/${python_ver}\n", ""));
    }

    [Fact]
    public void Reports_a_module_loaded_while_the_venv_is_active()
    {
        JobCards.Fixture().Check(RuleIds.ModuleLoadAfterActivate, JobCards.Path,
            JobCards.Head + JobCards.Body.Replace("\n${HOMEaigfs}/jobs", "\n[|module load netcdf/${netcdf_ver}|]\n${HOMEaigfs}/jobs"));
    }

    [Fact]
    public void Does_not_report_modules_loaded_before_or_after_the_venv()
    {
        JobCards.Fixture().Check(RuleIds.ModuleLoadAfterActivate, JobCards.Path,
            JobCards.Head + "module load netcdf/${netcdf_ver}\n" + JobCards.Body.Replace("deactivate\n", "deactivate\nmodule load prod_util\n"));
    }
}

public class PackageRuleTests
{
    [Fact]
    public void Reports_a_venv_that_git_does_not_ignore_and_adds_it_to_gitignore()
    {
        var fixture = JobCards.Fixture().With(".gitignore", "*.pyc\n");
        var header = BuildScripts.Header;
        fixture.Check(RuleIds.VenvNotIgnored, BuildScripts.Path, header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        var diagnostic = Assert.Single(fixture.Analyze(BuildScripts.Path), d => d.RuleId == RuleIds.VenvNotIgnored);
        var edit = Assert.Single(Assert.Single(diagnostic.Fixes).Edits);
        Assert.EndsWith(".gitignore", edit.Path);
        Assert.Equal("venv/\n", Assert.Single(edit.Edits).NewText);
    }

    [Theory]
    [InlineData("venv/\n")]
    [InlineData("/venv\n")]
    [InlineData("venv\n")]
    [InlineData("**/venv/\n")]
    [InlineData("venv/**\n")]
    public void Does_not_report_a_venv_ignored_in_any_form(string gitignore)
    {
        JobCards.Fixture().With(".gitignore", gitignore).Check(RuleIds.VenvNotIgnored, BuildScripts.Path,
            BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
    }

    [Fact]
    public void Accepts_venv_ignored_by_the_repository_gitignore_and_not_when_re_included()
    {
        var fixture = JobCards.Fixture().With(".gitignore", "# package\n");
        fixture.Files.Add("/repo/.gitignore", "venv/\n");
        Assert.DoesNotContain(fixture.Analyze(BuildScripts.Path), d => d.RuleId == RuleIds.VenvNotIgnored);
        fixture.With(".gitignore", "!venv/\n");
        Assert.Contains(fixture.Analyze(BuildScripts.Path), d => d.RuleId == RuleIds.VenvNotIgnored);
    }

    [Fact]
    public void Creates_gitignore_when_the_package_has_none()
    {
        var fixture = JobCards.Fixture();
        fixture.Files.Remove(PackageFixture.Path(".gitignore"));
        var diagnostic = Assert.Single(fixture.Analyze(BuildScripts.Path), d => d.RuleId == RuleIds.VenvNotIgnored);
        Assert.True(Assert.Single(Assert.Single(diagnostic.Fixes).Edits).CreatesFile);
    }

    [Fact]
    public void Reports_a_package_without_a_requirements_file_once_at_the_build()
    {
        var fixture = JobCards.Fixture();
        fixture.Files.Remove(PackageFixture.Path("requirements.txt"));
        fixture.With(BuildScripts.Path, BuildScripts.Header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        fixture.Check(RuleIds.MissingRequirementsFile, BuildScripts.Path, BuildScripts.Header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        fixture.Check(RuleIds.MissingRequirementsFile, JobCards.Path, JobCards.Head + JobCards.Body);
    }

    [Theory]
    [InlineData("sorc/requirements.txt")]
    [InlineData("requirements.txt.j2")]
    public void Finds_requirements_files_in_sorc_and_templates(string path)
    {
        var fixture = JobCards.Fixture().With(path, "numpy==1.26.4\n");
        fixture.Files.Remove(PackageFixture.Path("requirements.txt"));
        fixture.Check(RuleIds.MissingRequirementsFile, BuildScripts.Path, BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
    }

    [Fact]
    public void Follows_pip_install_r_to_the_requirements_file()
    {
        var fixture = JobCards.Fixture().With("parm/venv/deps.txt", "numpy==1.26.4\n");
        fixture.Files.Remove(PackageFixture.Path("requirements.txt"));
        fixture.Check(RuleIds.MissingRequirementsFile, BuildScripts.Path, BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite +
            "pip install --require-virtualenv --no-cache-dir -r \"${HOMEaigfs}/parm/venv/deps.txt\"\n");
    }

    [Fact]
    public void Reports_jobs_that_activate_a_venv_no_build_script_creates()
    {
        var fixture = JobCards.Fixture();
        fixture.Files.Remove(PackageFixture.Path(BuildScripts.Path));
        fixture.Check(RuleIds.NoBuildScript, JobCards.Path,
            JobCards.Head + JobCards.Body.Replace("source ${HOMEaigfs}/venv/bin/activate", "[|source ${HOMEaigfs}/venv/bin/activate|]"));
        JobCards.Fixture().Check(RuleIds.NoBuildScript, JobCards.Path, JobCards.Head + JobCards.Body);
    }

    [Fact]
    public void Reports_venv_files_tracked_by_git()
    {
        var fixture = JobCards.Fixture();
        fixture.Files.AddBytes("/repo/.git/index", GitIndexTests.IndexV2("aigfs.v1.0.0/requirements.txt", "aigfs.v1.0.0/venv/bin/python", "aigfs.v1.0.0/venv/pyvenv.cfg"));
        var found = fixture.Check(RuleIds.VenvCommitted, BuildScripts.Path, BuildScripts.Header + "[|python3 -m venv|] --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        Assert.Contains("2 files are under venv/", Assert.Single(found).Message);
    }
}
