using VenvLsp.Diagnostics;
using VenvLsp.Requirements;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV105: a URL, path, archive or editable install: it bypasses the approved list and needs
/// a network or a developer's path at build time.</summary>
public sealed class Venv105DirectReference : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DirectReference);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var requirement in context.File.Requirements)
        {
            if (!requirement.IsDirectReference) continue;
            var what = requirement.IsEditable ? "An editable install (-e)"
                : requirement.Kind switch
                {
                    RequirementKind.Url => "A URL requirement",
                    RequirementKind.Path => "A local path",
                    RequirementKind.Archive => "An archive file",
                    _ => "A direct reference",
                };
            context.Report(Descriptor, requirement.TextSpan,
                $"{what} bypasses the approved list and needs a network or a developer path at build time: require a released version by name instead.");
        }
    }
}
