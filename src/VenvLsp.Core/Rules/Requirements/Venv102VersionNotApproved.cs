using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV102: a version, or a range, that the approved list does not allow for an approved package.
/// A requirement without any version is VENV103's (its fix pins to the approved version).</summary>
public sealed class Venv102VersionNotApproved : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VersionNotApproved);

    public override void Analyze(RequirementsContext context)
    {
        if (!context.Approved.IsUsable) return;
        var list = context.Approved.List;
        foreach (var requirement in context.File.Requirements)
        {
            if (requirement is not { Name: { } name, NameSpan: { } nameSpan } || requirement.IsDirectReference ||
                requirement.Errors.Length > 0 || !list.Contains(name) || requirement.Specifiers.IsEmpty)
                continue;
            if (list.Allows(name, requirement.Specifiers)) continue;
            var allowed = string.Join(" or ", list.EntriesFor(name).Select(e => e.Specifiers.ToString()).Distinct());
            var what = requirement.Specifiers.ToString();
            var message = $"{name} {what} is outside what the approved list allows ({allowed}).";
            var newest = list.ExactVersions(name).FirstOrDefault();
            var edit = newest is null ? null : RequirementPins.PinTo(context.Text, requirement, newest);
            var fixes = edit is null ? null : new[] { context.CreateFix($"Pin to {name}=={newest}", edit) };
            context.Report(Descriptor, requirement.SpecifierSpan ?? nameSpan, message, fixes);
        }
    }
}
