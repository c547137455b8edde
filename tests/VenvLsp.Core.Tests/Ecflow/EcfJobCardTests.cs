using VenvLsp.Ecflow;

namespace VenvLsp.Tests.Ecflow;

/// <summary>Whole job cards in the shapes real packages use.</summary>
public class EcfJobCardTests
{
    private const string ForecastCard =
        "#PBS -S /bin/bash\n" +
        "#PBS -N aigfs_forecast_%CYC%\n" +
        "#PBS -j oe\n" +
        "#PBS -q %QUEUE%\n" +
        "#PBS -l walltime=%WALLTIME:02:00:00%\n" +
        "#PBS -l place=vscatter,select=1:ncpus=128:mem=500GB\n" +
        "\n" +
        "model=aigfs\n" +
        "%include <head.h>\n" +
        "%include <envir-p1.h>\n" +
        "\n" +
        "set -x\n" +
        "export cyc=%CYC%\n" +
        "module load python/${python_ver:?}\n" +
        "source ${HOMEaigfs}/venv/bin/activate\n" +
        "${HOMEaigfs}/jobs/JAIGFS_FORECAST\n" +
        "deactivate\n" +
        "\n" +
        "%include <tail.h>\n" +
        "%manual\n" +
        "  Runs the AI forecast; uses 100% of one node.\n" +
        "%end\n";

    [Fact]
    public void Reads_a_forecast_card_without_errors()
    {
        var document = EcfParser.Parse(ForecastCard);

        Assert.Empty(document.Errors);
        Assert.Equal(new[] { "head.h", "envir-p1.h", "tail.h" }, document.Includes.Select(i => i.Target));
        Assert.Equal(new[] { "CYC", "QUEUE", "WALLTIME", "CYC" }, document.Variables.Select(v => v.Name));
        Assert.Single(document.ManualSections);
        Assert.Contains("source ${HOMEaigfs}/venv/bin/activate\n", document.ShellText);
        Assert.Contains("model=aigfs\n", document.ShellText);
        Assert.DoesNotContain("%include", document.ShellText);
        Assert.DoesNotContain("100%", document.ShellText);
    }

    [Fact]
    public void Reads_the_same_card_with_crlf_line_ends_at_the_same_places()
    {
        var crlf = ForecastCard.Replace("\n", "\r\n");
        var document = EcfParser.Parse(crlf);

        Assert.Empty(document.Errors);
        Assert.Equal(crlf.Length, document.ShellText.Length);
        foreach (var include in document.Includes)
            Assert.Equal(include.Target, crlf.Substring(include.TargetSpan.Start, include.TargetSpan.Length));
        var tail = document.Includes[^1];
        Assert.Equal("%include <tail.h>", crlf.Substring(tail.LineSpan.Start, tail.LineSpan.Length));
    }

    [Fact]
    public void Points_errors_at_the_right_offsets_in_a_crlf_card()
    {
        const string text = "%include <head.h>\r\necho ok\r\ndate +%Y%m%d\r\n%manual\r\n";
        var document = EcfParser.Parse(text);

        Assert.Equal(2, document.Errors.Length);
        Assert.Equal(text.IndexOf("%d", StringComparison.Ordinal), document.Errors[0].Span.Start);
        Assert.Equal("%manual", text.Substring(document.Errors[1].Span.Start, document.Errors[1].Span.Length));
    }

    [Fact]
    public void Reads_an_extension_less_card_with_slurm_and_lsf_directives_as_shell()
    {
        const string text = "#!/bin/bash\n#SBATCH --job-name=hafs\n#BSUB -J hafs\nmodel=hafs\n%include <head.h>\n${HOMEhafs}/jobs/JHAFS_FORECAST\n%include <tail.h>\n";
        var document = EcfParser.Parse(text);
        Assert.Empty(document.Errors);
        Assert.Equal(2, document.Includes.Length);
        Assert.StartsWith("#!/bin/bash\n#SBATCH --job-name=hafs\n#BSUB -J hafs\nmodel=hafs\n", document.ShellText);
    }

    [Fact]
    public void Reads_an_empty_card() =>
        Assert.Equal("", EcfParser.Parse("").ShellText);
}
