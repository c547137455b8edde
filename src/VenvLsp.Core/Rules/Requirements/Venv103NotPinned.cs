using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV103: a requirement not pinned to exactly one version, so the venv is not reproducible.</summary>
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
            var fixes = exact.Length == 1 && RequirementPins.PinTo(context.Text, requirement, exact[0]) is { } edit
                ? new[] { context.CreateFix($"Pin to {name}=={exact[0]}", edit) }
                : null;
            var span = requirement.SpecifierSpan is { } s ? TextSpan.FromBounds(nameSpan.Start, s.End) : nameSpan;
            context.Report(Descriptor, span, message, fixes);
        }
    }
}
