using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO407: a job card without <c>%include &lt;head.h&gt;</c> and <c>%include &lt;tail.h&gt;</c>, head first.
/// Includes inside <c>%comment</c>/<c>%manual</c> do not count (they never reach the job); other includes between
/// the two do not matter.</summary>
public sealed class Nco407EcfHeadTail : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.EcfHeadTail);

    public override void Analyze(ShellContext context)
    {
        if (!EcfStructure.IsJobCard(context)) return;
        var ecf = context.Document.Ecf!;
        var head = EcfStructure.FirstHead(ecf);
        var tail = EcfStructure.FirstTail(ecf);
        var text = context.Text;
        if (head is null && tail is null)
            context.Report(Descriptor, NcoScripts.FileAnchor(text),
                "This job card includes neither head.h nor tail.h: the job gets no package variables or versions, and ecFlow never learns that it ended. Add %include <head.h> before the commands and %include <tail.h> after them.");
        else if (head is null)
            context.Report(Descriptor, NcoScripts.FileAnchor(text),
                "This job card has no %include <head.h>: the job runs without module reset, HOME<model> or versions/run.ver. Add it (after the model=... line) before the commands.");
        else if (tail is null)
            context.Report(Descriptor, LastJobLine(text, context.Script.Text),
                "This job card has no %include <tail.h>: ecFlow is never told that the job completed, and the suite waits on it. Add it after the last command.");
        else if (tail.LineSpan.Start < head.LineSpan.Start)
            context.Report(Descriptor, tail.LineSpan,
                "%include <tail.h> comes before %include <head.h>: tail.h ends the job, so head.h and everything after it never run.");
    }

    /// <summary>The last line with shell on it (a %manual block at the end is blanked in the shell text).</summary>
    private static TextSpan LastJobLine(SourceText text, string shellText)
    {
        for (var line = text.LineCount - 1; line >= 0; line--)
        {
            var span = text.GetLineSpan(line);
            if (!shellText.AsSpan(span.Start, span.Length).IsWhiteSpace()) return span;
        }
        return NcoScripts.FileAnchor(text);
    }
}
