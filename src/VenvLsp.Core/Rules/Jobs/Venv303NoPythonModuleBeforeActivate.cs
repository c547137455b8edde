using VenvLsp.Diagnostics;
using VenvLsp.Rules.Build;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV303: the venv is activated without <c>module load python/...</c> before it, in the job or
/// in what it includes before: a venv made with copies still needs the base python's library at run time.</summary>
public sealed class Venv303NoPythonModuleBeforeActivate : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoPythonModuleBeforeActivate);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob) return;
        var activations = JobActivations.Of(context);
        if (activations.IsEmpty) return;
        var first = activations[0];
        if (PythonModules.LoadedBefore(context, first.Command.Span.Start)) return;
        var (includes, allResolved) = EcfIncludes.Before(context, first.Command.Span.Start);
        if (!allResolved) return;
        if (includes.Any(i => i.Document.Script.Commands.Any(VenvCommands.LoadsPython))) return;
        context.Report(Descriptor, first.Command.Span,
            "The venv is activated without module load python/... before it: its copies still load the standard library from the python module.",
            [context.CreateFix("Insert module load python/${python_ver:?}",
                ShellEdits.InsertLineBefore(context.Text, first.Occurrence, "module load python/${python_ver:?}"))]);
    }
}
