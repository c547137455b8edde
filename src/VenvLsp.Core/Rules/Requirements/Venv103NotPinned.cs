using VenvLsp.Diagnostics;
using VenvLsp.Pep440;
using VenvLsp.Requirements;
using VenvLsp.Rules.Venv;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV103: a requirement not pinned to exactly one version, so the venv is not reproducible.
/// The fix pins to the approved list's exact version when the list names exactly one, else to the
/// version installed in the package's built venv when that version is one the requirement and the
/// approved list (when configured) allow.</summary>
public sealed class Venv103NotPinned : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NotPinned);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var requirement in context.File.Requirements)
        {
            if (requirement is not { Name: { } name, NameSpan: { } nameSpan } || requirement.IsDirectReference ||
                requirement.Errors.Length > 0 || requirement.IsPinned)
                continue;
            if (requirement.HasTemplatePlaceholder &&
                context.File.Placeholders.Any(p => p.Start >= nameSpan.End && p.Start <= requirement.TextSpan.End))
                continue; // "numpy{{ numpy_pin }}": the template supplies the version
            var exact = context.Approved.IsUsable ? context.Approved.List.ExactVersions(name) : [];
            var message = requirement.Specifiers.IsEmpty
                ? $"{name} is not pinned: pin it to one version with ==."
                : $"{name}{requirement.Specifiers} allows more than one version: pin it with ==.";
            Fix[]? fixes = null;
            if (exact.Length == 1 && RequirementPins.PinTo(context.Text, requirement, exact[0]) is { } edit)
                fixes = [context.CreateFix($"Pin to {name}=={exact[0]}", edit)];
            else if (InstalledVersion(context, requirement) is { } installed && RequirementPins.PinTo(context.Text, requirement, installed) is { } pin)
                fixes = [context.CreateFix($"Pin to {name}=={installed} (installed in venv/)", pin)];
            var span = requirement.SpecifierSpan is { } s ? TextSpan.FromBounds(nameSpan.Start, s.End) : nameSpan;
            context.Report(Descriptor, span, message, fixes);
        }
    }

    /// <summary>The version the built venv holds, when pinning to it keeps what the line and the approved list allow.</summary>
    private static Pep440Version? InstalledVersion(RequirementsContext context, RequirementEntry requirement)
    {
        if (context.PackageRoot is not { } root || requirement.Name is not { } name) return null;
        var venv = BuiltVenv.Get(context.Snapshot, root);
        if (!venv.Exists || venv.Find(name) is not { Version: { } text } || !Pep440Version.TryParse(text, out var version)) return null;
        if (!requirement.Specifiers.Contains(version, prereleases: true)) return null;
        if (context.Approved.IsUsable && !context.Approved.List.Allows(name, SpecifierSet.Parse("==" + version))) return null;
        return version;
    }
}
