using System.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Rules.Scripts;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Nco;

public class NcoPerformanceTests
{
    private const string Block = """
        export COMIN_${i}=${COMROOT}/aigfs/${aigfs_ver}/gfs.${PDY}/${cyc}
        if [[ -s ${COMIN}/file_${i} ]]; then cp ${COMIN}/file_${i} $DATA/ ; fi
        module load netcdf/${netcdf_ver}
        ${HOMEaigfs}/scripts/exaigfs_forecast.sh
        export err=$?; err_chk
        [[ $KEEPDATA == NO ]] && rm -rf $DATA
        ${HOMEaigfs}/jobs/JAIGFS_FORECAST

        """;

    /// <summary>The NCO rules stay linear in the length of a script. A rule that asked each ex-script call for its
    /// ancestors (a descent from the root per call) took seconds on this script; the linear rules take a few hundred
    /// milliseconds at worst on a busy machine. The best of three runs counts.</summary>
    [Theory]
    [InlineData("jobs/JAIGFS_LONG")]
    [InlineData("ecf/aigfs/long.ecf")]
    public void The_NCO_rules_stay_linear_on_a_script_of_seventeen_thousand_lines(string relative)
    {
        var best = BestTime(relative, 2400);
        Assert.True(best < 1500, $"{best:F0} ms");
    }

    private static double BestTime(string relative, int blocks)
    {
        var head = relative.EndsWith(".ecf") ? "export model=aigfs\n%include <head.h>\n" : "#!/bin/bash\nset -xa\n";
        var fixture = NcoPackage.Compliant().With(relative, head + string.Concat(Enumerable.Repeat(Block, blocks)));
        var path = PackageFixture.Path(relative);
        var snapshot = new WorkspaceSnapshot(fixture.Files);
        var root = snapshot.PackageRootOf(path);
        var text = snapshot.ReadText(path)!;
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        var context = new ShellContext(snapshot, path, text, DocumentAnalyzer.KindOf(path, root, options, text), options, root, snapshot.GetShell(path)!, default);
        var rules = RuleRegistry.Shell.Where(r => r.Descriptor.Set == VenvLsp.Diagnostics.RuleSet.Nco).ToList();
        foreach (var rule in rules) rule.Analyze(context); // warm up, and the package model
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var rule in rules) rule.Analyze(context);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
