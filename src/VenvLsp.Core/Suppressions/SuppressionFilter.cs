using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Text;

namespace VenvLsp.Suppressions;

/// <summary>
/// Applies a file's suppressions to its findings and reports the suppressions themselves: one that
/// suppresses nothing (VENV900) and one without a reason (VENV901). In review mode nothing is
/// suppressed, and only missing reasons are reported.
/// </summary>
public static class SuppressionFilter
{
    public static ImmutableArray<Diagnostic> Apply(
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<Suppression> suppressions,
        string path,
        SourceText text,
        bool reviewMode,
        Func<RuleDescriptor, Severity?> severityOf)
    {
        if (suppressions.IsEmpty) return diagnostics;
        var used = new HashSet<SuppressedId>();
        var kept = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.Location.Range.Start.Line;
            SuppressedId? match = null;
            if (!reviewMode && diagnostic.Location.Path == path && diagnostic.Rule.Set != RuleSet.Checker)
            {
                foreach (var suppression in suppressions)
                {
                    if (!suppression.Covers(line)) continue;
                    match = suppression.Ids.FirstOrDefault(id => id.Id == diagnostic.RuleId);
                    if (match is not null) break;
                }
            }
            if (match is null) kept.Add(diagnostic);
            else used.Add(match);
        }

        foreach (var suppression in suppressions)
        {
            if (suppression.Reason is null)
                Add(kept, RuleIds.SuppressionWithoutReason, severityOf, path, text, suppression.CommentSpan,
                    "Say why the finding is suppressed: add \"-- reason\" after the rule IDs.");
            if (reviewMode) continue;
            if (suppression.Ids.IsEmpty)
                Add(kept, RuleIds.UnusedSuppression, severityOf, path, text, suppression.CommentSpan, "This suppression names no rule ID.");
            foreach (var id in suppression.Ids)
            {
                if (used.Contains(id)) continue;
                var message = RuleCatalog.TryGet(id.Id, out _)
                    ? $"Nothing here is reported as {id.Id}: the suppression can go."
                    : $"{id.Id} is not a VenvLsp rule ID.";
                Add(kept, RuleIds.UnusedSuppression, severityOf, path, text, id.Span, message);
            }
        }
        return kept.ToImmutable();
    }

    private static void Add(ImmutableArray<Diagnostic>.Builder into, string ruleId, Func<RuleDescriptor, Severity?> severityOf,
        string path, SourceText text, TextSpan span, string message)
    {
        var rule = RuleCatalog.Get(ruleId);
        if (severityOf(rule) is not { } severity) return;
        into.Add(new Diagnostic(rule, severity, message, Location.Create(path, text, span), [], []));
    }
}
