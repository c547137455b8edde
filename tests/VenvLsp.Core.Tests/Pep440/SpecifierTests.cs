using VenvLsp.Pep440;

namespace VenvLsp.Tests.Pep440;

public class SpecifierTests
{
    private static Specifier Spec(string text)
    {
        Assert.True(Specifier.TryParse(text, out var specifier, out var error), error);
        return specifier;
    }

    private static bool Holds(string specifier, string version, bool? prereleases = null) =>
        SpecifierSet.Parse(specifier).Contains(Pep440Version.Parse(version), prereleases);

    [Theory]
    [InlineData(">=1.24", SpecifierOperator.GreaterThanOrEqual, ">=", "1.24", false, false)]
    [InlineData("  == 1.4.*  ", SpecifierOperator.Equal, "==", "1.4.*", true, false)]
    [InlineData("==1.4.2", SpecifierOperator.Equal, "==", "1.4.2", false, true)]
    [InlineData("!=1.3.4.*", SpecifierOperator.NotEqual, "!=", "1.3.4.*", true, false)]
    [InlineData("~=0.9", SpecifierOperator.Compatible, "~=", "0.9", false, false)]
    [InlineData("<2.0", SpecifierOperator.LessThan, "<", "2.0", false, false)]
    [InlineData(">V1.0-RC1", SpecifierOperator.GreaterThan, ">", "V1.0-RC1", false, false)]
    [InlineData("<=3", SpecifierOperator.LessThanOrEqual, "<=", "3", false, false)]
    [InlineData("===foobar", SpecifierOperator.ArbitraryEqual, "===", "foobar", false, true)]
    [InlineData("=== 1.0", SpecifierOperator.ArbitraryEqual, "===", "1.0", false, true)]
    public void Parses_a_clause_into_operator_and_version_as_written(
        string text, SpecifierOperator op, string opText, string versionText, bool wildcard, bool exactPin)
    {
        var specifier = Spec(text);
        Assert.Equal(op, specifier.Operator);
        Assert.Equal(opText, specifier.OperatorText);
        Assert.Equal(versionText, specifier.VersionText);
        Assert.Equal(wildcard, specifier.HasWildcard);
        Assert.Equal(exactPin, specifier.IsExactPin);
        Assert.Equal(opText + versionText, specifier.ToString());
    }

    [Fact]
    public void Parses_the_version_without_the_wildcard_and_none_for_arbitrary_strings()
    {
        Assert.Equal(Pep440Version.Parse("1.4"), Spec("==1.4.*").Version);
        Assert.Null(Spec("===foobar").Version);
        Assert.Equal(Pep440Version.Parse("1.0"), Spec("===1.0").Version);
    }

    [Theory]
    [InlineData("~=1", "~= needs at least two release numbers")]           // PEP 440: MUST NOT be used with a single segment
    [InlineData("==1.0.dev1.*", "'.*' can only follow a release number")] // PEP 440: no prefix match with dev or local
    [InlineData("==1.0+foo1.*", "'.*' can only follow a release number")]
    [InlineData("==1.0a1.*", "'.*' can only follow a release number")]
    [InlineData(">=1.0.*", "'.*' prefix matching is only allowed with == and !=")]
    [InlineData("~=1.0.*", "'.*' prefix matching is only allowed with == and !=")]
    [InlineData(">=1.0+local", "local version label ('+local') is only allowed with == and !=")]
    [InlineData("<1.0+local", "only allowed with == and !=")]
    [InlineData("~=1.0+local", "only allowed with == and !=")]
    [InlineData("1.0", "has no comparison operator; write '==1.0'")]
    [InlineData("=1.0", "'=' is not a comparison operator")]
    [InlineData("numpy", "expected an operator")]
    [InlineData(">=", "'>=' needs a version after it")]
    [InlineData("===foo bar", "'===' takes a single word")]
    [InlineData(">=1.0a1b1", "'1.0a1b1' is not a valid PEP 440 version")]
    [InlineData("==99999999999999999999", "too large")]
    [InlineData("", "Expected a version specifier")]
    public void Explains_why_a_clause_is_invalid(string text, string expected)
    {
        Assert.False(Specifier.TryParse(text, out var specifier, out var error));
        Assert.Null(specifier);
        Assert.Contains(expected, error);
    }

    // PEP 440 "Compatible release": each clause is equivalent to the pair below it.
    [Theory]
    [InlineData("~= 2.2", ">= 2.2, == 2.*")]
    [InlineData("~= 1.4.5", ">= 1.4.5, == 1.4.*")]
    [InlineData("~= 2.2.post3", ">= 2.2.post3, == 2.*")]
    [InlineData("~= 1.4.5a4", ">= 1.4.5a4, == 1.4.*")]
    [InlineData("~= 2.2.0", ">= 2.2.0, == 2.2.*")]
    [InlineData("~= 1.4.5.0", ">= 1.4.5.0, == 1.4.5.*")]
    [InlineData("== 3.1.*", "~=3.1.0")]
    public void Expands_compatible_release_as_pep_440_shows(string compatible, string equivalent)
    {
        var a = SpecifierSet.Parse(compatible);
        var b = SpecifierSet.Parse(equivalent);
        foreach (var candidate in Candidates)
        {
            var version = Pep440Version.Parse(candidate);
            Assert.True(a.Contains(version, true) == b.Contains(version, true), $"{candidate}: {compatible} vs {equivalent}");
        }
        Assert.True(a.IsSubsetOf(b) || a.AllowsPrereleases != b.AllowsPrereleases);
    }

    private static readonly string[] Candidates =
    [
        "1.4", "1.4.4", "1.4.5a3", "1.4.5a4", "1.4.5", "1.4.5.0", "1.4.5.1", "1.4.6", "1.4.99", "1.5.dev0", "1.5", "2.1", "2.2",
        "2.2.0", "2.2.post2", "2.2.post3", "2.2.1", "2.3", "2.99", "3.0.dev0", "3.0", "3.1", "3.1.0", "3.1.5", "3.2.0", "1!2.2",
    ];

    // PEP 440 "Version matching" and "Version exclusion" tables.
    [Theory]
    [InlineData("== 1.1", "1.1.post1", false)]
    [InlineData("== 1.1.post1", "1.1.post1", true)]
    [InlineData("== 1.1.*", "1.1.post1", true)]
    [InlineData("== 1.1", "1.1a1", false)]
    [InlineData("== 1.1a1", "1.1a1", true)]
    [InlineData("== 1.1", "1.1", true)]
    [InlineData("== 1.1.0", "1.1", true)]
    [InlineData("== 1.1.dev1", "1.1", false)]
    [InlineData("== 1.1a1", "1.1", false)]
    [InlineData("== 1.1.post1", "1.1", false)]
    [InlineData("== 1.1.*", "1.1", true)]
    [InlineData("!= 1.1", "1.1.post1", true)]
    [InlineData("!= 1.1.post1", "1.1.post1", false)]
    [InlineData("!= 1.1.*", "1.1.post1", false)]
    public void Matches_the_pep_440_version_matching_examples(string specifier, string version, bool expected) =>
        Assert.Equal(expected, Holds(specifier, version));

    [Fact]
    public void Matches_a_pre_release_by_prefix_only_when_pre_releases_are_requested()
    {
        // "== 1.1.*  # Same prefix, so 1.1a1 matches clause if pre-releases are requested"
        Assert.False(Holds("==1.1.*", "1.1a1"));
        Assert.True(Holds("==1.1.*", "1.1a1", prereleases: true));
    }

    [Theory]
    [InlineData("==1.0", "1.0+downstream1", true)]       // a public specifier ignores the candidate's local label
    [InlineData("==1.0+downstream1", "1.0+downstream1", true)]
    [InlineData("==1.0+downstream1", "1.0+downstream2", false)]
    [InlineData("==1.0+downstream1", "1.0", false)]
    [InlineData("!=1.0+downstream1", "1.0+downstream2", true)]
    [InlineData(">=1.5", "1.5+1", true)]                  // PEP 440: pip 1.5+1 satisfies pip>=1.5
    [InlineData(">=1.5", "1.5+1.git.abc123de", true)]
    [InlineData("<=1.5", "1.5+1", true)]
    [InlineData("==1.*", "1.9+cu121", true)]
    [InlineData("~=1.4", "1.9+cu121", true)]
    public void Applies_local_version_rules(string specifier, string version, bool expected) =>
        Assert.Equal(expected, Holds(specifier, version));

    // PEP 440 "Exclusive ordered comparison".
    [Theory]
    [InlineData(">1.7", "1.7.1", true)]
    [InlineData(">1.7", "1.7.0.post1", false)]
    [InlineData(">1.7.post2", "1.7.1", true)]
    [InlineData(">1.7.post2", "1.7.0.post3", true)]
    [InlineData(">1.7.post2", "1.7.0", false)]
    [InlineData(">1.7", "1.7+local", false)]
    [InlineData(">1.7", "1.7.1+local", true)]
    [InlineData("<3.1", "3.1.dev0", false)]
    [InlineData("<3.1", "3.0.dev0", true)]
    [InlineData("<3.1", "3.1rc1", false)]
    [InlineData("<3.1rc1", "3.1b1", true)]
    [InlineData("<3.1rc1", "3.1rc1", false)]
    [InlineData("<3.1", "3.0", true)]
    [InlineData("<3.1", "3.1", false)]
    public void Applies_the_exclusive_ordered_comparison_rules(string specifier, string version, bool expected) =>
        Assert.Equal(expected, Holds(specifier, version, prereleases: true));

    [Theory]
    [InlineData("===foobar", "foobar", true)]
    [InlineData("===foobar", "FooBar", true)]
    [InlineData("===1.0", "1.0", true)]
    [InlineData("===1.0", "1.0.0", false)]
    [InlineData("===1.0", "1.0+downstream1", false)]  // PEP 440: requires an unpatched version
    [InlineData("===1.0", "v1.0", false)]             // compares the string, not the version
    [InlineData(">=1.0", "foobar", false)]
    public void Compares_arbitrary_equality_as_strings(string specifier, string candidate, bool expected)
    {
        Assert.True(Specifier.TryParse(specifier, out var spec, out _));
        Assert.Equal(expected, spec.Contains(candidate));
        Assert.Equal(expected, SpecifierSet.Parse(specifier).Contains(candidate));
    }

    [Fact]
    public void Compares_a_version_against_arbitrary_equality_by_its_normalized_text()
    {
        var spec = Spec("===1.0");
        Assert.True(spec.Contains(Pep440Version.Parse("v1.0")));
        Assert.False(spec.Contains(Pep440Version.Parse("1.0.0")));
    }

    // PEP 440 "Examples" at the end of "Version specifiers".
    [Theory]
    [InlineData("~=3.1", "3.1", true)]
    [InlineData("~=3.1", "3.9.2", true)]
    [InlineData("~=3.1", "4.0", false)]
    [InlineData("~=3.1", "3.0", false)]
    [InlineData("~=3.1.2", "3.1.2", true)]
    [InlineData("~=3.1.2", "3.1.9", true)]
    [InlineData("~=3.1.2", "3.2.0", false)]
    [InlineData("~=3.1a1", "3.1a1", true)]
    [InlineData("~=3.1a1", "3.5", true)]
    [InlineData("~=3.1a1", "4.0", false)]
    [InlineData("== 3.1", "3.1", true)]
    [InlineData("== 3.1", "3.1.0", true)]
    [InlineData("== 3.1", "3.1.post1", false)]
    [InlineData("== 3.1", "3.1.1", false)]
    [InlineData("== 3.1", "3.1.dev1", false)]
    [InlineData("== 3.1.*", "3.1.7", true)]
    [InlineData("== 3.1.*", "3.2", false)]
    [InlineData("~=3.1.0, != 3.1.3", "3.1.0", true)]
    [InlineData("~=3.1.0, != 3.1.3", "3.1.3", false)]
    [InlineData("~=3.1.0, != 3.1.3", "3.1.4", true)]
    [InlineData("~=3.1.0, != 3.1.3", "3.2.0", false)]
    [InlineData("~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "1.3.4.1", false)]
    [InlineData("~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "1.3.5", false)]
    [InlineData("~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", "0.9.5", false)]
    [InlineData(">= 2.8.1, == 2.8.*", "2.8.5", true)]
    [InlineData(">= 2.8.1, == 2.8.*", "2.8.0", false)]
    public void Matches_the_pep_440_examples(string specifier, string version, bool expected) =>
        Assert.Equal(expected, Holds(specifier, version));

    [Theory]
    [InlineData(">=1.0", false)]
    [InlineData(">=1.0a1", true)]
    [InlineData("<=2.0.dev1", true)]
    [InlineData("==1.0rc1", true)]
    [InlineData("~=1.0b1", true)]
    [InlineData("===1.0a1", true)]
    [InlineData("<2.0a1", false)]   // exclusive operators never opt in
    [InlineData(">1.0a1", false)]
    [InlineData("!=1.0a1", false)]
    [InlineData("===foobar", false)]
    public void Opts_in_to_pre_releases_when_an_inclusive_clause_names_one(string specifier, bool allows)
    {
        Assert.Equal(allows, Spec(specifier).AllowsPrereleases);
        Assert.Equal(allows, SpecifierSet.Parse(specifier).AllowsPrereleases);
    }

    [Fact]
    public void Excludes_pre_releases_unless_asked_or_named()
    {
        Assert.False(Holds(">=1.0", "2.0a1"));
        Assert.True(Holds(">=1.0", "2.0a1", prereleases: true));
        Assert.True(Holds(">=1.0a1", "2.0a1"));
        Assert.True(Holds(">=1.0a1,<3", "2.0.dev1"));
        Assert.False(Holds(">=1.0a1", "2.0a1", prereleases: false));
        Assert.False(Holds("", "2.0a1"));
        Assert.True(Holds("", "2.0"));
        Assert.True(Holds("", "2.0a1", prereleases: true));
    }

    [Theory]
    [InlineData("==1.0", "== 1.0.0", true)]
    [InlineData("==1.0", "==1.0+local", false)]
    [InlineData("~=1.0", "~=1.0.0", false)]  // different prefix
    [InlineData("==1.*", "==1.0.*", false)]
    [InlineData("==1.0.*", "==01.00.*", true)]
    [InlineData("===Foo", "===foo", true)]
    [InlineData(">=1.0", ">1.0", false)]
    public void Compares_clauses_by_meaning(string a, string b, bool equal)
    {
        Assert.Equal(equal, Spec(a).Equals(Spec(b)));
        if (equal) Assert.Equal(Spec(a).GetHashCode(), Spec(b).GetHashCode());
    }
}
