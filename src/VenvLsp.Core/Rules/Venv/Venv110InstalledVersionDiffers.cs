using VenvLsp.Diagnostics;
using VenvLsp.Pep440;
using VenvLsp.Rules.Requirements;

namespace VenvLsp.Rules.Venv;

/// <summary>
/// VENV110: a requirement pinned to one version (<c>==</c>, <c>===</c>) while the built venv holds
/// another: the venv is stale (the pin changed after the build) or the build installed something else.
/// Reported at the pin, in the files the build installs from.
/// </summary>
/// <remarks>The comparison is PEP 440's: <c>==2.3.1</c> accepts an installed <c>2.3.1+cpu</c>. When
/// several lines pin the same distribution (under different markers), a line is not reported when
/// another line pins the installed version.</remarks>
public sealed class Venv110InstalledVersionDiffers : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.InstalledVersionDiffers);

    public override void Analyze(RequirementsContext context)
    {
        if (context.PackageRoot is not { } root) return;
        var venv = BuiltVenv.Get(context.Snapshot, root);
        if (!venv.Exists) return;
        if (!BuildRequirementFiles.Get(context.Snapshot, root).IsInstalledFrom(context.Path)) return;
        var requirements = context.File.Requirements.Where(r => r is { Name: not null, IsPinned: true, SpecifierSpan: not null } && !r.IsDirectReference).ToList();
        foreach (var requirement in requirements)
        {
            if (venv.Find(requirement.Name!) is not { Version: { } versionText } installed) continue;
            if (!Pep440Version.TryParse(versionText, out var version) || requirement.Specifiers.Contains(version, prereleases: true)) continue;
            if (requirements.Any(other => !ReferenceEquals(other, requirement) && other.NormalizedName == requirement.NormalizedName
                                          && other.Specifiers.Contains(version, prereleases: true)))
                continue;
            var pin = requirement.Specifiers.Specifiers.First(s => s.IsExactPin);
            context.Report(Descriptor, requirement.SpecifierSpan!.Value,
                $"{requirement.Name} is pinned to {pin.VersionText} but venv/ has {installed.Name} {versionText} installed: rebuild the venv from these requirements, or correct the pin.",
                related: [new RelatedLocation(Location.StartOf(installed.MetadataPath), $"{installed.Name} {versionText} installed here")]);
        }
    }
}
