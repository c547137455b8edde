using VenvLsp.Pep440;

namespace VenvLsp.Tests.Pep440;

/// <summary>Where the <c>packaging</c> library (23.0, and pip's vendored 21.3) departs from PEP 440 through
/// string-splitting bugs that later releases fixed, we follow PEP 440 and the later releases. These tests
/// pin today's choice.</summary>
public class SpecifierDeviationTests
{
    [Theory]
    // packaging 23.0 only recognises the canonical suffix spellings (a, b, rc, post, dev, lower case) when it
    // computes the ~= prefix, so "~=2.0.deV9" became ">=2.0.dev9, ==2.0.*". PEP 440 ignores any suffix.
    [InlineData("~=2.0.deV9", "2.1", true)]
    [InlineData("~=1.4.5.c4", "1.4.6", true)]
    [InlineData("~=1.4.5.RC4", "1.4.6", true)]
    // With an epoch, packaging 23.0's prefix match compared "1!0" with "0" as strings.
    [InlineData("~=0.9", "1!0.9", false)]
    [InlineData("!=10!0.*", "10!0a1.post1", false)]
    public void Follows_pep_440_where_packaging_23_splits_strings(string specifier, string version, bool expected) =>
        Assert.Equal(expected, SpecifierSet.Parse(specifier).Contains(Pep440Version.Parse(version), prereleases: true));

    [Fact]
    public void Keeps_the_packaging_rule_that_greater_than_excludes_post_releases_of_the_whole_release()
    {
        // packaging compares base versions, so ">1.0a1" also rejects 1.0b1.post1 and 1.0.post1 (not only
        // 1.0a1.post1). pip behaves so; later packaging releases narrowed it.
        var set = SpecifierSet.Parse(">1.0a1");
        Assert.False(set.Contains(Pep440Version.Parse("1.0b1.post1"), prereleases: true));
        Assert.False(set.Contains(Pep440Version.Parse("1.0.post1")));
        Assert.True(set.Contains(Pep440Version.Parse("1.0")));
        Assert.True(set.Contains(Pep440Version.Parse("1.0b1"), prereleases: true));
    }
}
