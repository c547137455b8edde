using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Build;

/// <summary>VENV207: the venv is created before any <c>module load python/...</c>: it is built on whatever
/// python is first on PATH (the system one), not the module the jobs load.</summary>
public sealed class Venv207NoPythonModuleBeforeVenv : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoPythonModuleBeforeVenv);

    public override void Analyze(ShellContext context)
    {
        if (context.VenvCreations.IsEmpty) return;
        var creation = context.VenvCreations[0];
        if (PythonModules.LoadedBefore(context, creation.Command.Span.Start)) return;
        context.Report(Descriptor, ShellEdits.Through(creation.Command, creation.ToolWord),
            "The venv is created without module load python/... before it: it would be built on the system python.",
            [context.CreateFix("Insert module load python/${python_ver:?}",
                ShellEdits.InsertLineBefore(context.Text, creation.Occurrence, "module load python/${python_ver:?}"))]);
    }
}
