using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV304: a <c>module load</c> while the venv is active: a module can put its own python first
/// on PATH, in front of the venv's.</summary>
public sealed class Venv304ModuleLoadAfterActivate : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.ModuleLoadAfterActivate);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob) return;
        var activations = JobActivations.Of(context);
        if (activations.IsEmpty) return;
        var start = activations[0].Command.Span.Start;
        var end = context.Script.Commands.Where(c => VenvCommands.IsDeactivate(c) && c.Command.Span.Start > start)
            .Select(c => c.Command.Span.Start).DefaultIfEmpty(int.MaxValue).First();
        foreach (var occurrence in context.Script.Commands)
        {
            if (occurrence.Command.Span.Start <= start || occurrence.Command.Span.Start >= end) continue;
            if (!VenvCommands.ModuleLoads(occurrence).Any()) continue;
            context.Report(Descriptor, occurrence.Command.Span,
                "A module is loaded after the venv is activated: it can put another python first on PATH. Load modules before the activation.");
        }
    }
}
