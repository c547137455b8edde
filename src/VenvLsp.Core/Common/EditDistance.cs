namespace VenvLsp.Common;

/// <summary>Small string-similarity helpers for "did you mean" suggestions.</summary>
public static class EditDistance
{
    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Compute(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The candidate closest to <paramref name="word"/>, when it is close enough to be a likely typo:
    /// at most a third of the word's length, and never more than 3 edits. Ties go to the earlier candidate.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates, bool ignoreCase = true)
    {
        var needle = ignoreCase ? word.ToLowerInvariant() : word;
        var limit = Math.Min(3, Math.Max(1, needle.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var other = ignoreCase ? candidate.ToLowerInvariant() : candidate;
            var distance = Compute(needle, other, limit);
            if (distance <= limit && distance < bestDistance && distance > 0)
            {
                best = candidate;
                bestDistance = distance;
            }
            else if (distance == 0 && !string.Equals(word, candidate, StringComparison.Ordinal))
            {
                return candidate; // differs only in case
            }
        }
        return best;
    }
}
