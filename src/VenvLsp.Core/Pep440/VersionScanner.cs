using System.Collections.Immutable;
using System.Text;

namespace VenvLsp.Pep440;

/// <summary>A hand-written matcher for the PEP 440 version patterns of the <c>packaging</c> library.
/// It reproduces the regular expressions' greedy, first-alternative-wins behaviour, so the end of a
/// match is where Python's <c>re.match</c> would stop: that matters when a version is a token inside a
/// longer requirement string.</summary>
internal static class VersionScanner
{
    // Alternatives in the order the patterns list them: "alpha" must be tried before "a".
    private static readonly (string Text, PreReleaseKind Kind)[] PreSpellings =
    [
        ("alpha", PreReleaseKind.Alpha), ("a", PreReleaseKind.Alpha),
        ("beta", PreReleaseKind.Beta), ("b", PreReleaseKind.Beta),
        ("preview", PreReleaseKind.ReleaseCandidate), ("pre", PreReleaseKind.ReleaseCandidate),
        ("c", PreReleaseKind.ReleaseCandidate), ("rc", PreReleaseKind.ReleaseCandidate),
    ];

    private static readonly string[] PostSpellings = ["post", "rev", "r"];

    /// <summary>Matches a version of <paramref name="grammar"/> starting exactly at <paramref name="start"/>.</summary>
    public static ScannedVersion Scan(string text, int start, VersionGrammar grammar)
    {
        var n = text.Length;
        var i = start;
        if (i < n && text[i] is 'v' or 'V')
            i++;
        if (i >= n || !PythonChars.IsAsciiDigit(text[i]))
            return ScannedVersion.Failure(start);

        var overflow = false;
        long epoch = 0;
        var digitsEnd = SkipDigits(text, i);
        if (digitsEnd + 1 < n && text[digitsEnd] == '!' && PythonChars.IsAsciiDigit(text[digitsEnd + 1]))
        {
            epoch = ParseNumber(text, i, digitsEnd, ref overflow);
            if (epoch > int.MaxValue) overflow = true;
            i = digitsEnd + 1;
        }

        // Release numbers go to a stack buffer first: most versions have a handful, and this runs per line.
        Span<long> buffer = stackalloc long[8];
        List<long>? more = null;
        var count = 0;
        var end = SkipDigits(text, i);
        buffer[count++] = ParseNumber(text, i, end, ref overflow);
        i = end;
        while (i + 1 < n && text[i] == '.' && PythonChars.IsAsciiDigit(text[i + 1]))
        {
            end = SkipDigits(text, i + 1);
            var number = ParseNumber(text, i + 1, end, ref overflow);
            if (count < buffer.Length) buffer[count] = number;
            else (more ??= [.. buffer]).Add(number);
            count++;
            i = end;
        }
        if (grammar == VersionGrammar.Compatible && count < 2)
            return ScannedVersion.Failure(start);

        var releaseArray = more is null ? ImmutableArray.Create(buffer[..count]) : [.. more];
        if (grammar == VersionGrammar.Equality && i + 1 < n && text[i] == '.' && text[i + 1] == '*')
            return new ScannedVersion(true, i + 2, overflow, epoch, releaseArray, null, null, null, null, null, true);

        PreReleaseKind? preKind = null;
        long? preNumber = null, post = null, dev = null;
        string? local = null;

        // Pre-release: [-_.]? (alpha|a|beta|b|preview|pre|c|rc) [-_.]? [0-9]*
        var p = SkipSeparator(text, i);
        foreach (var (spelling, kind) in PreSpellings)
        {
            if (!MatchesIgnoreCase(text, p, spelling)) continue;
            var q = SkipSeparator(text, p + spelling.Length);
            var qEnd = SkipDigits(text, q);
            preKind = kind;
            preNumber = qEnd > q ? ParseNumber(text, q, qEnd, ref overflow) : 0;
            i = qEnd;
            break;
        }

        // Post-release: -[0-9]+ | [-_.]? (post|rev|r) [-_.]? [0-9]*
        if (i + 1 < n && text[i] == '-' && PythonChars.IsAsciiDigit(text[i + 1]))
        {
            end = SkipDigits(text, i + 1);
            post = ParseNumber(text, i + 1, end, ref overflow);
            i = end;
        }
        else
        {
            p = SkipSeparator(text, i);
            foreach (var spelling in PostSpellings)
            {
                if (!MatchesIgnoreCase(text, p, spelling)) continue;
                var q = SkipSeparator(text, p + spelling.Length);
                var qEnd = SkipDigits(text, q);
                post = qEnd > q ? ParseNumber(text, q, qEnd, ref overflow) : 0;
                i = qEnd;
                break;
            }
        }

        // Development release: [-_.]? dev [-_.]? [0-9]*
        p = SkipSeparator(text, i);
        if (MatchesIgnoreCase(text, p, "dev"))
        {
            var q = SkipSeparator(text, p + 3);
            var qEnd = SkipDigits(text, q);
            dev = qEnd > q ? ParseNumber(text, q, qEnd, ref overflow) : 0;
            i = qEnd;
        }

        if (grammar is VersionGrammar.Full or VersionGrammar.Equality)
        {
            var localEnd = ScanLocal(text, i);
            if (localEnd > i)
            {
                local = NormalizeLocal(text, i + 1, localEnd);
                i = localEnd;
            }
        }

        return new ScannedVersion(true, i, overflow, epoch, releaseArray, preKind, preNumber, post, dev, local, false);
    }

    /// <summary>The end of <c>\+[a-z0-9]+([-_.][a-z0-9]+)*</c> at <paramref name="i"/>, or <paramref name="i"/>
    /// when there is no local label there.</summary>
    public static int ScanLocal(string text, int i)
    {
        if (i >= text.Length || text[i] != '+') return i;
        var end = SkipAlphanumerics(text, i + 1);
        if (end == i + 1) return i;
        while (end + 1 < text.Length && IsSeparator(text[end]) && PythonChars.IsAsciiLetterOrDigit(text[end + 1]))
            end = SkipAlphanumerics(text, end + 1);
        return end;
    }

    /// <summary>Lower case, '.' between segments, and numeric segments as numbers (no leading zeros),
    /// which is how the <c>packaging</c> library prints a local label.</summary>
    private static string NormalizeLocal(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        var segmentStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && !IsSeparator(text[k])) continue;
            if (builder.Length > 0) builder.Append('.');
            var segment = text.AsSpan(segmentStart, k - segmentStart);
            if (IsAllDigits(segment))
            {
                var trimmed = segment.TrimStart('0');
                builder.Append(trimmed.IsEmpty ? "0" : trimmed);
            }
            else
            {
                foreach (var c in segment) builder.Append(char.ToLowerInvariant(c));
            }
            segmentStart = k + 1;
        }
        return builder.ToString();
    }

    public static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (!PythonChars.IsAsciiDigit(c)) return false;
        return !span.IsEmpty;
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or '.';

    private static int SkipSeparator(string text, int i) => i < text.Length && IsSeparator(text[i]) ? i + 1 : i;

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && PythonChars.IsAsciiDigit(text[i])) i++;
        return i;
    }

    private static int SkipAlphanumerics(string text, int i)
    {
        while (i < text.Length && PythonChars.IsAsciiLetterOrDigit(text[i])) i++;
        return i;
    }

    /// <summary>ASCII case-insensitive match of a lower-case word.</summary>
    private static bool MatchesIgnoreCase(string text, int i, string word)
    {
        if (i + word.Length > text.Length) return false;
        for (var k = 0; k < word.Length; k++)
            if ((text[i + k] | 0x20) != word[k]) return false;
        return true;
    }

    /// <summary>Parses ASCII digits; a value that does not fit in a long sets <paramref name="overflow"/>
    /// (Python's integers are unbounded, ours are not).</summary>
    private static long ParseNumber(string text, int start, int end, ref bool overflow)
    {
        long value = 0;
        for (var k = start; k < end; k++)
        {
            var digit = text[k] - '0';
            if (value > (long.MaxValue - digit) / 10)
            {
                overflow = true;
                return long.MaxValue;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
