using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Build;

/// <summary>VENV205: the build creates a venv but never rewrites <c>VIRTUAL_ENV</c> in its activate script.</summary>
public sealed class Venv205NoActivateRewrite : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoActivateRewrite);

    public override void Analyze(ShellContext context)
    {
        if (context.VenvCreations.IsEmpty || context.HomeVariable is not { } home) return;
        var creation = context.VenvCreations[^1];
        var rewrites = context.Script.Commands.Select(ActivateRewrite.From).OfType<ActivateRewrite>().ToList();
        if (rewrites.Count > 0) return; // VENV206 judges them
        var fixes = creation.Target is { } target
            ? new[] { context.CreateFix("Insert a VIRTUAL_ENV rewrite after the venv is created",
                ShellEdits.InsertLineAfter(context.Text, creation.Occurrence, RobustRewrite.Command(home, RobustRewrite.ActivateOf(target.Text)))) }
            : null;
        context.Report(Descriptor, ShellEdits.Through(creation.Command, creation.ToolWord),
            $"The build never rewrites VIRTUAL_ENV in the venv's bin/activate: it keeps the build path. Set it to ${{{home}}}/venv.", fixes);
    }
}
