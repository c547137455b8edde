using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV107: a <c>-r</c> or <c>-c</c> include that does not exist (relative to the including file).</summary>
public sealed class Venv107MissingInclude : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.MissingInclude);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var include in context.Includes)
        {
            if (include.Path is null || include.File is not null || include.ReadProblem is not null) continue;
            var kind = include.Directive.IsConstraint ? "constraints file" : "requirements file";
            context.Report(Descriptor, include.Directive.PathSpan,
                $"The {kind} {include.Directive.Path} does not exist (pip looks for it next to this file: {include.Path}).");
        }
    }
}
