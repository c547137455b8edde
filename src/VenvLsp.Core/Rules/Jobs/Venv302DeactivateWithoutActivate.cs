using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV302: <c>deactivate</c> in a file that never sourced activate (a J-job or ex-script run as a
/// child process): the function does not exist there, so the job fails with "command not found" (127).</summary>
public sealed class Venv302DeactivateWithoutActivate : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DeactivateWithoutActivate);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob || JobActivations.DefinesDeactivate(context)) return;
        var activations = JobActivations.Of(context);
        var deactivations = context.Script.Commands.Where(VenvCommands.IsDeactivate).ToList();
        if (deactivations.Count == 0) return;
        // An include of a job card may activate; when one cannot be read, stay silent.
        var (includes, allResolved) = EcfIncludes.All(context);
        if (!allResolved || includes.Any(i => i.Document.Script.Commands.Any(c => VenvCommands.AsActivation(c) is not null))) return;
        foreach (var deactivate in deactivations)
        {
            if (activations.Any(a => a.Command.Span.Start < deactivate.Command.Span.Start)) continue;
            var line = context.Text.GetLineIndex(deactivate.Command.Span.Start);
            var alone = context.Text.GetLineText(line).Trim() == deactivate.Command.ToString().Trim();
            var fixes = alone ? new[] { context.CreateFix("Remove the line", LineEdits.DeleteLines(context.Text, line, line)) } : null;
            context.Report(Descriptor, deactivate.Command.Span,
                "deactivate is a function that only the shell which sourced activate has; this file never did, so it fails with \"command not found\". Deactivate where the venv is activated (normally the ecf job card).",
                fixes, Related(context));
        }
    }

    /// <summary>The files of the package that activate the venv.</summary>
    private static IEnumerable<RelatedLocation> Related(ShellContext context)
    {
        if (context.PackageRoot is not { } root) yield break;
        foreach (var path in PackageVenv.Get(context.Snapshot, root).ActivatingFiles.Take(5))
        {
            if (path == context.Path || context.Snapshot.GetShell(path) is not { } document || context.Snapshot.ReadText(path) is not { } text) continue;
            var activation = document.Script.Commands.Select(VenvCommands.AsActivation).OfType<Activation>().FirstOrDefault();
            if (activation is null) continue;
            yield return new RelatedLocation(Location.Create(path, text, activation.Command.Span), "the venv is activated here");
        }
    }
}
