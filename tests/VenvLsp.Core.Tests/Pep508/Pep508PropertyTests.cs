using CsCheck;
using VenvLsp.Pep508;
using VenvLsp.Text;

namespace VenvLsp.Tests.Pep508;

public class Pep508PropertyTests
{
    private static readonly Gen<string> Fragment = Gen.OneOfConst(
        "numpy", "Foo.Bar_baz", "name_", " ", "\t", "[", "]", "(", ")", ",", ";", "@", "==", ">=", "<", "~=", "===", "!=",
        "1.0", "2.*", "1.0a1", "+cu121", "v1", "http://x/y", "python_version", "os.name", "extra", "and", "or", "not", "in",
        "'3.8'", "\"linux\"", "'a\\'", "'\\x4'", "\"", "'", "\\", "\n", "\u0000", "\ud800", "\udc00", "é", "\u00a0", "*");

    private static readonly Gen<string> RequirementLike = Fragment.Array[0, 16].Select(parts => string.Concat(parts));

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 80].Select(chars => new string(chars)),
        RequirementLike,
        Gen.Int[1, 3_000].Select(n => new string('(', n)),
        Gen.Int[1, 3_000].Select(n => "x;" + string.Concat(Enumerable.Repeat("(os_name=='a' and ", n))),
        Gen.Int[1, 20_000].Select(n => "numpy>=" + new string('1', n)),
        Gen.Int[1, 2_000].Select(n => "x; " + string.Join(" or ", Enumerable.Repeat("python_version >= '3'", n))));

    [Fact]
    public void Parsing_never_throws_and_every_span_lies_inside_the_text() =>
        AnyText.Sample(text =>
        {
            var requirement = Pep508Parser.Parse(text);
            AssertInside(text, requirement.NameSpan);
            foreach (var span in new[] { requirement.ExtrasSpan, requirement.SpecifierSpan, requirement.UrlSpan, requirement.MarkerSpan })
                if (span is { } s) AssertInside(text, s);
            foreach (var error in requirement.Errors) AssertInside(text, error.Span);
            foreach (var specifier in requirement.Specifiers.Specifiers) AssertInside(text, specifier.Span);
            if (requirement.Marker is { } marker)
            {
                AssertInside(text, marker.Span);
                marker.Evaluate(new Dictionary<string, string>());
                _ = marker.ToString();
            }
            var standalone = Pep508Parser.ParseMarker(text);
            foreach (var error in standalone.Errors) AssertInside(text, error.Span);
        }, iter: 4_000, threads: 1);

    [Fact]
    public void A_valid_requirement_reparses_to_the_same_canonical_form() =>
        RequirementLike.Sample(text =>
        {
            var requirement = Pep508Parser.Parse(text);
            if (!requirement.IsValid) return;
            var canonical = requirement.ToString();
            var again = Pep508Parser.Parse(canonical);
            Assert.True(again.IsValid, canonical);
            Assert.Equal(canonical, again.ToString());
            Assert.Equal(requirement.NormalizedName, again.NormalizedName);
        }, iter: 10_000, threads: 1);

    private static void AssertInside(string text, TextSpan span) =>
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{span} outside a text of length {text.Length}");
}
