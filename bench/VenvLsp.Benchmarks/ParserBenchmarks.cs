using BenchmarkDotNet.Attributes;
using VenvLsp.Bench.Generators;
using VenvLsp.Ecflow;
using VenvLsp.Requirements;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Benchmarks;

/// <summary>The parsers on inputs the size real packages have.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private SourceText _requirements = null!;
    private string _script2000 = null!;
    private string _script20000 = null!;
    private string _jobCard = null!;
    private SourceText _jobCardText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _requirements = SourceText.From(RequirementsGenerator.PipCompile(300));
        _script2000 = BuildScriptGenerator.Generate(2000).Text;
        _script20000 = BuildScriptGenerator.Generate(20000).Text;
        _jobCard = PackageGenerator.JobCard("aigfs", "forecast", 1);
        _jobCardText = SourceText.From(_jobCard);
    }

    /// <summary>pip-compile output with hashes, 300 lines.</summary>
    [Benchmark]
    public RequirementsFile Requirements_300_lines_with_hashes() => RequirementsParser.Parse(_requirements);

    /// <summary>The shell front end (syntax tree and the facts walk) on a 2,000-line build script.</summary>
    [Benchmark]
    public ShellScript Shell_2000_line_build_script() => ShellParser.Parse(_script2000);

    [Benchmark]
    public ShellScript Shell_20000_line_build_script() => ShellParser.Parse(_script20000);

    /// <summary>The ecFlow pre-processor layer alone, on a job card.</summary>
    [Benchmark]
    public EcfDocument Ecf_layer_job_card() => EcfParser.Parse(_jobCard);

    /// <summary>A job card as the rules read it: the ecFlow layer, then the shell parse of what it leaves.</summary>
    [Benchmark]
    public ShellDocument Ecf_and_shell_job_card() => ShellDocument.Parse("/p/ecf/aigfs/jaigfs_forecast.ecf", _jobCardText);

    /// <summary>Building the text itself (line starts), which every didChange pays for a 2,000-line script.</summary>
    [Benchmark]
    public SourceText SourceText_2000_line_build_script() => SourceText.From(_script2000);
}
