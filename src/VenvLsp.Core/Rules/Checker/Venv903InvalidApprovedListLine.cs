using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Checker;

/// <summary>VENV903: lines of the approved list that are not plain requirements.</summary>
public sealed class Venv903InvalidApprovedListLine : Rule<DocumentContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.InvalidApprovedListLine);

    public override void Analyze(DocumentContext context)
    {
        foreach (var problem in context.Snapshot.GetApprovedListProblems(context.Path))
            context.Report(Descriptor, problem.Span, problem.Message);
    }
}
