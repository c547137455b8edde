using CsCheck;
using VenvLsp.Versions;

namespace VenvLsp.Tests.Versions;

public class VersionsFileParserPropertyTests
{
    private static readonly string[] Fragments =
    {
        "export ", "export", "python_ver", "=", "3.12.0", "v2.4.0", " ", "\t", "\n", "\r\n", "\r", "#", "\"", "'", "\\",
        "${", "}", "$(", ")", "`", "$", ";", "&&", "|", ">", "model", "x", "\0", "\uD800", "é",
    };

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Gen.OneOfConst(Fragments).Array[0, 60].Select(parts => string.Concat(parts))),
        (2, Gen.Char.Array[0, 200].Select(chars => new string(chars))),
        (1, Gen.Int[1, 5000].Select(n => "export a_ver=" + new string('"', n % 3) + new string('1', n))),
        (1, Gen.Int[1, 400].Select(n => "export a_ver=" + string.Concat(Enumerable.Repeat("${", n)))));

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        Texts.Sample(text =>
        {
            var file = VersionsFileParser.Parse(text);
            foreach (var entry in file.Entries)
            {
                Assert.True(entry.NameSpan.End <= text.Length);
                Assert.True(entry.ValueSpan.End <= text.Length);
                Assert.Equal(entry.Name, text.Substring(entry.NameSpan.Start, entry.NameSpan.Length));
            }
            foreach (var problem in file.Problems) Assert.True(problem.Span.End <= text.Length);
        }, iter: 3000, threads: 1);
    }
}
