using VenvLsp.Pep440;

namespace VenvLsp.Tests.Pep440;

public class VersionOrderingTests
{
    // Each sequence is an example list from PEP 440, in the order the PEP says it sorts.
    public static TheoryData<string[]> PepSequences => new()
    {
        new[] { "0.9", "0.9.1", "0.9.2", "0.9.10", "0.9.11", "1.0", "1.0.1", "1.1", "2.0", "2.0.1" },
        new[] { "2012.4", "2012.7", "2012.10", "2013.1", "2013.6" },
        new[] { "1.0", "1.1", "2.0", "2013.10", "2014.04" },
        new[] { "2013.10", "2014.04", "1!1.0", "1!1.1", "1!2.0" },
        new[] { "0.1", "0.2", "0.3", "1.0", "1.1" },
        new[] { "1.1.0", "1.1.1", "1.1.2", "1.2.0" },
        new[] { "0.9", "1.0a1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.1a1" },
        new[] { "0.9", "1.0.dev1", "1.0.dev2", "1.0.dev3", "1.0.dev4", "1.0c1", "1.0c2", "1.0", "1.0.post1", "1.1.dev1" },
        new[] { "2012.1", "2012.2", "2012.3", "2012.15", "2013.1", "2013.2" },
        new[]
        {
            "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
            "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
            "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1",
        },
        // The suffix orders of the "Summary of permitted suffixes" section.
        new[] { "1.0.dev1", "1.0a1", "1.0b1", "1.0rc1", "1.0", "1.0.post1" },
        new[] { "1.0a1.dev1", "1.0a1", "1.0a1.post1" },
        new[] { "1.0.post1.dev1", "1.0.post1" },
        // Local labels: numeric segments above alphanumeric ones, longer labels after their prefixes.
        new[] { "1.0", "1.0+a", "1.0+a.b", "1.0+a.1", "1.0+abc", "1.0+b", "1.0+2", "1.0+10", "1.0+10.a", "1.0.post0" },
        new[] { "1.0+9", "1.0+99999999999999999999999" },
    };

    [Theory]
    [MemberData(nameof(PepSequences))]
    public void Sorts_the_pep_examples_in_the_order_the_pep_gives(string[] sequence)
    {
        var versions = sequence.Select(Pep440Version.Parse).ToList();
        for (var k = 1; k < versions.Count; k++)
        {
            Assert.True(versions[k - 1] < versions[k], $"{sequence[k - 1]} < {sequence[k]}");
            Assert.True(versions[k] > versions[k - 1]);
            Assert.NotEqual(versions[k - 1], versions[k]);
        }
        var sorted = Enumerable.Reverse(versions).Order().ToList();
        Assert.Equal(versions, sorted);
    }

    [Theory]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1.1", "1.1.0.0")]
    [InlineData("v1.0", "1.0")]
    [InlineData("1.0c1", "1.0rc1")]
    [InlineData("1.0-1", "1.0.post1")]
    [InlineData("0!1.0", "1.0")]
    [InlineData("1.0+ubuntu-1", "1.0+ubuntu.1")]
    [InlineData("1.0+01", "1.0+1")]
    [InlineData("1.0+ABC", "1.0+abc")]
    public void Treats_equivalent_spellings_as_equal(string a, string b)
    {
        var x = Pep440Version.Parse(a);
        var y = Pep440Version.Parse(b);
        Assert.Equal(x, y);
        Assert.True(x == y);
        Assert.False(x != y);
        Assert.True(x <= y && x >= y);
        Assert.Equal(0, x.CompareTo(y));
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
    }

    [Fact]
    public void Orders_null_below_every_version()
    {
        var version = Pep440Version.Parse("0");
        Assert.True(version > null);
        Assert.True(null < version);
        Assert.Equal(1, version.CompareTo(null));
        Assert.False(version.Equals(null));
    }
}
