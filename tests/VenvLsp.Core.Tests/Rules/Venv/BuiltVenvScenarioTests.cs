using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Rules;
using VenvLsp.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Venv;

/// <summary>
/// The whole check on the compliant example package (examples/aigefs.v1.0.0), first with a venv built
/// the way the standard wants, then with one that was not: the code imports a library the requirements
/// miss, the venv was built with links and its activate keeps the build path.
/// </summary>
public class BuiltVenvScenarioTests
{
    private const string Examples = "/repo/examples";
    private const string Root = Examples + "/aigefs.v1.0.0";
    private const string Venv = Root + "/venv";
    private const string BuildPath = "/lfs/h2/emc/ai/noscrub/first.last/aigefs.v1.0.0/venv";

    private static readonly (string Name, string Version, string[] TopLevel)[] Listed =
    [
        ("numpy", "1.26.4", ["numpy"]), ("netCDF4", "1.7.1.post2", ["netCDF4"]), ("pandas", "2.2.2", ["pandas"]),
        ("python-dateutil", "2.9.0.post0", ["dateutil"]), ("pytz", "2024.1", ["pytz"]), ("PyYAML", "6.0.1", ["_yaml", "yaml"]),
        ("scipy", "1.13.1", ["scipy"]), ("six", "1.16.0", ["six"]), ("torch", "2.3.1", ["functorch", "torch", "torchgen"]),
        ("tzdata", "2024.1", ["tzdata"]), ("xarray", "2024.6.0", ["xarray"]), ("packaging", "24.1", ["packaging"]),
    ];

    private readonly InMemoryFileSystem _files = new();

    public BuiltVenvScenarioTests()
    {
        _files.AddDirectory("/repo/.git");
        var examples = Path.Combine(RepositoryRoot(), "examples");
        foreach (var file in new[] { "venvlsp.json", "approved-software.txt" })
            _files.Add($"{Examples}/{file}", File.ReadAllText(Path.Combine(examples, file)));
        var package = Path.Combine(examples, "aigefs.v1.0.0");
        foreach (var file in Directory.EnumerateFiles(package, "*", SearchOption.AllDirectories))
            _files.Add(Root + "/" + Path.GetRelativePath(package, file).Replace('\\', '/'), File.ReadAllText(file));
    }

    private FakeVenv Built(bool withLinks, string activateValue)
    {
        var venv = new FakeVenv(_files, Venv).Config(copies: !withLinks, buildPath: BuildPath)
            .Activate(ActivateTemplates.Rewritten(ActivateTemplates.Venv312(BuildPath), activateValue))
            .CreatorTools();
        if (withLinks) venv.LinkedPython();
        else venv.CopiedPython();
        foreach (var (name, version, topLevel) in Listed) venv.Dist(name, version, topLevel);
        return venv;
    }

    private ImmutableArray<Diagnostic> CheckAll()
    {
        var snapshot = new WorkspaceSnapshot(_files);
        var files = new WorkspaceScanner(snapshot).Scan([Root]).Files;
        Assert.DoesNotContain(files, f => f.Path.StartsWith(Venv + "/", StringComparison.Ordinal));
        return [.. files.SelectMany(f => DocumentAnalyzer.Analyze(snapshot, f.Path).Diagnostics)];
    }

    [Fact]
    public void Reports_nothing_when_code_requirements_and_the_built_venv_agree()
    {
        Built(withLinks: false, activateValue: "${HOMEaigefs}/venv");
        var findings = CheckAll();
        Assert.True(findings.IsEmpty, string.Join("\n", findings));
    }

    [Fact]
    public void Reports_a_missing_import_a_linked_venv_and_a_kept_build_path_exactly_once_and_fixes_the_requirements()
    {
        Built(withLinks: true, activateValue: BuildPath).Dist("requests", "2.32.3", ["requests"]);
        var post = Root + "/ush/aigefs_post.py";
        _files.Add(post, _files.Content(post).Replace("import netCDF4\n", "import netCDF4\nimport requests\n"));

        var findings = CheckAll();
        Assert.Equal(
            [
                (RuleIds.ActivateVirtualEnvNotPortable, Root + "/sorc/build_venv.sh"),
                (RuleIds.VenvHasOutsideLinks, Root + "/sorc/build_venv.sh"),
                (RuleIds.InstalledNotListed, Root + "/requirements.txt"),
                (RuleIds.ImportNotProvided, post),
            ],
            findings.Select(d => (d.RuleId, d.Location.Path)).OrderBy(f => f.RuleId, StringComparer.Ordinal));
        var import = Assert.Single(findings, d => d.RuleId == RuleIds.ImportNotProvided);
        Assert.Equal("requests", SourceText.From(_files.Content(post)).ToString(import.Location.Span));
        Assert.Contains(BuildPath, Assert.Single(findings, d => d.RuleId == RuleIds.ActivateVirtualEnvNotPortable).Message);

        var requirementsBefore = _files.Content(Root + "/requirements.txt");
        FixAll();
        Assert.Equal(requirementsBefore + "requests==2.32.3\n", _files.Content(Root + "/requirements.txt"));
        // What is left needs a rebuild of the venv, which no text edit can do.
        Assert.Equal([RuleIds.ActivateVirtualEnvNotPortable, RuleIds.VenvHasOutsideLinks],
            CheckAll().Select(d => d.RuleId).Order(StringComparer.Ordinal));
    }

    private void FixAll()
    {
        for (var round = 0; round < 8; round++)
        {
            var chosen = FixApplier.Choose(CheckAll());
            if (chosen.IsEmpty) return;
            foreach (var file in chosen)
                _files.Add(file.Path, SourceText.From(_files.Content(file.Path)).WithEdits(file.Edits).Content);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "VenvLsp.sln"))) return directory.FullName;
        throw new InvalidOperationException("the repository root (VenvLsp.sln) is not above the test assembly");
    }
}
