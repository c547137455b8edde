using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV100: a line pip would reject (and an include cycle, on which pip recurses until it crashes).</summary>
public sealed class Venv100InvalidLine : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.InvalidRequirementLine);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var error in context.File.Errors)
            context.Report(Descriptor, NonEmpty(error.Span, context), error.Message);
        foreach (var include in context.Includes)
        {
            if (include.IsCycle)
                context.Report(Descriptor, include.Directive.PathSpan,
                    $"Including {include.Directive.Path} leads back to this file: pip would follow the includes until it crashes.");
            else if (include.ReadProblem is not null)
                context.Report(Descriptor, include.Directive.PathSpan, $"pip cannot read {include.Directive.Path}: {include.ReadProblem}.");
        }
    }

    // An error at the end of a line still needs one visible character to point at.
    private static TextSpan NonEmpty(TextSpan span, RequirementsContext context) =>
        span.IsEmpty && span.Start < context.Text.Length ? new TextSpan(span.Start, 1) : span;
}
