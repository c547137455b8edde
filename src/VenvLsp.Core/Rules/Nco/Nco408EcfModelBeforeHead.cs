using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Rules.Jobs;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO408: a job card that does not set <c>model</c> before <c>%include &lt;head.h&gt;</c>. Any assignment the shell
/// performs counts: <c>model=hafs</c> without <c>export</c> (head.h runs in the same shell), <c>export model=aigfs</c>,
/// <c>export export model=aigfs</c>, and one in an include before head.h. Silent when there is no head.h (NCO407)
/// or when an include before it cannot be read. Fix (editor only): insert <c>export model=NAME</c> before head.h.
/// </summary>
public sealed class Nco408EcfModelBeforeHead : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.EcfModelBeforeHead);

    public override void Analyze(ShellContext context)
    {
        if (!EcfStructure.IsJobCard(context) || EcfStructure.FirstHead(context.Document.Ecf!) is not { } head) return;
        var headStart = head.LineSpan.Start;
        var assignments = ModelAssignments(context.Script).ToList();
        if (assignments.Any(e => e.Span.End <= headStart)) return;

        var (includes, allResolved) = EcfIncludes.Before(context, headStart);
        if (includes.Any(i => ModelAssignments(i.Document.Script).Any())) return;
        if (!allResolved) return;

        if (assignments.FirstOrDefault() is { } late)
        {
            context.Report(Descriptor, late.Span,
                "model is set after %include <head.h>: head.h has already used it to set HOME${model}, so that variable is empty. Move this line above the include.");
            return;
        }
        var name = context.Package?.Model.Name;
        var fixes = name is null ? null : new[]
        {
            context.CreateUnsafeFix($"Insert export model={name}",
                LineEdits.InsertLineBefore(context.Text, context.Text.GetLineIndex(headStart), $"export model={name}")),
        };
        context.Report(Descriptor, head.LineSpan,
            $"model is not set before %include <head.h>: head.h sets HOME${{model}} from it, so every ${{HOME...}} path in the job starts at /. Write export model={name ?? "<model>"} above the include.",
            fixes);
    }

    /// <summary>Assignments of <c>model</c> that the job's own shell performs (not in a child shell or a function).</summary>
    private static IEnumerable<VariableEvent> ModelAssignments(ShellScript script) =>
        script.VariableEvents.Where(e => e.Name == "model" && e.Value is not null && e.Scope is null && !e.IsCommandPrefix);
}
