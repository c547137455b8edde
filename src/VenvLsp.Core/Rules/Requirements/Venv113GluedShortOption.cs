using VenvLsp.Diagnostics;
using VenvLsp.Requirements;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV113: a short option with a glued value that reads like a misspelt long option
/// (<c>-find-links</c> is <c>-f ind-links</c>) or like no value the option could want.</summary>
public sealed class Venv113GluedShortOption : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.GluedShortOption);

    public override void Analyze(RequirementsContext context)
    {
        foreach (var entry in context.File.Entries)
        {
            foreach (var option in entry.Options)
            {
                if (!option.GluedShort || option.Option is not { } resolved || option.Value is not { } value) continue;
                var spelled = "-" + option.Written[1] + value;
                // "-find-links" with one dash: the long option it starts to spell, if any.
                var bare = spelled.Split('=')[0];
                var meant = bare.Length > 3 ? PipOptions.All.FirstOrDefault(o => o.LongName.StartsWith("-" + bare, StringComparison.Ordinal)) : null;
                string? message = null;
                if (meant is not null)
                    message = $"\"{spelled}\" is read as {option.Written} \"{value}\" ({resolved.LongName}); for {meant.LongName} write two dashes.";
                else if (!LooksLikeValue(resolved, value))
                    message = $"\"{spelled}\" is read as {option.Written} \"{value}\" ({resolved.LongName}): is that meant?";
                if (message is not null) context.Report(Descriptor, option.Span, message);
            }
        }
    }

    private static bool LooksLikeValue(PipOption option, string value) => option.LongName switch
    {
        "--requirement" or "--constraint" => value.Contains('.') || value.Contains('/') || value.Contains('$'),
        "--find-links" or "--index-url" => value.Contains('/') || value.Contains(':') || value.Contains('.') || value.Contains('$'),
        "--editable" => value.Contains('/') || value.Contains('.') || value.Contains(':'),
        _ => true,
    };
}
