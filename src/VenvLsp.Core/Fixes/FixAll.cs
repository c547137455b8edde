using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Fixes;

/// <summary>
/// "Fix all" for one document, run to a fixed point: apply the safe fixes that go together,
/// re-analyse the result, and repeat (a split line can reveal an unpinned requirement), the same as
/// <c>venvlsp check --fix</c> does, so one fix-all in the editor gives what the command line gives.
/// </summary>
public static class FixAll
{
    public const int MaxRounds = 8;

    /// <returns>The fixed text, and how many fixes it took (0 when there was nothing to fix).</returns>
    public static (SourceText Text, int Fixes) Apply(WorkspaceSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        var text = snapshot.ReadText(path);
        if (text is null) return (SourceText.From(""), 0);
        var current = snapshot;
        var total = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var diagnostics = DocumentAnalyzer.Analyze(current, path, cancellationToken).Diagnostics.Where(d => d.Location.Path == path);
            var mine = FixApplier.Choose(diagnostics.Where(d => d.Fixes.FirstOrDefault(f => f.IsSafe) is { } fix && fix.Edits.All(e => e.Path == path)))
                .SingleOrDefault(f => f.Path == path);
            if (mine is null || mine.Edits.IsEmpty) break;
            text = text.WithEdits(mine.Edits);
            total += mine.FixCount;
            current = snapshot.WithDocument(path, text);
        }
        return (text, total);
    }

    /// <summary>The one edit that turns <paramref name="before"/> into <paramref name="after"/>: the changed
    /// middle between their common start and common end.</summary>
    public static TextEdit? Difference(SourceText before, SourceText after)
    {
        var a = before.Content;
        var b = after.Content;
        if (a == b) return null;
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        return TextEdit.Replace(TextSpan.FromBounds(prefix, a.Length - suffix), b.Substring(prefix, b.Length - suffix - prefix));
    }
}
