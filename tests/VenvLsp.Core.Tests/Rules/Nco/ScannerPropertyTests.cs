using CsCheck;
using VenvLsp.Rules.Nco;
using VenvLsp.Text;

namespace VenvLsp.Tests.Rules.Nco;

/// <summary>The NCO rules' own scanners (versions references, work-area paths, #! lines) and the rules on whole
/// files never throw on any text, and every span they give lies inside it.</summary>
public class ScannerPropertyTests
{
    private static readonly string[] Fragments =
    [
        "$", "${", "}", "python_ver", "_ver", "x_ver", "\"", "'", "$$", "module load ", "ml ", "load(", "/", "~", "~u", "=",
        ":-", "/lfs/work/", "/lfs/h2/emc", "/scratch", "/scratch1/", "#", "#!", "#! ", "/bin/bash", "/usr/bin/env", " ", "\t",
        "\n", "\r\n", "\r", "\0", "\uD800", "\uDC00", "é", "😀", "\uFEFF", "obsproc.", "x", "KEEPDATA", "rm -rf $DATA",
        "%include <head.h>", "%manual", "%end", "#PBS -N x", "#SBATCH", "err_chk", "export ", "model=", "HOMEaigfs=",
        "${HOMEaigfs}/jobs/J", "/scripts/ex", "if [ ", " ]; then ", "fi", "(", ")", "&&", "||", ";",
    ];

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Gen.OneOfConst(Fragments).Array[0, 60].Select(parts => string.Concat(parts))),
        (2, Gen.Char.Array[0, 200].Select(chars => new string(chars))),
        (1, Gen.Int[1, 20000].Select(n => "$" + new string('x', n) + "_ver")));

    [Fact]
    public void Version_references_stay_inside_the_text()
    {
        Texts.Sample(text =>
        {
            foreach (var reference in VersionReferences.Scan(text))
            {
                Assert.True(reference.Span.End <= text.Length && reference.Span.Contains(reference.NameSpan));
                Assert.Equal(reference.Name, text.Substring(reference.NameSpan.Start, reference.NameSpan.Length));
            }
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Work_area_paths_and_shebangs_stay_inside_the_text()
    {
        Texts.Sample(text =>
        {
            foreach (var path in WorkAreaPaths.Find(text, []))
                Assert.True(path.Span.End <= text.Length && path.Span.Length > 0);
            var source = SourceText.From(text);
            if (Shebang.Read(source) is { } shebang)
                Assert.True(shebang.LineSpan.Contains(shebang.InterpreterSpan) && shebang.LineSpan.End <= source.Length);
            Assert.InRange(Shebang.MisplacedLine(source), -1, source.LineCount - 1);
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void The_rules_never_throw_on_any_script_and_report_inside_it()
    {
        Texts.Sample(text =>
        {
            var fixture = NcoPackage.Compliant()
                .With("jobs/JAIGFS_PREP", text).With("ecf/aigfs/x.ecf", text).With("versions/run.ver", text);
            foreach (var path in new[] { "jobs/JAIGFS_PREP", "ecf/aigfs/x.ecf", "versions/run.ver" })
            {
                var length = SourceText.From(fixture.Files.Content(VenvLsp.Tests.Support.PackageFixture.Path(path))).Length;
                foreach (var diagnostic in fixture.Analyze(path).Where(d => d.RuleId.StartsWith("NCO")))
                {
                    Assert.True(diagnostic.Location.Span.End <= length, $"{diagnostic.RuleId} reports outside the text");
                    foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits).SelectMany(e => e.Edits))
                        Assert.True(edit.Span.End <= length, $"{diagnostic.RuleId} edits outside the text");
                }
            }
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Scans_a_long_script_in_linear_time()
    {
        var script = string.Concat(Enumerable.Repeat("module load netcdf/${netcdf_ver} # /lfs/h2/emc/x\ncp ~user/x \"$DATA\"\n", 20000));
        Assert.Equal(20000, VersionReferences.Scan(script).Count);
        Assert.Equal(40000, WorkAreaPaths.Find(script, []).Count);
        var best = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            VersionReferences.Scan(script);
            WorkAreaPaths.Find(script, []);
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        Assert.True(best < 1000, $"took {best} ms");
    }
}
