using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Requirements;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV106: an index or network option. Operational builds make no external connections.</summary>
public sealed class Venv106NetworkOption : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NetworkOption);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var entry in context.File.Entries)
        {
            var network = entry.Options.Where(IsNetwork).ToList();
            if (network.Count == 0) continue;
            // Removing the line is safe only when nothing else stands on it.
            var onlyNetwork = entry is OptionsEntry { StrayArguments.IsEmpty: true } && network.Count == entry.Options.Length;
            foreach (var option in network)
            {
                var fixes = onlyNetwork
                    ? new[] { context.CreateFix("Remove the line", LineEdits.DeleteLines(context.Text, entry.Line.FirstLine, entry.Line.LastLine)) }
                    : null;
                context.Report(Descriptor, option.Span,
                    $"{option.Option!.LongName} makes pip reach {(option.Value is null ? "a server" : option.Value)}: operational builds make no external connections.", fixes);
            }
        }
    }

    private static bool IsNetwork(ParsedPipOption option) => option.Option?.LongName switch
    {
        "--index-url" or "--extra-index-url" or "--trusted-host" => true,
        "--find-links" or "--requirement" or "--constraint" => IsUrl(option.Value),
        _ => false,
    };

    private static bool IsUrl(string? value) =>
        value is not null && (value.Contains("://", StringComparison.Ordinal) && !value.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
}
