using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV300: the package's venv activated in another form than
/// <c>source ${HOME&lt;model&gt;}/venv/bin/activate</c> (<c>$HOMEaigfs</c> without braces, or in quotes, is fine).</summary>
public sealed class Venv300NonStandardActivation : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NonStandardActivation);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || context.HomeVariable is not { } home) return;
        foreach (var activation in JobActivations.Of(context))
        {
            if (ActivationTarget.Classify(context, activation).Kind != ActivationKind.NonStandardForm) continue;
            var standard = $"source ${{{home}}}/venv/bin/activate";
            var why = !activation.UsesSource ? "with \".\" instead of source" : $"through {activation.PathWord.Text}";
            context.Report(Descriptor, activation.Command.Span, $"The venv is activated {why}: the standard form is {standard}.",
                [context.CreateFix("Rewrite to the standard form", TextEdit.Replace(activation.Command.Span, standard))]);
        }
    }
}
