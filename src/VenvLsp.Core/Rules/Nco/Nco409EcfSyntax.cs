using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO409: what ecFlow's pre-processor rejects or misreads in a job card or an include file (unclosed or
/// nested blocks, a stray <c>%end</c>, an unknown directive, an unbalanced <c>%</c>, an include without a file). The
/// ecFlow layer finds these while parsing; this rule reports them as they are.</summary>
public sealed class Nco409EcfSyntax : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.EcfSyntax);

    public override void Analyze(ShellContext context)
    {
        if (context.Kind is not (DocumentKind.EcfJobCard or DocumentKind.EcfInclude) || context.Document.Ecf is not { } ecf) return;
        foreach (var error in ecf.Errors)
            context.Report(Descriptor, error.Span, error.Message);
    }
}
