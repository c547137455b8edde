using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Suppressions;

public class SuppressionTests
{
    [Fact]
    public void Suppresses_a_finding_with_a_comment_at_the_end_of_the_requirements_line()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy  # venvlsp: disable=VENV103 -- pinned by the build's constraints\n");
        Assert.DoesNotContain(fixture.Analyze("requirements.txt"), d => d.RuleId == RuleIds.NotPinned);
    }

    [Fact]
    public void Suppresses_a_finding_with_a_comment_on_the_line_before()
    {
        var fixture = new PackageFixture().With("requirements.txt", "# venvlsp: disable=VENV103 -- tracked upstream\n\nnumpy\nscipy\n");
        var findings = fixture.Analyze("requirements.txt").Where(d => d.RuleId == RuleIds.NotPinned).ToList();
        Assert.Equal("scipy is not pinned: pin it to one version with ==.", Assert.Single(findings).Message);
    }

    [Fact]
    public void Suppresses_for_the_whole_file_from_the_first_comment_block()
    {
        var fixture = new PackageFixture().With("requirements.txt", "# deps\n# venvlsp: disable-file=VENV103,VENV101 -- prototype\nnumpy\nfoo\n");
        var findings = fixture.Analyze("requirements.txt");
        Assert.DoesNotContain(findings, d => d.RuleId is RuleIds.NotPinned or RuleIds.NotApproved);
    }

    [Fact]
    public void Ignores_disable_file_after_the_first_line_of_code()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy\n# venvlsp: disable-file=VENV103 -- too late\nscipy\n");
        Assert.Equal(2, fixture.Analyze("requirements.txt").Count(d => d.RuleId == RuleIds.NotPinned));
    }

    [Fact]
    public void Covers_every_line_of_a_continued_requirement()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy \\\n  --hash=sha256:ab  # venvlsp: disable=VENV103 -- hashes pin it\n");
        Assert.DoesNotContain(fixture.Analyze("requirements.txt"), d => d.RuleId == RuleIds.NotPinned);
    }

    [Fact]
    public void Reports_a_suppression_that_suppresses_nothing()
    {
        new PackageFixture().Check(RuleIds.UnusedSuppression, "requirements.txt",
            "numpy==1.26.4  # venvlsp: disable=[|VENV103|] -- old\nscipy==1.13.1  # venvlsp: disable=[|VENV999|] -- typo\n");
    }

    [Fact]
    public void Reports_a_suppression_without_a_reason()
    {
        new PackageFixture().Check(RuleIds.SuppressionWithoutReason, "requirements.txt",
            "numpy  [|# venvlsp: disable=VENV103|]\nscipy  # venvlsp: disable=VENV103 -- has one\n");
    }

    [Fact]
    public void Review_mode_ignores_every_suppression()
    {
        var fixture = new PackageFixture().With("requirements.txt", "numpy  # venvlsp: disable=VENV103 -- reason\n");
        fixture.Files.Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt", "noSuppressions": true }""");
        var findings = fixture.Analyze("requirements.txt");
        Assert.Contains(findings, d => d.RuleId == RuleIds.NotPinned);
        Assert.DoesNotContain(findings, d => d.RuleId == RuleIds.UnusedSuppression);
    }
}
