using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV306: a <c>HOME&lt;model&gt;</c> variable that does not match the package's model but is close
/// to it (<c>HOMEaigfs</c> in package aigefs): a copy from a sibling package, or a typo.</summary>
public sealed class Venv306WrongHomeVariable : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.WrongHomeVariable);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || context.HomeVariable is not { } home) return;
        foreach (var expansion in context.Script.AllNodes.OfType<ParameterExpansionPart>())
        {
            var name = expansion.Name;
            if (!ActivationTarget.IsHomeVariable(name) || !ActivationTarget.IsSlipFor(name, home)) continue;
            var nameStart = context.Text.Content.IndexOf(name, expansion.Span.Start, expansion.Span.Length, StringComparison.Ordinal);
            if (nameStart < 0) continue;
            var span = new TextSpan(nameStart, name.Length);
            context.Report(Descriptor, span, $"{name} is not this package's variable: the model is {context.Package!.Model.Name}, so it is {home}.",
                [context.CreateFix($"Use {home}", TextEdit.Replace(span, home))]);
        }
    }
}
