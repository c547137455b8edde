using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Fixes;

/// <summary>The edits chosen for one file, and how many fixes they carry out.</summary>
public sealed record FileFixes(string Path, ImmutableArray<TextEdit> Edits, int FixCount, bool CreatesFile);

/// <summary>
/// Chooses which fixes to apply together. A fix is taken whole or not at all; a fix whose edits
/// overlap an edit already taken is left for the next round (apply, re-analyse, repeat), so overlapping
/// fixes are never applied together. Identical edits (two findings with the same fix) are applied once.
/// </summary>
public static class FixApplier
{
    public static ImmutableArray<FileFixes> Choose(IEnumerable<Diagnostic> diagnostics, bool safeOnly = true)
    {
        var byFile = new Dictionary<string, (List<TextEdit> Edits, int Count, bool Creates)>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var fix = diagnostic.Fixes.FirstOrDefault(f => f.IsSafe || !safeOnly);
            if (fix is null) continue;
            if (!CanTake(fix, byFile)) continue;
            foreach (var fileEdit in fix.Edits)
            {
                if (!byFile.TryGetValue(fileEdit.Path, out var entry))
                    byFile[fileEdit.Path] = entry = (new List<TextEdit>(), 0, fileEdit.CreatesFile);
                foreach (var edit in fileEdit.Edits)
                {
                    if (entry.Edits.Contains(edit)) continue;
                    entry.Edits.Add(edit);
                }
                byFile[fileEdit.Path] = entry with { Count = entry.Count + 1 };
            }
        }
        return byFile
            .Where(p => p.Value.Edits.Count > 0)
            .Select(p => new FileFixes(p.Key, p.Value.Edits.OrderBy(e => e.Span.Start).ToImmutableArray(), p.Value.Count, p.Value.Creates))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static bool CanTake(Fix fix, Dictionary<string, (List<TextEdit> Edits, int Count, bool Creates)> taken)
    {
        foreach (var fileEdit in fix.Edits)
        {
            if (!taken.TryGetValue(fileEdit.Path, out var entry)) continue;
            foreach (var edit in fileEdit.Edits)
            {
                if (entry.Edits.Contains(edit)) continue;
                if (entry.Edits.Any(other => Conflicts(edit, other))) return false;
            }
        }
        return true;
    }

    /// <summary>Two edits conflict when their spans overlap, or when both insert at the same point
    /// (their order would be arbitrary).</summary>
    private static bool Conflicts(TextEdit a, TextEdit b)
    {
        if (a.Span.IsEmpty && b.Span.IsEmpty) return a.Span.Start == b.Span.Start;
        if (a.Span.IsEmpty) return a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End;
        if (b.Span.IsEmpty) return b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End;
        return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;
    }
}
