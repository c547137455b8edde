using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV108: approval could not be checked. Said once per file, never silently skipped.</summary>
public sealed class Venv108NoApprovedList : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoApprovedList);

    public override void Analyze(RequirementsContext context)
    {
        var approved = context.Approved;
        if (approved.IsUsable) return;
        var first = context.File.Requirements.FirstOrDefault(r => r.Name is not null);
        if (first is null) return;
        var message = approved.IsConfigured
            ? $"The approved list cannot be read ({string.Join("; ", approved.ReadProblems)}): approval was not checked."
            : "No approved list is configured (set \"approvedList\" in venvlsp.json): approval was not checked.";
        context.Report(Descriptor, first.NameSpan ?? new TextSpan(0, 0), message);
    }
}
