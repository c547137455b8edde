using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Workspace;

/// <summary>A change re-analyses the changed document and what depends on it, nothing else.</summary>
public class IncrementalAnalysisTests
{
    private const string Pkg = "/repo/aigfs.v1.0.0";
    private const string Other = "/repo/aigefs.v1.0.0";

    private static readonly string[] Documents =
    [
        Pkg + "/requirements.txt", Pkg + "/base.txt", Pkg + "/sorc/requirements-dev.txt",
        Other + "/requirements.txt", "/repo/approved.txt", "/repo/venvlsp.json",
    ];

    private readonly InMemoryFileSystem _files = new InMemoryFileSystem()
        .AddDirectory("/repo/.git").AddDirectory(Pkg + "/jobs").AddDirectory(Other + "/jobs")
        .Add("/repo/approved.txt", "numpy==1.26.4\nscipy==1.13.1\n")
        .Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt" }""")
        .Add(Pkg + "/requirements.txt", "-r base.txt\nscipy==1.13.1\n")
        .Add(Pkg + "/base.txt", "numpy==1.26.4\n")
        .Add(Pkg + "/sorc/requirements-dev.txt", "numpy==1.26.4\n")
        .Add(Other + "/requirements.txt", "numpy==1.26.4\n");

    private WorkspaceSnapshot AnalyseAll(WorkspaceSnapshot snapshot)
    {
        foreach (var document in Documents) DocumentAnalyzer.Analyze(snapshot, document);
        return snapshot;
    }

    private static long Analyses(WorkspaceSnapshot snapshot) => snapshot.Cache.ComputationsOf("analysis");

    private WorkspaceSnapshot Change(WorkspaceSnapshot snapshot, string path, string content)
    {
        var existed = _files.FileExists(path);
        _files.Add(path, content);
        return snapshot.With(_files, snapshot.Stamps.Bump(InputStamps.ForFileEvent(path, presenceChanged: !existed)));
    }

    [Fact]
    public void Analyses_each_document_once_and_reuses_results_when_nothing_changed()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        Assert.Equal(Documents.Length, Analyses(first));
        var second = AnalyseAll(first.With(_files, first.Stamps));
        Assert.Equal(Documents.Length, Analyses(second));
    }

    [Fact]
    public void Editing_a_requirements_file_re_analyses_only_it()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        var before = Analyses(first);
        var second = AnalyseAll(Change(first, Other + "/requirements.txt", "numpy==1.26.4\nscipy\n"));
        Assert.Equal(before + 1, Analyses(second));
        Assert.Contains(DocumentAnalyzer.Analyze(second, Other + "/requirements.txt").Diagnostics, d => d.RuleId == "VENV103");
    }

    [Fact]
    public void Editing_an_included_file_re_analyses_the_files_that_include_it()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        var before = Analyses(first);
        var second = AnalyseAll(Change(first, Pkg + "/base.txt", "numpy==1.26.4\nscipy==1.13.1\n"));
        Assert.Equal(before + 2, Analyses(second));
        Assert.Contains(DocumentAnalyzer.Analyze(second, Pkg + "/requirements.txt").Diagnostics, d => d.RuleId == "VENV104");
    }

    [Fact]
    public void Editing_the_approved_list_re_analyses_the_requirements_files_that_use_it()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        var before = Analyses(first);
        var second = AnalyseAll(Change(first, "/repo/approved.txt", "numpy==1.26.4\n"));
        // four requirements files (base.txt included) and the list itself; not venvlsp.json
        Assert.Equal(before + 5, Analyses(second));
        Assert.Contains(DocumentAnalyzer.Analyze(second, Pkg + "/requirements.txt").Diagnostics, d => d.RuleId == "VENV101");
    }

    [Fact]
    public void Creating_a_file_re_analyses_what_looked_for_it()
    {
        _files.Add(Pkg + "/requirements.txt", "-r missing.txt\n");
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        Assert.Contains(DocumentAnalyzer.Analyze(first, Pkg + "/requirements.txt").Diagnostics, d => d.RuleId == "VENV107");
        var second = Change(first, Pkg + "/missing.txt", "numpy==1.26.4\n");
        Assert.DoesNotContain(DocumentAnalyzer.Analyze(second, Pkg + "/requirements.txt").Diagnostics, d => d.RuleId == "VENV107");
    }
}
