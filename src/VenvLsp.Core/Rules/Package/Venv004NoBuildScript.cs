using VenvLsp.Diagnostics;
using VenvLsp.Rules.Jobs;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Package;

/// <summary>VENV004: jobs activate <c>${HOME&lt;model&gt;}/venv</c> but no build script of the package creates it.</summary>
public sealed class Venv004NoBuildScript : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoBuildScript);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || context.PackageRoot is not { } root || context.HomeVariable is null) return;
        if (PackageVenv.Get(context.Snapshot, root).BuildScripts.Count > 0) return;
        foreach (var activation in JobActivations.Of(context))
        {
            var kind = ActivationTarget.Classify(context, activation).Kind;
            if (kind is not (ActivationKind.Standard or ActivationKind.NonStandardForm)) continue;
            context.Report(Descriptor, activation.Command.Span,
                "This job activates the package's venv, but no build script of the package creates it (python -m venv --copies in sorc/build_venv.sh, say).");
        }
    }
}
