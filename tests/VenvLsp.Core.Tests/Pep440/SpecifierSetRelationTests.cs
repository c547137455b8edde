using VenvLsp.Pep440;

namespace VenvLsp.Tests.Pep440;

public class SpecifierSetRelationTests
{
    private static SpecifierSet Set(string text)
    {
        var set = SpecifierSet.Parse(text);
        Assert.Empty(set.Errors);
        return set;
    }

    [Theory]
    [InlineData(">=1.25,<2", ">=1.24,<2.3", true)]   // the approval example: narrower is fine
    [InlineData(">=1.20", ">=1.24,<2.3", false)]      // wider is not
    [InlineData("==2.0.1", ">=1.24,<2.3", true)]
    [InlineData("==2.3.0", ">=1.24,<2.3", false)]
    [InlineData("==2.3.0rc1", ">=1.24,<2.3", false)]  // a pre-release is approved only when the list names one
    [InlineData("==2.3.0rc1", ">=1.24,<=2.3.0rc1", true)]   // <= names it, so the list opts in
    [InlineData("==2.3.0rc1", ">=1.24,<2.3.0rc2", false)]  // < never opts in to pre-releases
    [InlineData("~=1.26.0", ">=1.24,<2.3", true)]
    [InlineData("==1.26.*", ">=1.24,<2.3", true)]
    [InlineData("==1.*", ">=1.24,<2.3", false)]
    [InlineData(">1.24", ">=1.24", true)]
    [InlineData(">=1.24", ">1.24", false)]
    [InlineData(">=1.24.0.post1", ">1.24", false)]    // >1.24 rejects 1.24's post-releases
    [InlineData(">=1.24.1", ">1.24", true)]
    [InlineData("==2.3.1+cu121", "==2.3.1", true)]    // torch==2.3.1+cu121 against an approved torch==2.3.1
    [InlineData("==2.3.1", "==2.3.1+cu121", false)]
    [InlineData("==2.3.1+cu121", "==2.3.1+cu121", true)]
    [InlineData("==2.3.1+cu121", "==2.3.1+cu118", false)]
    [InlineData("==2.3.1+cu121", ">2.3.1", false)]    // > rejects local versions of the release
    [InlineData(">=1.0,!=1.5", ">=1.0", true)]
    [InlineData(">=1.0", ">=1.0,!=1.5", false)]
    [InlineData("==1.5.*", "!=1.5", false)]
    [InlineData("==1.4.*", "!=1.5.*", true)]
    [InlineData("<1.0.post2", "<=1.0.post1", true)]
    [InlineData("<=1.0.post1", "<1.0.post2", true)]
    [InlineData("<1.0.post2", "<1.0", false)]
    [InlineData("<1.0", "<1.0.post2", true)]
    [InlineData("", ">=0", true)]                     // every final version
    [InlineData(">=0", "", true)]
    [InlineData("", ">=1", false)]
    [InlineData("==1.0", "", true)]
    [InlineData("==1.0a1", "", false)]
    [InlineData(">=2,<1", "==5", true)]               // the empty set is a subset of anything
    [InlineData("===1.0", ">=0.5", true)]
    [InlineData("===foobar", ">=0.5", false)]
    [InlineData("===foobar", "===FOOBAR", true)]
    [InlineData(">=1.0", "===1.0", false)]
    [InlineData("==1.0", "==1.0.0", true)]
    [InlineData("~=2.2", "==2.*", true)]
    [InlineData("==2.*", "~=2.2", false)]
    [InlineData("~=1.4.5a4", ">=1.4.5a4,==1.4.*", true)]
    public void Decides_subsets_for_approval_checks(string requested, string approved, bool subset) =>
        Assert.Equal(subset, Set(requested).IsSubsetOf(Set(approved)));

    [Fact]
    public void Accepts_a_range_covered_only_by_several_approved_lines_together()
    {
        var requested = Set(">=1.0,<3");
        var lines = new[] { Set(">=1.0,<2"), Set(">=2,<4") };
        Assert.False(requested.IsSubsetOf(lines[0]));
        Assert.False(requested.IsSubsetOf(lines[1]));
        Assert.True(requested.IsSubsetOfUnion(lines));
        Assert.False(Set(">=0.5,<3").IsSubsetOfUnion(lines));
        Assert.False(requested.IsSubsetOfUnion([]));
    }

    [Fact]
    public void Does_not_claim_a_subset_when_a_set_has_errors()
    {
        Assert.False(SpecifierSet.Parse(">=1.0,~=1").IsSubsetOf(Set(">=0")));
        Assert.False(Set("==1.0").IsSubsetOf(SpecifierSet.Parse("=1.0")));
        Assert.True(Set("==1.0").IsSubsetOfUnion([SpecifierSet.Parse("=1.0"), Set("<2")]));
    }

    [Theory]
    [InlineData(">=1.0,<2", ">=1.5", true)]
    [InlineData(">=1.0,<2", ">=2", false)]
    [InlineData("<2", ">2", false)]
    [InlineData("<=2", ">=2", true)]
    [InlineData("==1.5", "!=1.5", false)]
    [InlineData("==1.5.*", "!=1.5.0", true)]
    [InlineData("==1.5.*", "!=1.5.*", false)]
    [InlineData(">1.0", "<1.0.post5", false)]           // only 1.0's post-releases lie between, and > rejects them
    [InlineData(">1.0.post1", "<1.0.post3", true)]       // 1.0.post2
    [InlineData("<2.0", ">=2.0a1", false)]               // 2.0a1..2.0 are pre-releases, which <2.0 rejects
    // Each side keeps its own pre-release policy: <2.0a5 does not opt in, so it admits no 2.0 pre-release.
    [InlineData("<2.0a5", ">=2.0a1", false)]
    [InlineData("<=2.0a5", ">=2.0a1", true)]
    [InlineData("==1.0+abc", "==1.0", true)]
    [InlineData("==1.0+abc", "==1.0+def", false)]
    [InlineData("===foobar", "===FooBar", true)]
    [InlineData("===foobar", ">=1", false)]
    [InlineData("", "==1.0a1", false)]                   // the empty set does not admit pre-releases
    public void Decides_whether_two_sets_overlap(string a, string b, bool intersects)
    {
        Assert.Equal(intersects, Set(a).Intersects(Set(b)));
        Assert.Equal(intersects, Set(b).Intersects(Set(a)));
    }

    [Fact]
    public void Assumes_an_overlap_when_a_set_has_errors() =>
        Assert.True(SpecifierSet.Parse("~=1").Intersects(Set("==5")));

    [Theory]
    [InlineData(">=2,<1", true)]
    [InlineData("==1.0,!=1.0", true)]
    [InlineData("~= 0.9, >= 1.0, != 1.3.4.*, < 2.0", true)] // the PEP's illustration admits nothing
    [InlineData(">1.0,<1.0.post3", true)]
    [InlineData("<1.0,>=1.0a1", true)]                      // only pre-releases of 1.0, which <1.0 rejects
    [InlineData(">=1.0a1,<1.0", true)]
    [InlineData(">=1.0a1,<1.0rc1", false)]
    [InlineData("<2,>=1", false)]
    [InlineData("", false)]
    [InlineData("===x,===y", true)]
    [InlineData("===x", false)]
    public void Knows_when_nothing_satisfies_a_set(string text, bool unsatisfiable) =>
        Assert.Equal(unsatisfiable, Set(text).IsUnsatisfiable);
}
