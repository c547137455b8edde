using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using VenvLsp.Bench.Generators;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Benchmarks;

/// <summary>
/// The engine's share of one didChange on a build script, as the server does it: apply a one-character
/// edit to the text, make the next snapshot (the edited text laid over the disk, the file's stamp
/// bumped, the cache shared), analyse the document. The edit flips the last letter of a
/// <c>--no-cache-dir</c>, so every call computes new findings. The package is the one LspBench generates.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private string _root = null!;
    private string _path = null!;
    private TextSpan _toggle;
    private SourceText _text = null!;
    private WorkspaceSnapshot _snapshot = null!;
    private bool _flipped;

    [Params(60, 2000, 20000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = TreeWriter.NewTemporaryFolder("venvlsp-benchmarks");
        var script = BuildScriptGenerator.Generate(Lines, "bench");
        var spec = new PackageSpec("bench", 1, Tasks: 2, Full: false, BuildScript: script.Text, Requirements: RequirementsGenerator.Pinned(Catalog.Pins.Length));
        TreeWriter.Write(_root, PackageGenerator.RepositoryFiles());
        TreeWriter.Write(_root, PackageGenerator.Generate(spec));
        _path = PathUtil.Normalize(Path.Combine(_root, spec.Folder, "sorc", "build_venv.sh"));
        _text = SourceText.From(script.Text);
        var points = script.EditPoints;
        _toggle = new TextSpan(_text.LineStarts[points.ToggleLine] + points.ToggleCharacter, 1);
        _snapshot = new WorkspaceSnapshot(PhysicalFileSystem.Instance);
        Keystroke();
    }

    [GlobalCleanup]
    public void Cleanup() => TreeWriter.TryDelete(_root);

    [Benchmark]
    public int Keystroke()
    {
        _flipped = !_flipped;
        _text = _text.WithEdits([TextEdit.Replace(_toggle, _flipped ? "R" : "r")]);
        var overlay = new OverlayFileSystem(PhysicalFileSystem.Instance, ImmutableDictionary<string, SourceText>.Empty.Add(_path, _text));
        _snapshot = _snapshot.With(overlay, _snapshot.Stamps.Bump([InputStamps.File(_path)]));
        return DocumentAnalyzer.Analyze(_snapshot, _path).Diagnostics.Length;
    }
}
