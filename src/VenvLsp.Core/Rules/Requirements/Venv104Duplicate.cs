using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Pep508;
using VenvLsp.Requirements;

namespace VenvLsp.Rules.Requirements;

/// <summary>VENV104: the same package (after PEP 503 normalization) required twice, in this file or
/// through its <c>-r</c> includes.</summary>
public sealed class Venv104Duplicate : Rule<RequirementsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DuplicateRequirement);

    public override void Analyze(RequirementsContext context)
    {
        var first = new Dictionary<string, RequirementSource>(StringComparer.Ordinal);
        var reportedIncludes = new HashSet<object>();
        foreach (var source in context.AllRequirements())
        {
            if (source.Entry is not { NormalizedName: { } key, Name: { } name }) continue;
            // Requirements with different markers can be meant for different platforms.
            if (source.Entry.Parsed?.Marker is not null) continue;
            if (!first.TryGetValue(key, out var earlier))
            {
                first[key] = source;
                continue;
            }
            var related = new RelatedLocation(Location.Create(earlier.Path, earlier.Text, earlier.Entry.Span), $"{name} is first required here");
            if (source.Via is null)
            {
                var identical = earlier.Via is null && Same(earlier.Entry, source.Entry) && source.Entry.Options.IsEmpty;
                var fixes = identical
                    ? new[] { context.CreateFix("Remove the repeated line", LineEdits.DeleteLines(context.Text, source.Entry.Line.FirstLine, source.Entry.Line.LastLine)) }
                    : null;
                context.Report(Descriptor, source.Entry.Span, $"{name} is required more than once (first at line {earlier.Entry.Line.FirstLine + 1}{Where(earlier, context)}).", fixes, [related]);
            }
            else if (reportedIncludes.Add(source.Via))
            {
                context.Report(Descriptor, source.Via.PathSpan,
                    $"{source.Via.Path} requires {name} again (first at line {earlier.Entry.Line.FirstLine + 1}{Where(earlier, context)}).", null, [related]);
            }
        }
    }

    private static string Where(RequirementSource source, RequirementsContext context) =>
        source.Path == context.Path ? "" : " of " + System.IO.Path.GetFileName(source.Path);

    /// <summary>The same requirement, however spelt: equal normalized names, extras and specifiers.
    /// Removing one of two such lines changes nothing pip installs.</summary>
    private static bool Same(RequirementEntry a, RequirementEntry b) =>
        a.NormalizedName == b.NormalizedName && !a.IsDirectReference && !b.IsDirectReference &&
        a.Specifiers.ToString() == b.Specifiers.ToString() &&
        (a.Parsed?.Extras ?? []).Select(PackageName.Normalize).Order().SequenceEqual((b.Parsed?.Extras ?? []).Select(PackageName.Normalize).Order());
}
