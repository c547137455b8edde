using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Build;

/// <summary>VENV211: the venv is created where an old one may still be (no <c>rm -rf</c> of the folder
/// before, no <c>--clear</c>): packages from the last build stay in it.</summary>
public sealed class Venv211VenvOverOldOne : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvOverOldOne);

    public override void Analyze(ShellContext context)
    {
        foreach (var creation in context.VenvCreations)
        {
            if (creation.Options.Any(o => o.Text.StartsWith("--cle", StringComparison.Ordinal))) continue;
            if (creation.Target is not { } target) continue;
            var targetPath = context.Paths.Resolve(target, creation.Command.Span.Start) ?? target.Normalized.Trim('"');
            var removed = context.Script.Commands
                .TakeWhile(c => c.Command.Span.Start < creation.Command.Span.Start)
                .Where(c => c.Command.StaticName == "rm")
                // A removal in a branch (the "clean" option) does not happen on the way to this creation.
                .Where(c => !c.Is(VenvLsp.Shell.CommandContext.InBranch) || creation.Occurrence.Is(VenvLsp.Shell.CommandContext.InBranch))
                .SelectMany(c => c.Command.Arguments.Select(a => (Command: c, Word: a)))
                .Any(x => (context.Paths.Resolve(x.Word, x.Command.Command.Span.Start) ?? x.Word.Normalized.Trim('"')) is var removedPath &&
                          (removedPath == targetPath || removedPath.TrimEnd('/') == targetPath.TrimEnd('/')));
            if (removed) continue;
            context.Report(Descriptor, target.Span,
                "The venv is created over whatever an earlier build left there: remove the folder first (rm -rf) or add --clear.");
        }
    }
}
