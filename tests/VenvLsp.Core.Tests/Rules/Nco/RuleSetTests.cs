using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Nco;

public class NcoRuleSetTests
{
    /// <summary>A package with something for every NCO rule to report.</summary>
    private static PackageFixture NonCompliant() => NcoPackage.Compliant()
        .With("jobs/jaigfs_prep.sh", "#!/usr/bin/env bash\nexport HOMEaigfs=/lfs/h2/emc/x/aigfs\n${HOMEaigfs}/scripts/exaigfs_prep.sh\nrm -rf $DATA\n")
        .With("scripts/aigfs_prep.sh", "echo prep\r\n")
        .With("ush/exaigfs_Helper", "#!/bin/bash\nset -x\n")
        .With("ecf/aigfs/prep/jaigfs_prep.ecf", "#SBATCH -N 1\n%include <tail.h>\n%include <head.h>\n${HOMEaigfs}/jobs/JAIGFS_PRE\n%manual\n")
        .With("versions/run.ver", "export python_ver=v3.11.7\nexport hdf5_ver=1.14.0\n");

    private static readonly string[] Files =
        ["jobs/jaigfs_prep.sh", "scripts/aigfs_prep.sh", "ush/exaigfs_Helper", "ecf/aigfs/prep/jaigfs_prep.ecf", "versions/run.ver", "versions/build.ver"];

    [Fact]
    public void Every_NCO_rule_reports_in_the_non_compliant_package()
    {
        var fixture = NonCompliant();
        var ids = Files.SelectMany(f => fixture.Analyze(f)).Select(d => d.RuleId).Where(id => id.StartsWith("NCO")).ToHashSet();
        var expected = RuleCatalog.All.Where(r => r.Set == RuleSet.Nco).Select(r => r.Id);
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public void The_venv_rule_set_alone_switches_every_NCO_rule_off()
    {
        var fixture = NonCompliant().With("/repo/venvlsp.json", """{ "approvedList": "approved.txt", "ruleSets": ["venv"] }""");
        Assert.DoesNotContain(Files.SelectMany(f => fixture.Analyze(f)), d => d.Rule.Set == RuleSet.Nco);
    }

    [Fact]
    public void The_compliant_package_has_no_NCO_findings()
    {
        var fixture = NcoPackage.Compliant();
        var findings = NcoPackage.CompliantFiles.SelectMany(f => fixture.Analyze(f)).Where(d => d.Rule.Set == RuleSet.Nco).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(d => $"{d.RuleId} {d.Location.Path}: {d.Message}")));
    }

    [Fact]
    public void A_suppression_comment_silences_an_NCO_rule() =>
        NcoPackage.Compliant().Check(RuleIds.NoSetX, "ush/aigfs_prep.sh", "#!/bin/bash\n# venvlsp: disable-file=NCO405 -- sourced by scripts that set -x\necho prep\n");
}
