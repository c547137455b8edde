using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>A developer work-area path found in a text.</summary>
/// <param name="Span">The path, from its first character to the end of the word it is in.</param>
/// <param name="Area">What kind of area it is, for the message.</param>
public readonly record struct WorkAreaPath(TextSpan Span, string Area);

/// <summary>
/// Finds paths into developer work areas: <c>/lfs/work/</c>, <c>/lfs/h2/emc/</c>, <c>/scratch</c>, <c>/scratch1</c>...
/// (Hera, Jet), and <c>~user</c> home folders. A path counts only where a path starts: at the start of a word, or
/// after <c>=</c>, <c>:</c>, a quote, <c>-</c> (as in <c>${X:-/scratch1/x}</c>) or a bracket, so that
/// <c>${DATA}/scratch</c> is not a work area. <c>~</c> counts at the start of a word or after <c>=</c> or <c>:</c>,
/// where the shell expands it; <c>~/</c> (the running account's own home) and <c>~+</c>/<c>~-</c> are not reported.
/// </summary>
public static class WorkAreaPaths
{
    /// <summary>The work-area paths in <paramref name="text"/>, skipping the spans in <paramref name="skip"/> (comments,
    /// in order).</summary>
    public static List<WorkAreaPath> Find(string text, IReadOnlyList<TextSpan> skip)
    {
        var found = new List<WorkAreaPath>();
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '/' && c != '~') continue;
            while (next < skip.Count && skip[next].End <= i) next++;
            if (next < skip.Count && skip[next].Start <= i) continue;
            var area = c == '/' ? LfsOrScratch(text, i) : Tilde(text, i);
            if (area is null) continue;
            var end = PathEnd(text, i);
            found.Add(new WorkAreaPath(TextSpan.FromBounds(i, end), area));
            i = end - 1;
        }
        return found;
    }

    private static string? LfsOrScratch(string text, int i)
    {
        if (i > 0 && !IsPathStartBoundary(text[i - 1])) return null;
        if (At(text, i, "/lfs/work/")) return "the /lfs/work developer area";
        if (At(text, i, "/lfs/h2/emc") && EndsSegment(text, i + "/lfs/h2/emc".Length)) return "EMC's development space /lfs/h2/emc";
        if (At(text, i, "/scratch"))
        {
            var j = i + "/scratch".Length;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            if (EndsSegment(text, j)) return "a /scratch work area of a development machine";
        }
        return null;
    }

    private static string? Tilde(string text, int i)
    {
        if (i > 0 && text[i - 1] is not (' ' or '\t' or '\n' or '\r' or '=' or ':' or '(' or ';' or '|' or '&')) return null;
        var j = i + 1;
        if (j >= text.Length || !(char.IsAsciiLetterLower(text[j]) || text[j] == '_')) return null;
        while (j < text.Length && (char.IsAsciiLetterLower(text[j]) || char.IsAsciiDigit(text[j]) || text[j] is '_' or '.' or '-')) j++;
        return EndsSegment(text, j) ? "a user's home folder" : null;
    }

    private static bool At(string text, int i, string literal) => string.CompareOrdinal(text, i, literal, 0, literal.Length) == 0;

    /// <summary>True when a path segment ends at <paramref name="j"/>: a slash, or anything that cannot go on a name.</summary>
    private static bool EndsSegment(string text, int j) =>
        j >= text.Length || text[j] == '/' || !(char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '.' or '-');

    private static bool IsPathStartBoundary(char c) => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '}' or '%' or '$' or ')');

    private static int PathEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is not (' ' or '\t' or '\n' or '\r' or '"' or '\'' or '`' or ';' or '|' or '&' or '<' or '>' or '(' or ')' or '}' or ',' or ':')) j++;
        return j;
    }
}
