using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO416: a J-job removes <c>$DATA</c> whatever <c>KEEPDATA</c> says, or never removes the <c>$DATA</c> it makes.
/// A removal is guarded when it sits in an <c>if</c> whose tests, a <c>case</c> whose subject, or an and-or list whose
/// other commands name <c>KEEPDATA</c> (<c>[[ $KEEPDATA = NO ]] &amp;&amp; rm -rf $DATA</c>), or in a function whose call is
/// guarded so. "Never removes" is only said of a J-job that sets, makes or enters <c>$DATA</c> itself. No fix.
/// </summary>
public sealed class Nco416DataRemoval : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DataRemoval);

    public override void Analyze(ShellContext context)
    {
        if (context.Kind != DocumentKind.JJob || NcoScripts.LanguageOf(context.Path, context.Text) != ScriptLanguage.Shell) return;
        var removals = DataCleanup.Removals(context.Script).ToList();
        foreach (var removal in removals.Where(r => !r.IsGuarded))
            context.Report(Descriptor, removal.Occurrence.Command.Span,
                "$DATA is removed whatever KEEPDATA says: when a run fails, its working directory is gone before anyone can look. Guard it: if [ \"${KEEPDATA:-NO}\" != \"YES\" ]; then rm -rf \"${DATA}\"; fi");
        if (removals.Count > 0 || DataCleanup.FirstUse(context.Script) is not { } use) return;
        context.Report(Descriptor, use,
            "This J-job makes its working directory $DATA but never removes it: every run leaves one behind under $DATAROOT. Remove it at the end, guarded by KEEPDATA.");
    }
}
