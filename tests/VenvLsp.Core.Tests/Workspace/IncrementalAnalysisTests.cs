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
    public void Findings_analysed_again_unchanged_compare_equal_fixes_included()
    {
        var first = AnalyseAll(new WorkspaceSnapshot(_files));
        // A comment added after the last line: the same findings at the same places, computed again.
        var second = Change(first, Other + "/requirements.txt", "numpy==1.26.4\nscipy\n# pinned by the list\n");
        var again = DocumentAnalyzer.Analyze(second, Other + "/requirements.txt").Diagnostics;
        var third = Change(second, Other + "/requirements.txt", "numpy==1.26.4\nscipy\n# pinned by the approved list\n");
        var thirdTime = DocumentAnalyzer.Analyze(third, Other + "/requirements.txt").Diagnostics;
        Assert.Contains(again, d => d.RuleId == "VENV103" && !d.Fixes.IsEmpty);
        Assert.NotSame(again[0], thirdTime[0]);
        Assert.True(again.SequenceEqual(thirdTime), "the same findings, fixes included, compare equal");
        Assert.Equal(again[0].GetHashCode(), thirdTime[0].GetHashCode());
        // A different fix is a different finding.
        var fixes = again[0].Fixes;
        var other = again[0] with { Fixes = [fixes[0] with { Edits = [fixes[0].Edits[0] with { Edits = [new VenvLsp.Text.TextEdit(default, "x")] }] }] };
        Assert.False(again[0].Equals(other), "a different fix is a different finding");
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

/// <summary>A recomputed value equal to the old one stops the change there.</summary>
public class EarlyCutoffTests
{
    [Fact]
    public void A_dependent_is_reused_when_what_it_read_recomputes_to_an_equal_value()
    {
        var files = new InMemoryFileSystem().Add("/a.txt", "x");
        var computed = 0;
        string Length(WorkspaceSnapshot s) => s.Query("length", "/a.txt", static (snapshot, key) => snapshot.ReadText(key)!.Length.ToString());
        string Dependent(WorkspaceSnapshot s) => s.Memo("dependent", "d", () => { computed++; return "length " + Length(s); });

        var first = new WorkspaceSnapshot(files);
        Assert.Equal("length 1", Dependent(first));
        files.Add("/a.txt", "y");
        var second = first.With(files, first.Stamps.Bump([InputStamps.File("/a.txt")]));
        Assert.Equal("length 1", Dependent(second));
        Assert.Equal(1, computed);
        files.Add("/a.txt", "yy");
        var third = second.With(files, second.Stamps.Bump([InputStamps.File("/a.txt")]));
        Assert.Equal("length 2", Dependent(third));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void Re_reading_an_unchanged_file_changes_nothing_downstream()
    {
        var files = new InMemoryFileSystem().AddDirectory("/repo/.git").AddDirectory("/repo/p.v1.0.0/jobs").Add("/repo/p.v1.0.0/requirements.txt", "numpy\n");
        var first = new WorkspaceSnapshot(files);
        DocumentAnalyzer.Analyze(first, "/repo/p.v1.0.0/requirements.txt");
        var second = first.With(files, first.Stamps.Bump([InputStamps.File("/repo/p.v1.0.0/requirements.txt")]));
        DocumentAnalyzer.Analyze(second, "/repo/p.v1.0.0/requirements.txt");
        Assert.Equal(1, second.Cache.ComputationsOf("analysis"));
    }
}
