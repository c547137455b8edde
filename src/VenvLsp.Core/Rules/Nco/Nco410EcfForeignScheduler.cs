using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO410: <c>#BSUB</c> (LSF) or <c>#SBATCH</c> (Slurm) directives in a job card or include. Only lines that
/// reach the job count (not inside <c>%comment</c>/<c>%manual</c>), and only at the start of a line, where a
/// scheduler would read them; <c>#PBS</c> lines are what WCOSS2 expects.</summary>
public sealed class Nco410EcfForeignScheduler : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.EcfForeignScheduler);

    public override void Analyze(ShellContext context)
    {
        if (context.Kind is not (DocumentKind.EcfJobCard or DocumentKind.EcfInclude)) return;
        var text = context.Text;
        var shell = context.Script.Text;
        for (var line = 0; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            if (Directive(shell.AsSpan(span.Start, span.Length)) is not { } scheduler) continue;
            var trimmed = TextSpan.FromBounds(span.Start, span.Start + shell.AsSpan(span.Start, span.Length).TrimEnd().Length);
            context.Report(Descriptor, trimmed,
                $"#{scheduler.Word} is a {scheduler.Name} directive: WCOSS2 runs PBS, which reads this line as a comment, so the job runs with the queue's defaults. Write the request as a #PBS line.");
        }
    }

    private static (string Word, string Name)? Directive(ReadOnlySpan<char> line)
    {
        if (IsDirective(line, "#SBATCH")) return ("SBATCH", "Slurm");
        if (IsDirective(line, "#BSUB")) return ("BSUB", "LSF");
        return null;
    }

    private static bool IsDirective(ReadOnlySpan<char> line, string word) =>
        line.StartsWith(word, StringComparison.Ordinal) && (line.Length == word.Length || line[word.Length] is ' ' or '\t');
}
