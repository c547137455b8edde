using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Jobs;

/// <summary>VENV301: a job sources activate but never calls <c>deactivate</c> after it: <c>module reset</c>
/// does not remove <c>VIRTUAL_ENV</c>, so the venv leaks into what runs next.</summary>
public sealed class Venv301NoDeactivate : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoDeactivate);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsJob) return;
        var activations = JobActivations.Of(context);
        if (activations.IsEmpty) return;
        var last = activations[^1];
        if (context.Script.Commands.Any(c => VenvCommands.IsDeactivate(c) && c.Command.Span.Start > last.Command.Span.Start)) return;
        context.Report(Descriptor, last.Command.Span,
            "The venv is activated but never deactivated in this file: module reset does not remove VIRTUAL_ENV.",
            [context.CreateFix("Insert deactivate", InsertDeactivate(context))]);
    }

    /// <summary>In a job card, just before <c>%include &lt;tail.h&gt;</c>; elsewhere at the end, before a final <c>exit</c>.</summary>
    private static TextEdit InsertDeactivate(ShellContext context)
    {
        var text = context.Text;
        var tail = context.Document.Ecf?.Includes.LastOrDefault(i => i.IsInJob && i.FileName == "tail.h");
        if (tail is not null) return LineEdits.InsertLineBefore(text, text.GetLineIndex(tail.LineSpan.Start), "deactivate");
        var lastCommand = context.Script.Root.Items.LastOrDefault();
        if (lastCommand?.Command is SimpleCommand { StaticName: "exit" } exit)
            return LineEdits.InsertLineBefore(text, text.GetLineIndex(exit.Span.Start), "deactivate");
        return LineEdits.AppendLine(text, "deactivate");
    }
}
