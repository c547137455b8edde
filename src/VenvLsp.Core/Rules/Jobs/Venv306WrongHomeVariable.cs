using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV306: a <c>HOME&lt;model&gt;</c> variable that does not match the package's model but is close
/// to it (<c>HOMEaigfs</c> in package aigefs): a copy from a sibling package, or a typo.</summary>
public sealed partial class Venv306WrongHomeVariable : Rule<ShellContext>
{
    private static bool MayHaveSlip(string text, string home)
    {
        foreach (System.Text.RegularExpressions.Match match in HomeNames().Matches(text))
            if (ActivationTarget.IsHomeVariable(match.Value) && ActivationTarget.IsSlipFor(match.Value, home)) return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"HOME[A-Za-z0-9_]*")]
    private static partial System.Text.RegularExpressions.Regex HomeNames();

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.WrongHomeVariable);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || context.HomeVariable is not { } home) return;
        // Most jobs name only their own HOME variable: say so from the text before walking the tree.
        if (!MayHaveSlip(context.Text.Content, home)) return;
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
