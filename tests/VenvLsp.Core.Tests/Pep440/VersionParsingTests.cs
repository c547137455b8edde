using VenvLsp.Pep440;
using VenvLsp.Tests.Pep440.Data;

namespace VenvLsp.Tests.Pep440;

public class VersionParsingTests
{
    // Every normalization example in PEP 440's "Normalization" section, plus the other spellings it names.
    [Theory]
    [InlineData("1.1RC1", "1.1rc1")]
    [InlineData("00", "0")]
    [InlineData("09000", "9000")]
    [InlineData("1.0+foo0100", "1.0+foo0100")]
    [InlineData("1.1.a1", "1.1a1")]
    [InlineData("1.1-a1", "1.1a1")]
    [InlineData("1.0a.1", "1.0a1")]
    [InlineData("1.1alpha1", "1.1a1")]
    [InlineData("1.1beta2", "1.1b2")]
    [InlineData("1.1c3", "1.1rc3")]
    [InlineData("1.1pre4", "1.1rc4")]
    [InlineData("1.1preview5", "1.1rc5")]
    [InlineData("1.2a", "1.2a0")]
    [InlineData("1.2-post2", "1.2.post2")]
    [InlineData("1.2post2", "1.2.post2")]
    [InlineData("1.2.post-2", "1.2.post2")]
    [InlineData("1.0-r4", "1.0.post4")]
    [InlineData("1.0rev4", "1.0.post4")]
    [InlineData("1.2.post", "1.2.post0")]
    [InlineData("1.0-1", "1.0.post1")]
    [InlineData("1.2-dev2", "1.2.dev2")]
    [InlineData("1.2dev2", "1.2.dev2")]
    [InlineData("1.2.dev", "1.2.dev0")]
    [InlineData("1.0+ubuntu-1", "1.0+ubuntu.1")]
    [InlineData("v1.0", "1.0")]
    [InlineData("1.0\n", "1.0")]
    [InlineData(" \t\r\f\v1.0 \t\r\f\v", "1.0")]
    [InlineData("1.1_a1", "1.1a1")]
    [InlineData("1.0_alpha_2", "1.0a2")]
    [InlineData("V1.0RC1", "1.0rc1")]
    [InlineData("1!2.0", "1!2.0")]
    [InlineData("0!1.0", "1.0")]
    [InlineData("01!1.0", "1!1.0")]
    [InlineData("1.0.0.0.0", "1.0.0.0.0")]
    [InlineData("1.0+0100", "1.0+100")]
    [InlineData("1.0+A.b_C", "1.0+a.b.c")]
    [InlineData("1.0a1.post2.dev3", "1.0a1.post2.dev3")]
    [InlineData("1.0-dev-", "1.0.dev0")]
    [InlineData("1.0a-1", "1.0a1")]
    [InlineData("1.0.1-1", "1.0.1.post1")]
    [InlineData("1.0c", "1.0rc0")]
    [InlineData("1.0r", "1.0.post0")]
    [InlineData("1.0\u00a0", "1.0")]
    public void Normalizes_every_spelling_pep_440_allows(string input, string normalized)
    {
        Assert.True(Pep440Version.TryParse(input, out var version));
        Assert.Equal(normalized, version.ToString());
    }

    [Theory]
    [InlineData("1.0-")]          // PEP 440: the implicit post release needs its number
    [InlineData("1.0+")]
    [InlineData("1.0+a..b")]
    [InlineData("1.0+_a")]
    [InlineData("1.0+ab-")]
    [InlineData("1.0+a+b")]
    [InlineData("1.0.dev1.post1")] // suffixes only in the order pre, post, dev
    [InlineData("1.0.post1.post2")]
    [InlineData("1.0dev1a1")]
    [InlineData("1.0a1b2")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("abc")]
    [InlineData("1.0.x")]
    [InlineData("1..0")]
    [InlineData(".1")]
    [InlineData("1.*")]
    [InlineData("v")]
    [InlineData("vv1.0")]
    [InlineData("1!")]
    [InlineData("!1.0")]
    [InlineData("1.0_1")]
    [InlineData("\u0661.\u0660")]  // only ASCII digits are numbers
    [InlineData("1.0\u0000")]
    public void Rejects_what_is_not_a_version(string input)
    {
        Assert.False(Pep440Version.TryParse(input, out var version));
        Assert.Null(version);
        Assert.Throws<FormatException>(() => Pep440Version.Parse(input));
    }

    [Fact]
    public void Rejects_numbers_beyond_the_long_range()
    {
        // Python accepts any size; ours are longs, and a silent wrap-around would be worse than a refusal.
        Assert.False(Pep440Version.TryParse("99999999999999999999", out _));
        Assert.True(Pep440Version.TryParse("9223372036854775807", out var largest));
        Assert.Equal(long.MaxValue, largest.Major);
        Assert.False(Pep440Version.TryParse("2147483648!1.0", out _));
    }

    [Fact]
    public void Exposes_every_segment()
    {
        var version = Pep440Version.Parse("2!1.4.7rc3.post5.dev6+Ubuntu-2");
        Assert.Equal(2, version.Epoch);
        Assert.Equal(new long[] { 1, 4, 7 }, version.Release.ToArray());
        Assert.Equal(PreReleaseKind.ReleaseCandidate, version.PreKind);
        Assert.Equal(3, version.PreNumber);
        Assert.Equal(5, version.Post);
        Assert.Equal(6, version.Dev);
        Assert.Equal("ubuntu.2", version.Local);
        Assert.Equal((1L, 4L, 7L), (version.Major, version.Minor, version.Micro));
        Assert.True(version.IsPrerelease);
        Assert.True(version.IsDevRelease);
        Assert.True(version.IsPostRelease);
        Assert.Equal("2!1.4.7rc3.post5.dev6", version.PublicVersion.ToString());
        Assert.Equal("2!1.4.7", version.BaseVersion.ToString());
    }

    [Theory]
    [InlineData("1.0", false, false, false)]
    [InlineData("1.0a1", true, false, false)]
    [InlineData("1.0.dev1", true, true, false)]
    [InlineData("1.0.post1", false, false, true)]
    [InlineData("1.0.post1.dev1", true, true, true)]
    [InlineData("1.0+local", false, false, false)]
    public void Classifies_pre_dev_and_post_releases(string text, bool pre, bool dev, bool post)
    {
        var version = Pep440Version.Parse(text);
        Assert.Equal((pre, dev, post), (version.IsPrerelease, version.IsDevRelease, version.IsPostRelease));
    }

    [Fact]
    public void Keeps_trailing_zeros_in_the_release_but_not_in_comparisons()
    {
        var version = Pep440Version.Parse("1.0.0");
        Assert.Equal(new long[] { 1, 0, 0 }, version.Release.ToArray());
        Assert.Equal(0, version.Minor);
        Assert.Equal(Pep440Version.Parse("1"), version);
        Assert.Null(Pep440Version.Parse("1").PreNumber);
    }

    [Theory]
    [MemberData(nameof(VersionOracleCases.Cases), MemberType = typeof(VersionOracleCases))]
    public void Agrees_with_the_packaging_library(string input, string? normalized)
    {
        var parsed = Pep440Version.TryParse(input, out var version);
        Assert.Equal(normalized is not null, parsed);
        Assert.Equal(normalized, version?.ToString());
    }
}
