using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Pep508;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV101: a package the approved software list does not name.</summary>
public sealed class Venv101NotApproved : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NotApproved);

    public override void Analyze(RequirementsContext context)
    {
        if (!context.Approved.IsUsable) return;
        var list = context.Approved.List;
        foreach (var requirement in context.File.Requirements)
        {
            if (requirement is not { Name: { } name, NameSpan: { } span } || requirement.Errors.Length > 0) continue;
            if (list.Contains(name)) continue;
            var normalized = PackageName.Normalize(name);
            var suggestion = EditDistance.Suggest(normalized, list.Names.Select(PackageName.Normalize));
            var approvedName = suggestion is null ? null : list.EntriesFor(suggestion)[0].Name;
            var message = approvedName is null
                ? $"{name} is not on the approved software list."
                : $"{name} is not on the approved software list. Did you mean {approvedName}?";
            var fixes = approvedName is null ? null : new[] { context.CreateFix($"Replace with {approvedName}", TextEdit.Replace(span, approvedName)) };
            context.Report(Descriptor, span, message, fixes);
        }
    }
}
