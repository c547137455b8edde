using BenchmarkDotNet.Attributes;
using VenvLsp.Bench.Generators;
using VenvLsp.Pep440;

namespace VenvLsp.Benchmarks;

/// <summary>PEP 440: parsing versions and specifier sets, and matching one against the other.</summary>
[MemoryDiagnoser]
public class Pep440Benchmarks
{
    private static readonly string[] SpecifierTexts = [">=1.24,<2.3", "~=2.2", "==1.26.*", "!=1.25.0,>=1.20", "==2.3.1", ">2023.1,<=2024.12"];

    private string[] _versionTexts = null!;
    private Pep440Version[] _versions = null!;
    private SpecifierSet[] _specifiers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var extra = new[] { "2.0.0rc1", "1!2.0", "3.0.0.dev4", "1.2.3+local.7", "0.9.14.0", "2024.6.0.post1", "1.26.4a2" };
        _versionTexts = [.. Catalog.Pins.Select(p => p.Version).Concat(extra)];
        _versions = [.. _versionTexts.Select(Pep440Version.Parse)];
        _specifiers = [.. SpecifierTexts.Select(SpecifierSet.Parse)];
    }

    /// <summary>67 versions as written in requirements files.</summary>
    [Benchmark]
    public int Parse_67_versions()
    {
        var parsed = 0;
        foreach (var text in _versionTexts)
            if (Pep440Version.TryParse(text, out _)) parsed++;
        return parsed;
    }

    [Benchmark]
    public int Parse_6_specifier_sets()
    {
        var count = 0;
        foreach (var text in SpecifierTexts) count += SpecifierSet.Parse(text).Specifiers.Length;
        return count;
    }

    /// <summary>6 specifier sets × 67 parsed versions: what the approval rules do per requirement.</summary>
    [Benchmark]
    public int Contains_402_parsed()
    {
        var hits = 0;
        foreach (var specifier in _specifiers)
            foreach (var version in _versions)
                if (specifier.Contains(version)) hits++;
        return hits;
    }

    /// <summary>The same with the version as text (parsed on each call).</summary>
    [Benchmark]
    public int Contains_402_text()
    {
        var hits = 0;
        foreach (var specifier in _specifiers)
            foreach (var version in _versionTexts)
                if (specifier.Contains(version)) hits++;
        return hits;
    }
}
