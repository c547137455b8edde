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
        var unlisted = venv.Distributions.Where(installed =>
                build.Find(installed.NormalizedName) is null
                && (!CreatorTools.IsCreatorTool(installed.NormalizedName) || upgraded.Contains(installed.NormalizedName))
                && !(installed.LocalPath is { } local && PathUtil.IsUnder(local, root)))
            .Select(installed => (Installed: installed, Line: RequirementAdditions.LineFor(installed.Name, installed.Version is { Length: > 0 } v ? v : null)))
            .ToList();
        if (unlisted.Count == 0) return;

        // With many unlisted distributions, each finding's first fix adds them all: the same edits for
        // every finding, which check --fix applies once, instead of one line a round.
        var all = unlisted.Count > 1
            ? RequirementAdditions.Create(context.Snapshot, context.Path, [.. unlisted.Select(u => (u.Installed.Name, u.Line))],
                $"Add the {unlisted.Count} distributions venv/ holds that the requirements do not list")
            : null;
        var span = FirstLine(context.Text);
        foreach (var (installed, line) in unlisted)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var installedText = installed.Version is { Length: > 0 } version ? $"{installed.Name} {version}" : installed.Name;
            var one = RequirementAdditions.Create(context.Snapshot, context.Path, installed.Name, line, $"Add {line}");
            context.Report(Descriptor, span,
                $"{installedText} is installed in venv/ but the requirements do not list it: list every dependency of the venv, the ones pip installs for others too.",
                new[] { all, one }.OfType<Fix>(),
                [new RelatedLocation(Location.StartOf(installed.MetadataPath), $"{installedText} installed here")]);
        }
    }

    /// <summary>The first line's text (an empty span at the start for an empty file).</summary>
    private static TextSpan FirstLine(SourceText text) => text.LineCount == 0 ? new TextSpan(0, 0) : text.GetLineSpan(0);
}
