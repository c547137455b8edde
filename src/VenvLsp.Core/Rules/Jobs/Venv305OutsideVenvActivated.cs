using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV305: a venv outside the package is activated (<c>/apps/prod/ve/...</c>, another package's
/// <c>HOME</c> variable): the package no longer controls what its jobs run.</summary>
public sealed class Venv305OutsideVenvActivated : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.OutsideVenvActivated);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || context.HomeVariable is not { } home) return;
        foreach (var activation in JobActivations.Of(context))
        {
            if (ActivationTarget.Classify(context, activation).Kind != ActivationKind.OutsidePackage) continue;
            context.Report(Descriptor, activation.PathWord.Span,
                $"{activation.PathWord.Text} is a venv outside this package: the standard has each package carry its own, activated as source ${{{home}}}/venv/bin/activate.");
        }
    }
}
