using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Build;

/// <summary>A compliant build script, to which each test adds one variation.</summary>
internal static class BuildScripts
{
    public const string Path = "sorc/build_venv.sh";

    public const string Header = """
        #!/bin/bash
        set -eu
        export HOMEaigfs=${HOMEaigfs:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
        venv_dir=${HOMEaigfs}/venv
        source "${HOMEaigfs}/versions/build.ver"
        module load python/${python_ver:?}
        case "${1:-build}" in clean) rm -rf "${venv_dir}"; exit 0 ;; debug) set -x ;; esac
        rm -rf "${venv_dir}"

        """;

    public const string Rewrite =
        "sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${HOMEaigfs}/venv|' \"${venv_dir}/bin/activate\"\n";

    public static PackageFixture Fixture() => new PackageFixture()
        .With("requirements.txt", "numpy==1.26.4\n")
        .With("versions/build.ver", "export python_ver=3.12.0\n")
        .With(".gitignore", "venv/\n");
}

public class Venv200VenvWithoutCopiesTests
{
    [Theory]
    [InlineData("[|python3 -m venv|] \"${venv_dir}\"")]
    [InlineData("[|python -m venv|] --clear \"${venv_dir}\"")]
    [InlineData("[|/usr/bin/python3.12 -m venv|] \"${venv_dir}\"")]
    [InlineData("[|\"${PY}\" -m venv|] \"${venv_dir}\"")]
    [InlineData("[|virtualenv|] \"${venv_dir}\"")]
    [InlineData("[|python3 -m virtualenv|] \"${venv_dir}\"")]
    [InlineData("python3 -m venv [|--symlinks|] \"${venv_dir}\"")]
    [InlineData("build() {\n  [|python3 -m venv|] \"${venv_dir}\"\n}\nbuild")]
    [InlineData("true && [|python3 -m venv|] \"${venv_dir}\" || exit 1")]
    [InlineData("if true; then\n  [|python3 \\\n    -m venv|] \"${venv_dir}\"\nfi")]
    public void Reports_a_venv_created_with_links(string creation)
    {
        BuildScripts.Fixture().Check(RuleIds.VenvWithoutCopies, BuildScripts.Path, BuildScripts.Header + creation + "\n" + BuildScripts.Rewrite);
    }

    [Theory]
    [InlineData("python3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("python3 -m venv --clear --copies \"${venv_dir}\"")]
    [InlineData("python3 -m venv --cop \"${venv_dir}\"")]
    [InlineData("virtualenv --always-copy \"${venv_dir}\"")]
    [InlineData("virtualenv --copies \"${venv_dir}\"")]
    [InlineData("python3 -m virtualenv --always-copy \"${venv_dir}\"")]
    [InlineData("export VIRTUALENV_COPIES=1\nvirtualenv \"${venv_dir}\"")]
    [InlineData("export VIRTUALENV_ALWAYS_COPY=true\nvirtualenv \"${venv_dir}\"")]
    [InlineData("VIRTUALENV_COPIES=1 virtualenv \"${venv_dir}\"")]
    [InlineData("echo python3 -m venv \"${venv_dir}\"\npython3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("# python3 -m venv \"${venv_dir}\"\npython3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("cat <<EOF\npython3 -m venv x\nEOF\npython3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("msg='python3 -m venv x'\npython3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("command -v virtualenv >/dev/null\npython3 -m venv --copies \"${venv_dir}\"")]
    public void Does_not_report_a_venv_created_with_copies_or_text_that_is_not_a_command(string creation)
    {
        BuildScripts.Fixture().Check(RuleIds.VenvWithoutCopies, BuildScripts.Path, BuildScripts.Header + creation + "\n" + BuildScripts.Rewrite);
    }

    [Theory]
    [InlineData("python3 -m venv \"${venv_dir}\"", "python3 -m venv --copies \"${venv_dir}\"")]
    [InlineData("virtualenv \"${venv_dir}\"", "virtualenv --always-copy \"${venv_dir}\"")]
    [InlineData("python3 -m venv --symlinks \"${venv_dir}\"", "python3 -m venv --copies \"${venv_dir}\"")]
    public void Fixes_by_asking_for_copies(string before, string after)
    {
        var fixture = BuildScripts.Fixture().With(BuildScripts.Path, BuildScripts.Header + before + "\n" + BuildScripts.Rewrite);
        Assert.Equal(BuildScripts.Header + after + "\n" + BuildScripts.Rewrite, fixture.ApplyFix(RuleIds.VenvWithoutCopies, BuildScripts.Path));
    }
}

public class Venv201VenvAlwaysCopyTests
{
    [Fact]
    public void Reports_the_virtualenv_option_given_to_venv_and_replaces_it()
    {
        var fixture = BuildScripts.Fixture();
        fixture.Check(RuleIds.VenvAlwaysCopy, BuildScripts.Path, BuildScripts.Header + "python3 -m venv [|--always-copy|] \"${venv_dir}\"\n" + BuildScripts.Rewrite);
        Assert.Contains("python3 -m venv --copies \"${venv_dir}\"", fixture.ApplyFix(RuleIds.VenvAlwaysCopy, BuildScripts.Path));
        Assert.DoesNotContain(fixture.Analyze(BuildScripts.Path), d => d.RuleId == RuleIds.VenvWithoutCopies);
    }

    [Fact]
    public void Does_not_report_always_copy_given_to_virtualenv()
    {
        BuildScripts.Fixture().Check(RuleIds.VenvAlwaysCopy, BuildScripts.Path, BuildScripts.Header + "virtualenv --always-copy \"${venv_dir}\"\n" + BuildScripts.Rewrite);
    }
}

public class PipRuleTests
{
    private static string Script(string install) =>
        BuildScripts.Header + "python3 -m venv --copies \"${venv_dir}\"\n" + BuildScripts.Rewrite + install + "\n";

    [Theory]
    [InlineData("[|pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|pip3 install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|python3 -m pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|\"${venv_dir}/bin/pip\" install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|\"${venv_dir}/bin/python\" -m pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|pip --disable-pip-version-check install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("true && [|pip install|] --no-cache-dir \\\n   -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("( cd /tmp && [|pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\" )")]
    [InlineData("out=$([|pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\")")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=0\n[|pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("[|pip install|] --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"\nexport PIP_REQUIRE_VIRTUALENV=1")]
    public void Reports_pip_install_without_require_virtualenv(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipWithoutRequireVirtualenv, BuildScripts.Path, Script(install));
    }

    [Theory]
    [InlineData("pip install --require-virtualenv --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("pip install --require-venv --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("pip install --require-virt --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=1\npip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=true\npip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_REQUIRE_VIRTUALENV=yes PIP_NO_CACHE_DIR=1\npip install -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("PIP_REQUIRE_VIRTUALENV=on pip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("cat > \"${venv_dir}/pip.conf\" <<EOF\n[install]\nrequire-virtualenv = true\nEOF\npip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("\"${venv_dir}/bin/pip\" config set global.require-virtualenv true\npip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("echo pip install numpy\ncat <<'EOF'\npip install numpy\nEOF")]
    [InlineData("# pip install numpy\n: 'pip install numpy'")]
    public void Does_not_report_pip_install_with_an_equivalent_or_text_that_is_not_a_command(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipWithoutRequireVirtualenv, BuildScripts.Path, Script(install));
    }

    [Theory]
    [InlineData("[|pip install|] --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_NO_CACHE_DIR=\n[|pip install|] --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    public void Reports_pip_install_with_the_cache_on(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipWithoutNoCacheDir, BuildScripts.Path, Script(install));
    }

    [Theory]
    [InlineData("pip install --require-virtualenv --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("pip install --require-virtualenv --no-cache -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_NO_CACHE_DIR=1\npip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export PIP_NO_CACHE_DIR=off\npip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("PIP_NO_CACHE_DIR=1 pip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("export export PIP_NO_CACHE_DIR=1\npip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    [InlineData("cat > \"${venv_dir}/pip.conf\" <<EOF\n[global]\nno-cache-dir = false\nEOF\npip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"")]
    public void Does_not_report_pip_install_with_the_cache_off(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipWithoutNoCacheDir, BuildScripts.Path, Script(install));
    }

    [Theory]
    [InlineData("pip install [|--require-virtualev|] --no-cache-dir -r r.txt", "--require-virtualenv")]
    [InlineData("pip install [|--require-v|] --no-cache-dir -r r.txt", "--require-virtualenv")]
    [InlineData("pip install --require-virtualenv [|--no-cache-dirs|] -r r.txt", "--no-cache-dir")]
    public void Reports_options_pip_rejects_and_offers_the_intended_one(string install, string intended)
    {
        var fixture = BuildScripts.Fixture();
        fixture.Check(RuleIds.PipUnknownOption, BuildScripts.Path, Script(install));
        Assert.Contains(intended + " ", fixture.ApplyFix(RuleIds.PipUnknownOption, BuildScripts.Path));
    }

    [Fact]
    public void Inserts_both_flags_after_install()
    {
        var fixture = BuildScripts.Fixture().With(BuildScripts.Path, Script("pip install -r \"${HOMEaigfs}/requirements.txt\""));
        Assert.EndsWith("pip install --require-virtualenv -r \"${HOMEaigfs}/requirements.txt\"\n", fixture.ApplyFix(RuleIds.PipWithoutRequireVirtualenv, BuildScripts.Path));
        Assert.EndsWith("pip install --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\"\n", fixture.ApplyFix(RuleIds.PipWithoutNoCacheDir, BuildScripts.Path));
    }

    [Theory]
    [InlineData("pip install --require-virtualenv --no-cache-dir [|tensorflow|]")]
    [InlineData("pip install --require-virtualenv --no-cache-dir -r \"${HOMEaigfs}/requirements.txt\" [|scipy==1.13.1|]")]
    public void Reports_packages_installed_outside_the_requirements_file(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipInstallOutsideRequirements, BuildScripts.Path, Script(install));
    }

    [Fact]
    public void Reports_upgrading_pip_as_a_warning()
    {
        var found = BuildScripts.Fixture().Check(RuleIds.PipInstallOutsideRequirements, BuildScripts.Path,
            Script("pip install --require-virtualenv --no-cache-dir --upgrade [|pip|]"));
        Assert.Equal(VenvLsp.Diagnostics.Severity.Warning, Assert.Single(found).Severity);
    }

    [Theory]
    [InlineData("pip install --require-virtualenv --no-cache-dir numpy==1.26.4")]
    [InlineData("pip install --require-virtualenv --no-cache-dir -e \"${HOMEaigfs}/sorc/aigfs_utils\"")]
    [InlineData("pip install --require-virtualenv --no-cache-dir ./sorc/pkg")]
    public void Does_not_report_listed_packages_or_local_paths(string install)
    {
        BuildScripts.Fixture().Check(RuleIds.PipInstallOutsideRequirements, BuildScripts.Path, Script(install));
    }
}
