using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO405: a shell script (J-job, ex-script, ush shell script) that never turns on xtrace. Any <c>set</c> that turns
/// it on counts, wherever it stands (<c>set -x</c>, <c>set -xa</c>, <c>set -eux</c>, <c>set -o xtrace</c>, a
/// <c>debug)</c> branch), and so does <c>#!/bin/bash -x</c>. Python and Perl scripts have no <c>set -x</c>.
/// Fix: insert <c>set -x</c> after the <c>#!</c> line (at the top when there is none).
/// </summary>
public sealed class Nco405NoSetX : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoSetX);

    public override void Analyze(ShellContext context)
    {
        if (NcoScripts.RoleOf(context) == ScriptRole.None) return;
        var text = context.Text;
        if (NcoScripts.LanguageOf(context.Path, text) != ScriptLanguage.Shell) return;
        if (context.Script.HasOptionEnabled("xtrace")) return;
        var shebang = Shebang.Read(text);
        if (shebang is { EnablesXtrace: true }) return;

        var edit = shebang is null ? LineEdits.InsertLineBefore(text, 0, "set -x") : LineEdits.InsertLineAfter(text, 0, "set -x");
        context.Report(Descriptor, NcoScripts.FileAnchor(text),
            "This script never runs set -x: without it the job's output does not show the commands it ran, which is what operators read when a job fails.",
            [context.CreateFix("Insert set -x", edit)]);
    }
}
