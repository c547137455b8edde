using VenvLsp.Pep440;
using VenvLsp.Tests.Pep440.Data;
using VenvLsp.Text;

namespace VenvLsp.Tests.Pep440;

public class SpecifierSetTests
{
    [Theory]
    [InlineData(">=1.24,<2.3", ">=1.24,<2.3")]
    [InlineData(" >= 1.24 , < 2.3 ", ">=1.24,<2.3")]
    [InlineData(">=1.0,", ">=1.0")]          // a trailing comma is accepted, as by packaging.SpecifierSet
    [InlineData(">=1.0,,<2", ">=1.0,<2")]
    [InlineData(",>=1.0", ">=1.0")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    public void Parses_comma_separated_clauses_and_prints_them_in_order(string text, string printed)
    {
        var set = SpecifierSet.Parse(text);
        Assert.Empty(set.Errors);
        Assert.Equal(printed, set.ToString());
        Assert.Equal(printed.Length == 0, set.IsEmpty);
    }

    [Fact]
    public void Reports_each_invalid_clause_with_its_span_and_keeps_the_valid_ones()
    {
        const string text = ">=1.0, =2 ,~=1, <3";
        var set = SpecifierSet.Parse(text);
        Assert.Equal([">=1.0", "<3"], set.Specifiers.Select(s => s.ToString()));
        Assert.Equal(2, set.Errors.Count);
        Assert.Equal("=2", text[set.Errors[0].Span.Start..set.Errors[0].Span.End]);
        Assert.Equal("~=1", text[set.Errors[1].Span.Start..set.Errors[1].Span.End]);
        Assert.Equal(new TextSpan(16, 2), set.Specifiers[1].Span);
    }

    [Fact]
    public void Treats_null_as_empty()
    {
        Assert.Same(SpecifierSet.Empty, SpecifierSet.Parse(null));
        Assert.True(SpecifierSet.Empty.IsEmpty);
        Assert.Empty(SpecifierSet.Empty.Errors);
    }

    [Fact]
    public void Matches_strings_with_arbitrary_equality_and_versions_otherwise()
    {
        var set = SpecifierSet.Parse("===2023.1-custom");
        Assert.True(set.Contains("2023.1-CUSTOM"));
        Assert.False(set.Contains("2023.1"));
        Assert.False(SpecifierSet.Parse(">=1").Contains("not-a-version"));
        Assert.True(SpecifierSet.Parse(">=1").Contains(" 1.5 "));
        Assert.False(SpecifierSet.Parse("===1.0a1").Contains("1.0a1", prereleases: false));
    }

    [Theory]
    [MemberData(nameof(ContainsOracleCases.Cases), MemberType = typeof(ContainsOracleCases))]
    public void Agrees_with_the_packaging_library_on_containment(string specifiers, string version, bool? prereleases, bool expected)
    {
        var set = SpecifierSet.Parse(specifiers);
        Assert.Empty(set.Errors);
        Assert.Equal(expected, set.Contains(Pep440Version.Parse(version), prereleases));
        Assert.Equal(expected, set.Contains(version, prereleases));
    }
}
