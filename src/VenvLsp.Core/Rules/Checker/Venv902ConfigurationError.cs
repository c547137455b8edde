using VenvLsp.Configuration;
using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Rules.Checker;

/// <summary>VENV902: problems of a <c>venvlsp.json</c> (unknown keys, wrong types, bad values), reported
/// in that file at the key or value.</summary>
public sealed class Venv902ConfigurationError : Rule<DocumentContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.ConfigurationError);

    public override void Analyze(DocumentContext context)
    {
        var parsed = context.Snapshot.GetParsed(context.Path, static (_, text) => new Parsed(ConfigParser.Parse(text.Content, null)))?.Value;
        if (parsed is null) return;
        foreach (var problem in parsed.Problems)
        {
            var span = problem.Span.IsEmpty && problem.Span.Start < context.Text.Length ? new TextSpan(problem.Span.Start, 1) : problem.Span;
            context.Report(Descriptor, span, problem.Message);
        }
    }

    private sealed record Parsed(ParsedConfig Value);
}
