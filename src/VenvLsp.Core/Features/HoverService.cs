using System.Text;
using System.Text.RegularExpressions;
using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Requirements;
using VenvLsp.Rules;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

/// <summary>Hover text in Markdown, and the span it is about.</summary>
public sealed record HoverInfo(string Markdown, TextSpan Span);

/// <summary>
/// What hovering shows: a rule's documentation on a rule ID (in a suppression comment, say) or on a
/// finding; on a requirement, what the approved list allows and what is pinned.
/// </summary>
public static partial class HoverService
{
    public static HoverInfo? Hover(WorkspaceSnapshot snapshot, string path, int offset, CancellationToken cancellationToken = default)
    {
        if (snapshot.ReadText(path) is not { } text) return null;
        offset = Math.Clamp(offset, 0, text.Length);
        if (RuleIdAt(text, offset) is { } id && RuleCatalog.TryGet(id.Value, out var rule))
            return new HoverInfo(RuleDocumentation.Get(rule.Id) ?? $"**{rule.Id}**: {rule.Title}", id.Span);

        var result = DocumentAnalyzer.Analyze(snapshot, path, cancellationToken);
        var markdown = new StringBuilder();
        TextSpan? span = null;
        // What the word under the cursor is about: an import, a versions entry or its use.
        var subject = result.Kind == DocumentKind.Python ? ImportHover.Hover(snapshot, path, offset) : VersionsNavigation.Hover(snapshot, path, offset);
        if (subject is not null)
        {
            markdown.Append(subject.Markdown);
            span = subject.Span;
        }
        if (result.Kind == DocumentKind.Requirements && RequirementHover(snapshot, path, text, offset) is { } requirement)
        {
            markdown.Append(requirement.Markdown);
            span ??= requirement.Span;
        }
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Location.Path == path && Touches(d.Location.Span, offset)))
        {
            if (markdown.Length > 0) markdown.Append("\n\n---\n\n");
            markdown.Append($"**{diagnostic.RuleId}** ({diagnostic.Severity.ToName()}): {diagnostic.Message}");
            if (RuleDocumentation.Summary(diagnostic.RuleId) is { } summary) markdown.Append("\n\n").Append(summary);
            markdown.Append($"\n\n[Documentation]({RuleDocumentation.HelpUri(diagnostic.RuleId).AbsoluteUri})");
            span ??= diagnostic.Location.Span;
        }
        return markdown.Length == 0 ? null : new HoverInfo(markdown.ToString(), span ?? new TextSpan(offset, 0));
    }

    private static HoverInfo? RequirementHover(WorkspaceSnapshot snapshot, string path, SourceText text, int offset)
    {
        var file = snapshot.GetRequirements(path);
        var requirement = file?.Requirements.FirstOrDefault(r => r.TextSpan.Start <= offset && offset <= r.TextSpan.End);
        if (requirement is not { Name: { } name }) return null;
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        var approved = snapshot.GetApprovedList(options);
        var markdown = new StringBuilder($"**{name}**");
        markdown.Append(requirement.IsPinned ? $" pinned to `{requirement.Specifiers}`" : requirement.Specifiers.IsEmpty ? " (any version)" : $" `{requirement.Specifiers}`");
        if (!approved.IsUsable)
        {
            markdown.Append("\n\nNo approved list is configured: approval not checked.");
        }
        else
        {
            var entries = approved.List.EntriesFor(name);
            if (entries.IsEmpty)
                markdown.Append("\n\nNot on the approved software list.");
            else
                markdown.Append("\n\nApproved: ").Append(string.Join(", ", entries.Select(e => e.Specifiers.IsEmpty ? "any version" : $"`{e.Specifiers}`")))
                    .Append($" ({System.IO.Path.GetFileName(entries[0].SourcePath)})");
        }
        return new HoverInfo(markdown.ToString(), requirement.NameSpan ?? requirement.TextSpan);
    }

    private static bool Touches(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

    private static (string Value, TextSpan Span)? RuleIdAt(SourceText text, int offset)
    {
        var line = text.GetLineSpan(text.GetLineIndex(offset));
        foreach (Match match in RuleId().Matches(text.ToString(line)))
        {
            var span = new TextSpan(line.Start + match.Index, match.Length);
            if (Touches(span, offset)) return (match.Value.ToUpperInvariant(), span);
        }
        return null;
    }

    [GeneratedRegex(@"\b(VENV|NCO)\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleId();
}
