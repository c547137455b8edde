using CsCheck;
using VenvLsp.Approval;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Tests.Requirements;

/// <summary>The requirements-file parser and the approved-list reader never throw, and every position
/// they give lies inside the text, whatever the input.</summary>
public class RequirementsPropertyTests
{
    private static readonly Gen<string> Fragment = Gen.OneOfConst(
        "numpy", "==", "1.26.4", ">=", ",", ";", " python_version < '3.12'", "[extra]", " @ ", "https://h/p.whl", "#egg=x",
        " \\", "\\\n", "\n", "\r\n", "\r", "\f", "\u2028", "\t", " ", "#", " # c", "-r", " -c ", "--hash=sha256:ab", "--pre", "-foo",
        "--index-url", "=", "'", "\"", "${VAR}", "${lower}", "{{ x }}", "{%", "\uFEFF", "\0", "\uD800", "\uDFFF", "é", "-e", ".", "/");

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 200].Select(chars => new string(chars)),
        Fragment.Array[0, 60].Select(string.Concat),
        Gen.Int[1, 50_000].Select(n => "numpy==" + new string('1', n)),
        Gen.Int[1, 20_000].Select(n => string.Concat(Enumerable.Repeat("x \\\n", n))),
        Gen.Int[1, 5_000].Select(n => "--hash=" + new string('\'', n)));

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        AnyText.Sample(content =>
        {
            foreach (var template in new[] { false, true })
            {
                var text = SourceText.From(content);
                var file = RequirementsParser.Parse(text, template);
                foreach (var entry in file.Entries)
                {
                    Inside(text, entry.Span);
                    foreach (var error in entry.Errors) Inside(text, error.Span);
                    foreach (var option in entry.Options) Inside(text, option.Span);
                    if (entry is RequirementEntry requirement)
                    {
                        Inside(text, requirement.TextSpan);
                        if (requirement.NameSpan is { } name) Inside(text, name);
                        if (requirement.SpecifierSpan is { } specifiers) Inside(text, specifiers);
                    }
                }
                foreach (var comment in file.Comments) Inside(text, comment.Span);
            }
        }, iter: 300);
    }

    [Fact]
    public void Maps_every_logical_character_back_to_the_same_character_in_the_file()
    {
        Fragment.Array[0, 40].Select(string.Concat).Sample(content =>
        {
            var text = SourceText.From(content);
            foreach (var entry in RequirementsParser.Parse(text).Entries)
                for (var i = 0; i < entry.Line.Text.Length; i++)
                    Assert.Equal(entry.Line.Text[i], text[entry.Line.ToOriginal(i)]);
        }, iter: 500);
    }

    [Fact]
    public void The_approved_list_reader_never_throws()
    {
        AnyText.Sample(content =>
        {
            var text = SourceText.From(content);
            var (_, problems) = ApprovedList.Parse("/approved.txt", text);
            foreach (var problem in problems) Inside(text, problem.Span);
        }, iter: 300);
    }

    private static void Inside(SourceText text, TextSpan span)
    {
        Assert.InRange(span.Start, 0, text.Length);
        Assert.InRange(span.End, span.Start, text.Length);
    }
}
