using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV206: the <c>VIRTUAL_ENV</c> rewrite is there but ineffective: it cannot match the templates
/// of Python &gt;= 3.12 / virtualenv &gt;= 20.36 (<c>^VIRTUAL_ENV=</c>), or it writes the wrong value (ends in
/// <c>/bin/activate</c>, an absolute path, or expanded at build time).</summary>
public sealed class Venv206IneffectiveActivateRewrite : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.IneffectiveActivateRewrite);

    public override void Analyze(ShellContext context)
    {
        if (context.HomeVariable is not { } home) return;
        foreach (var rewrite in context.Script.Commands.Select(ActivateRewrite.From).OfType<ActivateRewrite>())
        {
            var verdict = RewriteVerdict.Judge(rewrite, home);
            if (verdict.IsEffective) continue;
            var fix = context.CreateFix("Replace with the rewrite that works on every template",
                TextEdit.Replace(rewrite.Command.Span, RobustRewrite.Command(home, rewrite.File.Text)));
            context.Report(Descriptor, rewrite.Command.Span, verdict.Problem!, [fix]);
        }
    }
}
