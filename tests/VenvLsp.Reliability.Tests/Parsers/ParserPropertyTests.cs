using CsCheck;
using VenvLsp.Configuration;
using VenvLsp.Fuzz;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Reliability.Tests.Parsers;

/// <summary>
/// Properties of the parsers that had none (the requirements file, the JSON configuration) and the
/// round trips of the ones that keep trivia: a logical requirements line maps every character back to
/// the file, and a text edited and re-read keeps its content, BOM and line breaks.
/// </summary>
public class ParserPropertyTests
{
    /// <summary>Arbitrary UTF-16, lone surrogates, NUL and control characters included.</summary>
    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 400].Select(chars => new string(chars));

    private static readonly string[] RequirementPieces =
    [
        "numpy", "==", "1.26.4", ">=", "<2", ",", " ", "\t", "\\\n", "\\\r\n", "\n", "\r\n", "\r", "#", " # c", "[", "]", "extra", ";",
        " python_version >= \"3.8\"", "@", " https://example.org/x.whl", "-r", " other.txt", "--requirement=", "-c", "-e", " git+https://x#egg=y",
        "--index-url", "--hash=sha256:ab", "-i", "-f", "--no-binary", " :all:", "${VAR}", "{{", "}}", "{{ x }}", "'", "\"", "\0", "\ud800", "é", "\uFEFF",
    ];

    private static readonly Gen<string> RequirementsSoup =
        Gen.Int[0, RequirementPieces.Length - 1].Array[0, 80].Select(picks => string.Concat(picks.Select(i => RequirementPieces[i])));

    private static readonly string[] JsonPieces =
    [
        "{", "}", "[", "]", ",", ":", " ", "\n", "\"approvedList\"", "\"exclude\"", "\"rules\"", "\"VENV103\"", "\"off\"", "\"model\"",
        "\"newestPython\"", "\"3.12.0\"", "\"ecfIncludePaths\"", "\"noSuppressions\"", "true", "null", "1e999", "-0", "\"a\\u0000b\"",
        "\"\\ud800\"", "// c\n", "/* c */", "/*", "\"", "\\", "'", "\uFEFF", "\ud800", "é", "\"../../etc/passwd\"",
    ];

    private static readonly Gen<string> JsonSoup =
        Gen.Int[0, JsonPieces.Length - 1].Array[0, 80].Select(picks => string.Concat(picks.Select(i => JsonPieces[i])));

    private static readonly Gen<string> Nesting = Gen.Select(Gen.Int[0, 5000], Gen.OneOfConst("[", "{\"a\":", "{\"rules\":"))
        .Select((depth, open) => string.Concat(Enumerable.Repeat(open, depth)));

    [Fact]
    public void The_requirements_parser_never_throws_keeps_spans_inside_and_maps_logical_lines_back_to_the_file()
    {
        RequirementsSoup.Sample(text => FuzzTargets.Requirements(SourceText.From(text)), iter: 3000);
        AnyText.Sample(text => FuzzTargets.Requirements(SourceText.From(text)), iter: 1000);
    }

    [Fact]
    public void The_approved_list_parser_never_throws_and_keeps_spans_inside()
    {
        RequirementsSoup.Sample(text => FuzzTargets.Approved(SourceText.From(text)), iter: 2000);
        AnyText.Sample(text => FuzzTargets.Approved(SourceText.From(text)), iter: 1000);
    }

    [Fact]
    public void The_requirements_parser_survives_a_very_long_line_and_deep_continuations()
    {
        FuzzTargets.Requirements(SourceText.From("numpy" + new string('=', 200_000) + "1"));
        FuzzTargets.Requirements(SourceText.From(string.Concat(Enumerable.Repeat("a\\\n", 50_000))));
        FuzzTargets.Requirements(SourceText.From(new string('[', 100_000)));
    }

    [Fact]
    public void A_template_whose_text_starts_with_U_FEFF_keeps_its_offsets()
    {
        // A file with two byte-order marks: the first is the BOM, the second is content.
        var text = SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "\uFEFFnunpy=={{ v }}\n"u8]);
        var file = RequirementsParser.Parse(text, isTemplate: true);
        var entry = Assert.Single(file.Entries);
        Assert.Equal("\uFEFFnunpy=={{ v }}", text.ToString(entry.Span));
    }

    [Fact]
    public void A_logical_line_without_continuations_or_comments_is_the_physical_line()
    {
        var line = Gen.Char["abcxyz0189=<>!~.,;[]@ -_"].Array[1, 60].Select(chars => new string(chars).Trim()).Where(s => s.Length > 0);
        line.Sample(content =>
        {
            var file = RequirementsParser.Parse(SourceText.From(content + "\n"));
            var entry = Assert.Single(file.Entries);
            Assert.Equal(content, entry.Line.Text.Trim());
            Assert.Equal(content, file.Text.ToString(entry.Span));
        }, iter: 1000);
    }

    [Fact]
    public void The_configuration_parser_never_throws_and_keeps_spans_inside_on_JSON_like_input()
    {
        JsonSoup.Sample(FuzzTargets.Config, iter: 3000);
        AnyText.Sample(FuzzTargets.Config, iter: 1000);
        Nesting.Sample(FuzzTargets.Config, iter: 50);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("{ \"model\": \"\\udc00x\" }")]
    [InlineData("{ \"\\ud800\": 1 }")]
    public void An_escaped_lone_surrogate_in_the_configuration_is_a_problem_not_a_crash(string text)
    {
        var parsed = ConfigParser.Parse(text, "/repo");
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("Invalid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configuration_nested_past_its_depth_limit_is_one_problem_not_a_crash()
    {
        var parsed = ConfigParser.Parse(new string('[', 100_000), "/repo");
        Assert.Single(parsed.Problems);
    }

    [Fact]
    public void Edits_applied_to_a_text_keep_its_BOM_and_read_back_from_bytes_unchanged()
    {
        Gen.Select(AnyText, Gen.Bool, Gen.Int[0, 400], Gen.Int[0, 20], Gen.String[0, 10]).Sample((content, bom, at, length, insert) =>
        {
            var text = SourceText.From((bom ? "\uFEFF" : "") + content);
            var start = Math.Min(at, text.Length);
            var span = TextSpan.FromBounds(start, Math.Min(text.Length, start + length));
            var edited = text.WithEdits([TextEdit.Replace(span, insert)]);
            Assert.Equal(text.HasBom, edited.HasBom);
            Assert.Equal(text.Content[..span.Start] + insert + text.Content[span.End..], edited.Content);
            // Written and read again (valid UTF-16 only: a lone surrogate has no UTF-8 form).
            if (!edited.Content.Any(char.IsSurrogate))
            {
                var reread = SourceText.FromBytes(edited.ToBytes());
                Assert.Equal(edited, reread);
            }
            // Lines: every line start follows a break, and the line spans tile the text.
            var position = 0;
            for (var line = 0; line < edited.LineCount; line++)
            {
                var whole = edited.GetLineSpanIncludingBreak(line);
                Assert.Equal(position, whole.Start);
                position = whole.End;
                Assert.Equal(line, edited.GetLinePosition(whole.Start).Line);
                Assert.Equal(whole.Start, edited.GetOffset(new LinePosition(line, 0)));
            }
            Assert.Equal(edited.Length, position);
        }, iter: 3000);
    }
}
