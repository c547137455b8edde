using VenvLsp.Diagnostics;
using VenvLsp.Rules.Requirements;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>
/// VENV109: a distribution installed in the built venv that the build's requirements do not list
/// ("requirements.txt must contain all venv dependencies", transitive ones included). Reported in the
/// first requirements file the build installs from, on its first line, once per distribution, with a
/// fix that adds <c>name==installed-version</c>.
/// </summary>
/// <remarks>Not reported: <c>pip</c>, <c>setuptools</c> and <c>wheel</c> unless the build installs them
/// itself (<see cref="CreatorTools"/>); distributions installed from a folder or archive inside the
/// package (its own code, <c>pip install -e ./sorc/lib</c>).</remarks>
public sealed class Venv109InstalledNotListed : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.InstalledNotListed);

    public override void Analyze(RequirementsContext context)
    {
        if (context.PackageRoot is not { } root) return;
        // Cheapest and steadiest facts first: most requirements files depend on nothing more.
        var venv = BuiltVenv.Get(context.Snapshot, root);
        if (!venv.Exists || venv.Distributions.Count == 0) return;
        if (BuildRequirementFiles.Get(context.Snapshot, root).TargetFile != context.Path) return;
        var build = BuildRequirements.Get(context.Snapshot, root);
        var upgraded = CreatorTools.UpgradedBy(context.Snapshot, root);
        var span = FirstLine(context.Text);
        foreach (var installed in venv.Distributions)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (build.Find(installed.NormalizedName) is not null) continue;
            if (CreatorTools.IsCreatorTool(installed.NormalizedName) && !upgraded.Contains(installed.NormalizedName)) continue;
            if (installed.LocalPath is { } local && PathUtil.IsUnder(local, root)) continue;
            var version = installed.Version is { Length: > 0 } v ? v : null;
            var line = RequirementAdditions.LineFor(installed.Name, version);
            var installedText = version is null ? installed.Name : $"{installed.Name} {version}";
            var fix = RequirementAdditions.Create(context.Snapshot, context.Path, installed.Name, line, $"Add {line}");
            context.Report(Descriptor, span,
                $"{installedText} is installed in venv/ but the requirements do not list it: list every dependency of the venv, the ones pip installs for others too.",
                fix is null ? null : [fix],
                [new RelatedLocation(Location.StartOf(installed.MetadataPath), $"{installedText} installed here")]);
        }
    }

    /// <summary>The first line's text (an empty span at the start for an empty file).</summary>
    private static TextSpan FirstLine(SourceText text) => text.LineCount == 0 ? new TextSpan(0, 0) : text.GetLineSpan(0);
}
