using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO401: a file in <c>jobs/</c> whose name is not <c>J[A-Z0-9_]+</c> without an extension. Generic so
/// that it runs on shell J-jobs and on a Python file dropped into <c>jobs/</c> alike. A rename is not a text
/// edit: no fix.</summary>
public sealed class Nco401JJobName<TContext> : Rule<TContext> where TContext : DocumentContext
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.JJobName);

    public override void Analyze(TContext context)
    {
        if (NcoScripts.RoleOf(context) != ScriptRole.JJob) return;
        var name = NcoScripts.NameOf(context);
        if (ScriptNames.IsJJobName(name)) return;
        var suggestion = ScriptNames.SuggestJJob(name);
        string message;
        if (ScriptNames.ExtensionOf(name) is not null && ScriptNames.IsJJobName(ScriptNames.StemOf(name)))
            message = $"J-jobs have no extension: rename {name} to {suggestion} (and the ecf job cards that call it).";
        else if (!name.StartsWith('J'))
            message = $"{name} is in jobs/ but is not named like a J-job (J[A-Z0-9_]+): rename it to {suggestion}, or move it out of jobs/ if it is not a J-job.";
        else
            message = $"J-job name {name} is not J[A-Z0-9_]+ (capitals, digits and underscores, no extension): rename it to {suggestion}.";
        context.Report(Descriptor, NcoScripts.FileAnchor(context.Text), message);
    }
}
