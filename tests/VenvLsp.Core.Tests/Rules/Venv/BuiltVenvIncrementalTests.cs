using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Venv;

/// <summary>The built-venv and import facts are values compared by value: edits that do not change
/// them re-analyse nothing that depends on them.</summary>
public class BuiltVenvIncrementalTests
{
    private const string Script = "ush/aigfs_run_model.py";

    private readonly PackageFixture _fixture = VenvPackage.Create()
        .With(Script, "import numpy\nimport yaml\n")
        .With("ush/aigfs_post.py", "import scipy\n")
        .With("requirements-dev.txt", "pytest==8.2.0\n");

    private readonly string[] _documents;

    public BuiltVenvIncrementalTests()
    {
        VenvPackage.GoodVenv(_fixture);
        _documents = [.. new[] { Script, "ush/aigfs_post.py", "requirements.txt", "requirements-dev.txt", VenvPackage.BuildScriptPath }.Select(PackageFixture.Path)];
    }

    private WorkspaceSnapshot AnalyseAll(WorkspaceSnapshot snapshot)
    {
        foreach (var document in _documents) DocumentAnalyzer.Analyze(snapshot, document);
        return snapshot;
    }

    private WorkspaceSnapshot Change(WorkspaceSnapshot snapshot, string relativePath, string content)
    {
        var path = PackageFixture.Path(relativePath);
        _fixture.Files.Add(path, content);
        return snapshot.With(_fixture.Files, snapshot.Stamps.Bump(InputStamps.ForFileEvent(path, presenceChanged: false)));
    }

    [Fact]
    public void Editing_a_python_file_re_analyses_only_that_file_and_reads_the_venv_once()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_fixture.Files));
        var analyses = first.Cache.ComputationsOf("analysis");
        var second = AnalyseAll(Change(first, Script, "import numpy\nimport yaml\nimport os\n"));
        Assert.Equal(analyses + 1, second.Cache.ComputationsOf("analysis"));
        Assert.Equal(1, second.Cache.ComputationsOf("built-venv"));
    }

    [Fact]
    public void Reads_no_file_list_when_top_level_txt_the_table_and_the_names_settle_every_import()
    {
        var snapshot = AnalyseAll(new WorkspaceSnapshot(_fixture.Files));
        Assert.Equal(0, snapshot.Cache.ComputationsOf("venv-modules"));
        var changed = AnalyseAll(Change(snapshot, Script, "import numpy\nimport requests\n"));
        Assert.Equal(1, changed.Cache.ComputationsOf("venv-modules"));
    }

    [Fact]
    public void Editing_a_comment_in_the_requirements_re_analyses_no_python_file()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_fixture.Files));
        var analyses = first.Cache.ComputationsOf("analysis");
        var second = AnalyseAll(Change(first, "requirements.txt", "# edited\n" + VenvPackage.Requirements));
        Assert.Equal(analyses + 1, second.Cache.ComputationsOf("analysis"));
    }

    [Fact]
    public void Changing_a_pin_re_analyses_the_python_files_but_not_the_other_requirements_files()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_fixture.Files));
        var analyses = first.Cache.ComputationsOf("analysis");
        var second = AnalyseAll(Change(first, "requirements.txt", VenvPackage.Requirements.Replace("scipy==1.13.1", "scipy==1.14.0")));
        // requirements.txt itself and the two python files (what the build lists changed); not
        // requirements-dev.txt and not the build script.
        Assert.Equal(analyses + 3, second.Cache.ComputationsOf("analysis"));
    }
}
