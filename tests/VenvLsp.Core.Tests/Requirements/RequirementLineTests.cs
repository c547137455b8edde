using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Tests.Requirements;

/// <summary>One line at a time, what pip makes of it: a requirement (of which kind, which name), an
/// options line, or an error. Expectations follow current pip (packaging 22 or later).</summary>
public class RequirementLineTests
{
    private static RequirementsEntry Parse(string line) =>
        Assert.Single(RequirementsParser.Parse(SourceText.From(line)).Entries);

    [Theory]
    // plain names and PEP 440 specifiers
    [InlineData("numpy", "numpy")]
    [InlineData("numpy==1.26.4", "numpy")]
    [InlineData("NumPy==1.26.4", "NumPy")]
    [InlineData("numpy >= 1.24, < 2.3", "numpy")]
    [InlineData("numpy>=1.24,<2.3", "numpy")]
    [InlineData("numpy~=1.26", "numpy")]
    [InlineData("numpy~=1.26.0", "numpy")]
    [InlineData("numpy===1.26.4-custom", "numpy")]
    [InlineData("numpy==1.*", "numpy")]
    [InlineData("numpy==1.26.*", "numpy")]
    [InlineData("numpy!=1.25.0", "numpy")]
    [InlineData("numpy!=1.25.*", "numpy")]
    [InlineData("numpy<2", "numpy")]
    [InlineData("numpy>1.0", "numpy")]
    [InlineData("numpy<=2.0", "numpy")]
    [InlineData("numpy (>=1.24)", "numpy")]
    [InlineData("numpy (>=1.24, <2.3)", "numpy")]
    [InlineData("numpy==1!2.0", "numpy")]
    [InlineData("numpy==2.0rc1", "numpy")]
    [InlineData("numpy==2.0.0b2", "numpy")]
    [InlineData("numpy==2.0.0a1.dev3", "numpy")]
    [InlineData("numpy==1.26.4.post1", "numpy")]
    [InlineData("numpy==1.26.4+local.7", "numpy")]
    [InlineData("numpy==v1.26.4", "numpy")]
    [InlineData("netCDF4==1.7.1.post2", "netCDF4")]
    [InlineData("python-dateutil==2.9.0.post0", "python-dateutil")]
    [InlineData("scikit_learn==1.5.0", "scikit_learn")]
    [InlineData("scikit.learn==1.5.0", "scikit.learn")]
    [InlineData("zope.interface>=6", "zope.interface")]
    [InlineData("a==1", "a")]
    [InlineData("A1-b_2.c3==1.0", "A1-b_2.c3")]
    // extras
    [InlineData("requests[security]==2.32.3", "requests")]
    [InlineData("requests[security,socks]==2.32.3", "requests")]
    [InlineData("requests [security, socks] == 2.32.3", "requests")]
    [InlineData("xarray[io]", "xarray")]
    [InlineData("dask[complete]>=2024.1", "dask")]
    // markers
    [InlineData("numpy; python_version < \"3.12\"", "numpy")]
    [InlineData("numpy ; python_version>=\"3\"", "numpy")]
    [InlineData("numpy==1.26.4; sys_platform == 'linux' and python_version >= '3.9'", "numpy")]
    [InlineData("pywin32==306; platform_system==\"Windows\"", "pywin32")]
    [InlineData("x; (os_name == \"posix\" or os_name == \"nt\") and extra == \"test\"", "x")]
    [InlineData("x; platform_machine in \"x86_64 aarch64\"", "x")]
    [InlineData("x; \"linux\" in sys_platform", "x")]
    [InlineData("x; platform_machine not in 'arm64'", "x")]
    [InlineData("x; implementation_name == \"cpython\"", "x")]
    [InlineData("x; platform_python_implementation != 'PyPy'", "x")]
    [InlineData("x; platform_release >= \"5\"", "x")]
    [InlineData("x; platform_version == \"1\"", "x")]
    [InlineData("x; implementation_version >= \"3.8\"", "x")]
    [InlineData("x; python_full_version >= \"3.8.0\"", "x")]
    [InlineData("x==1.0;", "x")]
    // name @ URL
    [InlineData("earth2mip @ git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8", "earth2mip")]
    [InlineData("pkg @ https://host/pkg-1.0.tar.gz", "pkg")]
    [InlineData("pkg @ file:///opt/wheels/pkg-1.0-py3-none-any.whl", "pkg")]
    [InlineData("pkg[extra] @ https://host/pkg.zip ; python_version > '3'", "pkg")]
    public void Reads_valid_named_requirements(string line, string name)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.Empty(entry.Errors);
        Assert.Equal(name, entry.Name);
        Assert.Equal(name, line.Substring(entry.NameSpan!.Value.Start, entry.NameSpan.Value.Length));
    }

    [Theory]
    [InlineData("numpy=1.0", "did you mean ==")]
    [InlineData("numpy==", "")]
    [InlineData("numpy>=1.0<2", "")]
    [InlineData("numpy==abc", "")]
    [InlineData("numpy==1.0 extra", "")]
    [InlineData("numpy>>1", "")]
    [InlineData("numpy[", "")]
    [InlineData("numpy[extra", "")]
    [InlineData("numpy; python_version <", "")]
    [InlineData("numpy; foo == \"1\"", "")]
    [InlineData("numpy; python_version = \"3\"", "")]
    [InlineData("numpy; python_version < \"3.12", "")]
    [InlineData("numpy==1.0\t--hash=sha256:ab", "tab")]
    [InlineData("num py==1.0", "")]
    [InlineData("numpy~=1", "")]
    [InlineData("numpy==1.0.*.1", "")]
    [InlineData("numpy<=1.*", "")]
    [InlineData("@ https://x/y", "")]
    [InlineData("numpy(>=1", "")]
    [InlineData("${HOMEaigfs}/sorc/mylib", "upper-case")]
    [InlineData("mylib @ file://${HOMEaigfs}/sorc/mylib", "upper-case")]
    public void Reports_requirements_pip_rejects(string line, string hint)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.NotEmpty(entry.Errors);
        Assert.Contains(entry.Errors, e => e.Message.Contains(hint, StringComparison.OrdinalIgnoreCase));
        Assert.All(entry.Errors, e => Assert.InRange(e.Span.End, 0, line.Length));
    }

    [Theory]
    [InlineData("git+https://github.com/a/b.git#egg=b", RequirementKind.Url, "b")]
    [InlineData("git+https://github.com/a/b.git@v1.0", RequirementKind.Url, null)]
    [InlineData("git+ssh://git@github.com/a/b.git#egg=b", RequirementKind.Url, "b")]
    [InlineData("hg+https://hg.example/repo#egg=repo", RequirementKind.Url, "repo")]
    [InlineData("svn+https://svn.example/repo/trunk#egg=repo", RequirementKind.Url, "repo")]
    [InlineData("https://host/p.tar.gz", RequirementKind.Url, null)]
    [InlineData("http://host/p-1.0.zip", RequirementKind.Url, null)]
    [InlineData("file:///tmp/p.tar.gz", RequirementKind.Url, null)]
    [InlineData("pkg @ https://host/p.tar.gz", RequirementKind.Url, "pkg")]
    [InlineData("./local", RequirementKind.Path, null)]
    [InlineData("../sibling/pkg", RequirementKind.Path, null)]
    [InlineData("/abs/path/pkg", RequirementKind.Path, null)]
    [InlineData("sorc/mypkg/", RequirementKind.Path, null)]
    [InlineData("./local[extra]", RequirementKind.Path, null)]
    [InlineData("pkg.zip", RequirementKind.Archive, null)]
    [InlineData("dist/pkg-1.0.tar.gz", RequirementKind.Archive, null)]
    [InlineData("pkg-1.0.tgz", RequirementKind.Archive, null)]
    [InlineData("b-1.0-py3-none-any.whl", RequirementKind.Archive, "b")]
    [InlineData("wheels/torch-2.3.1-cp312-cp312-linux_x86_64.whl", RequirementKind.Archive, "torch")]
    public void Classifies_direct_references(string line, RequirementKind kind, string? name)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.Equal(kind, entry.Kind);
        Assert.True(entry.IsDirectReference);
        Assert.Equal(name, entry.Name);
    }

    [Theory]
    [InlineData("-e ./x")]
    [InlineData("-e git+https://github.com/a/b.git#egg=b")]
    [InlineData("--editable=./x")]
    [InlineData("--editable ./sorc/pkg")]
    [InlineData("-e.")]
    public void Reads_editables_as_direct_references(string line)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.True(entry.IsEditable);
        Assert.True(entry.IsDirectReference);
    }

    [Theory]
    [InlineData("-r other.txt", "--requirement", "other.txt")]
    [InlineData("-rother.txt", "--requirement", "other.txt")]
    [InlineData("--requirement other.txt", "--requirement", "other.txt")]
    [InlineData("--requirement=other.txt", "--requirement", "other.txt")]
    [InlineData("--requirem other.txt", "--requirement", "other.txt")]
    [InlineData("-c constraints.txt", "--constraint", "constraints.txt")]
    [InlineData("--constraint=c.txt", "--constraint", "c.txt")]
    [InlineData("-i https://x/simple", "--index-url", "https://x/simple")]
    [InlineData("--index-url=https://x/simple", "--index-url", "https://x/simple")]
    [InlineData("--index https://x/simple", "--index-url", "https://x/simple")]
    [InlineData("--extra-index-url https://x/simple", "--extra-index-url", "https://x/simple")]
    [InlineData("--extra https://x/simple", "--extra-index-url", "https://x/simple")]
    [InlineData("-f ./wheels", "--find-links", "./wheels")]
    [InlineData("--find-links=https://x/wheels", "--find-links", "https://x/wheels")]
    [InlineData("--no-binary :all:", "--no-binary", ":all:")]
    [InlineData("--only-binary=:all:", "--only-binary", ":all:")]
    [InlineData("--no-b :none:", "--no-binary", ":none:")]
    [InlineData("--use-feature=truststore", "--use-feature", "truststore")]
    [InlineData("--trusted-host host.example", "--trusted-host", "host.example")]
    [InlineData("--require-hashes", "--require-hashes", null)]
    [InlineData("--prefer-binary", "--prefer-binary", null)]
    [InlineData("--pre", "--pre", null)]
    [InlineData("--no-index", "--no-index", null)]
    [InlineData("--no-i", "--no-index", null)]
    [InlineData("-r 'file with spaces.txt'", "--requirement", "file with spaces.txt")]
    [InlineData("-r \"quoted.txt\"", "--requirement", "quoted.txt")]
    public void Reads_options_as_pip_does(string line, string option, string? value)
    {
        var entry = Assert.IsType<OptionsEntry>(Parse(line));
        Assert.Empty(entry.Errors);
        var parsed = Assert.Single(entry.Options);
        Assert.Equal(option, parsed.Option!.LongName);
        Assert.Equal(value, parsed.Value);
    }

    [Theory]
    [InlineData("--pr", "ambiguous")]
    [InlineData("--no-", "ambiguous")]
    [InlineData("--con x", "ambiguous")]
    [InlineData("--req other.txt", "ambiguous")]
    [InlineData("--install-option=--prefix=/x", "removed")]
    [InlineData("--global-option=build_ext", "no longer supported")]
    [InlineData("--upgrade", "no such option")]
    [InlineData("-x", "no such option")]
    [InlineData("-U numpy", "no such option")]
    [InlineData("--pre=yes", "does not take a value")]
    [InlineData("--index-url", "requires 1 argument")]
    [InlineData("-r", "requires 1 argument")]
    [InlineData("numpy==1.0 --hash=md5:ab", "Allowed hash algorithms")]
    [InlineData("numpy==1.0 --hash=abcdef", "hash name followed by a value")]
    [InlineData("-r 'unclosed.txt", "No closing quotation")]
    public void Reports_options_pip_rejects(string line, string message)
    {
        var entry = Parse(line);
        Assert.Contains(entry.Errors, e => e.Message.Contains(message, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("numpy==1.26.4 --hash=sha256:abc")]
    [InlineData("numpy==1.26.4 --hash=sha384:abc --hash=sha512:def")]
    [InlineData("numpy==1.26.4 --hash sha256:abc")]
    [InlineData("numpy --config-settings=a=b")]
    [InlineData("numpy==1.26.4 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb")]
    public void Accepts_per_requirement_options(string line)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.Empty(entry.Errors);
        Assert.Equal("numpy", entry.Name);
        Assert.Empty(entry.IgnoredGlobalOptions);
    }

    [Theory]
    [InlineData("--pre requests", "requests")]
    [InlineData("--config-settings=a=b numpy", "numpy")]
    [InlineData("--no-binary :all: numpy scipy", "numpy scipy")]
    [InlineData("-foo bar", "bar")]
    public void Finds_requirements_pip_silently_drops(string line, string dropped)
    {
        var entry = Assert.IsType<OptionsEntry>(Parse(line));
        Assert.Equal(dropped, string.Join(" ", entry.StrayArguments.Select(a => a.Value)));
    }

    [Theory]
    [InlineData("requests --pre", "--pre")]
    [InlineData("numpy==1.0 --prefer-binary", "--prefer-binary")]
    [InlineData("numpy==1.0 -i https://x/simple", "--index-url")]
    [InlineData("numpy==1.0 -e x", "--editable")]
    public void Finds_global_options_pip_ignores_on_a_requirement_line(string line, string option)
    {
        var entry = Assert.IsType<RequirementEntry>(Parse(line));
        Assert.Equal(option, Assert.Single(entry.IgnoredGlobalOptions).Option!.LongName);
    }

    [Theory]
    [InlineData("${PKG_ROOT}/wheels/x.whl")]
    [InlineData("-r ${HOME}/common.txt")]
    [InlineData("mylib @ file://${PKG_ROOT}/mylib")]
    public void Accepts_upper_case_environment_variables_pip_expands(string line)
    {
        Assert.Empty(Parse(line).Errors);
    }
}
