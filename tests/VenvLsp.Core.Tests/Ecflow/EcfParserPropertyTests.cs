using CsCheck;
using VenvLsp.Ecflow;
using VenvLsp.Text;

namespace VenvLsp.Tests.Ecflow;

public class EcfParserPropertyTests
{
    /// <summary>Job-card fragments, so that random texts hit directives, blocks and references, not just noise.</summary>
    private static readonly string[] Fragments =
    {
        "%include ", "%includeonce ", "%includenopp ", "<head.h>", "\"x.h\"", "%comment", "%manual", "%nopp", "%end",
        "%ecfmicro ", "^", "^include <a>", "%", "%%", "%VAR%", "%V:d%", ":", "#", "#PBS -N x", " ", "\t", "\n", "\r\n",
        "\r", "echo ", "$HOME", "${X}", "<", ">", "\"", "\0", "\uD800", "\uDC00", "é", "x", "%if",
    };

    private static readonly Gen<string> Soup =
        Gen.OneOfConst(Fragments).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> AnyChars = Gen.Char.Array[0, 200].Select(chars => new string(chars));

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Soup),
        (2, AnyChars),
        (1, Gen.Int[1, 5000].Select(n => "echo " + new string('%', n % 7) + new string('x', n))),
        (1, Gen.Int[1, 150].Select(n => string.Concat(Enumerable.Repeat("%comment\n%nopp\n", n)))));

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        Texts.Sample(text =>
        {
            var document = EcfParser.Parse(text);
            foreach (var span in AllSpans(document))
                Assert.True(span.End <= text.Length, $"{span} is outside a text of length {text.Length}");
        }, iter: 1500, threads: 1);
    }

    [Fact]
    public void Shell_text_has_the_same_length_and_line_breaks_as_the_input()
    {
        Texts.Sample(text =>
        {
            var shell = EcfParser.Parse(text).ShellText;
            Assert.Equal(text.Length, shell.Length);
            var changed = Enumerable.Range(0, text.Length).FirstOrDefault(i =>
                text[i] is '\r' or '\n' ? shell[i] != text[i] : shell[i] != text[i] && shell[i] != ' ', -1);
            Assert.True(changed < 0, $"offset {changed} changed from '{(changed < 0 ? ' ' : text[changed])}' in a way blanking may not");
        }, iter: 1500, threads: 1);
    }

    [Fact]
    public void Parses_a_long_job_card_quickly()
    {
        var card = string.Concat(Enumerable.Repeat(
            "export model=aigfs\n%include <head.h>\n%manual\ntext\n%end\nmodule load python/%PYTHON_VER:3.12.0%\ndate +%%Y\n", 3000));
        var document = EcfParser.Parse(card); // warm up
        Assert.Empty(document.Errors);
        Assert.Equal(3000, document.Includes.Length);
        // A guard against quadratic work, not a benchmark: the best of three runs, with room for a
        // loaded machine (quadratic work on 21,000 lines takes seconds).
        var best = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            EcfParser.Parse(card);
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        Assert.True(best < 1000, $"took {best} ms");
    }

    private static IEnumerable<TextSpan> AllSpans(EcfDocument document)
    {
        foreach (var d in document.Directives) { yield return d.NameSpan; yield return d.LineSpan; }
        foreach (var i in document.Includes) { yield return i.TargetSpan; yield return i.LineSpan; }
        foreach (var b in document.Blocks)
        {
            yield return b.StartSpan;
            yield return b.Span;
            if (b.EndSpan is { } end) yield return end;
        }
        foreach (var v in document.Variables)
        {
            yield return v.Span;
            yield return v.NameSpan;
            if (v.DefaultSpan is { } d) yield return d;
        }
        foreach (var p in document.LiteralPercents) yield return p;
        foreach (var e in document.Errors) yield return e.Span;
    }
}
