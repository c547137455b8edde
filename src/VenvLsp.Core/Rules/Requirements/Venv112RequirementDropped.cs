using VenvLsp.Diagnostics;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV112: a global option and a requirement on one line. pip drops one of them without a
/// word: <c>--pre requests</c> loses the requirement, <c>requests --pre</c> the option.</summary>
public sealed class Venv112RequirementDropped : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.RequirementDropped);

    public override void Analyze(RequirementsContext context)
    {
        var text = context.Text;
        foreach (var entry in context.File.Entries)
        {
            if (entry.Errors.Length > 0) continue;
            if (entry is OptionsEntry { StrayArguments.Length: > 0 } options)
            {
                var dropped = TextSpan.FromBounds(options.StrayArguments[0].Span.Start, options.StrayArguments[^1].Span.End);
                var droppedText = string.Join(" ", options.StrayArguments.Select(a => text.ToString(a.Span)));
                var optionText = string.Join(" ", options.Options.Select(o => text.ToString(o.Span)));
                var fix = entry.Line.FirstLine == entry.Line.LastLine
                    ? context.CreateFix("Split into two lines", TextEdit.Replace(entry.Span, optionText + text.NewLine + droppedText))
                    : null;
                context.Report(Descriptor, dropped,
                    $"pip reads this line as options only and silently drops \"{droppedText}\": put the requirement on its own line.",
                    fix is null ? null : [fix]);
            }
            else if (entry is RequirementEntry requirement && requirement.IgnoredGlobalOptions.ToList() is { Count: > 0 } ignored)
            {
                foreach (var option in ignored)
                {
                    var optionText = text.ToString(option.Span);
                    var fix = entry.Line.FirstLine == entry.Line.LastLine && requirement.Options.Length == 1
                        ? context.CreateFix("Split into two lines", TextEdit.Replace(entry.Span, optionText + text.NewLine + text.ToString(requirement.TextSpan)))
                        : null;
                    context.Report(Descriptor, option.Span,
                        $"pip ignores {option.Option!.LongName} on a requirement line: put it on a line of its own.",
                        fix is null ? null : [fix]);
                }
            }
        }
    }
}
