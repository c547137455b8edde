using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using VenvLsp.Bench;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Benchmarks;

/// <summary>Whole-package analysis of the example package <c>examples/aigfs.v1.0.0</c>.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string[] _documents = null!;
    private string _requirements = null!;
    private SourceText _requirementsText = null!;
    private SourceText _requirementsEdited = null!;
    private WorkspaceSnapshot _warm = null!;
    private bool _edited;

    [GlobalSetup]
    public void Setup()
    {
        var package = PathUtil.Normalize(Path.Combine(RepositoryRoot.Find(), "examples", "aigfs.v1.0.0"));
        _documents = [.. new WorkspaceScanner(new WorkspaceSnapshot(PhysicalFileSystem.Instance)).Scan([package]).Files.Select(f => f.Path)];
        _requirements = package + "/requirements.txt";
        _requirementsText = SourceText.From(File.ReadAllText(_requirements));
        _requirementsEdited = SourceText.From(_requirementsText.Content.Replace("torch==2.3.1", "torch==2.3.2", StringComparison.Ordinal));
        _warm = new WorkspaceSnapshot(PhysicalFileSystem.Instance);
        AnalyzeAll(_warm);
    }

    /// <summary>Every document of the package (14) on a fresh snapshot: reads, parses, configuration,
    /// approved list, rules. What <c>venvlsp check</c> does per package.</summary>
    [Benchmark]
    public int Full_package_fresh_snapshot() => AnalyzeAll(new WorkspaceSnapshot(PhysicalFileSystem.Instance));

    /// <summary>The same after an edit of requirements.txt, on a snapshot sharing the cache: what the
    /// server does for a change (only the requirements file and its dependents are computed again).</summary>
    [Benchmark]
    public int Full_package_after_requirements_edit()
    {
        _edited = !_edited;
        var overlay = new OverlayFileSystem(PhysicalFileSystem.Instance,
            ImmutableDictionary<string, SourceText>.Empty.Add(_requirements, _edited ? _requirementsEdited : _requirementsText));
        _warm = _warm.With(overlay, _warm.Stamps.Bump([InputStamps.File(_requirements)]));
        return AnalyzeAll(_warm);
    }

    private int AnalyzeAll(WorkspaceSnapshot snapshot)
    {
        var findings = 0;
        foreach (var document in _documents) findings += DocumentAnalyzer.Analyze(snapshot, document).Diagnostics.Length;
        return findings;
    }
}
