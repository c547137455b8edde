namespace VenvLsp.Ignore;

/// <summary>
/// Glob matching with git's wildmatch semantics: <c>*</c>, <c>?</c>, <c>[...]</c> with <c>!</c>/<c>^</c>, ranges and
/// <c>[:class:]</c>, backslash escapes, and (with <c>pathname</c>) <c>**</c> that crosses slashes only as a whole
/// path segment (<c>**/x</c>, <c>x/**</c>, <c>x/**/y</c>); any other <c>**</c> is a plain <c>*</c>.
/// </summary>
/// <remarks>
/// Invariants: with <c>pathname</c>, <c>*</c>, <c>?</c> and brackets never match <c>/</c>. A pattern ending in a lone
/// backslash or holding an unclosed bracket never matches. Characters are compared as UTF-16 code units and case
/// sensitively (git's default on Linux, <c>core.ignoreCase=false</c>). The abort results prune the search the way git
/// does, so a pattern full of stars stays polynomial.
/// </remarks>
internal static class WildMatch
{
    private enum Result
    {
        Match,
        NoMatch,

        /// <summary>No later position of an enclosing star can help: the text ran out.</summary>
        AbortAll,

        /// <summary>Only an enclosing <c>**</c> (which may cross a slash) can still help.</summary>
        AbortToStarStar,
    }

    /// <summary>True when <paramref name="text"/> matches <paramref name="pattern"/> as a whole.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool pathname) =>
        Match(pattern, text, pathname) == Result.Match;

    /// <summary>Why a pattern can never match (a trailing backslash, an unclosed bracket), or null when it can.</summary>
    public static string? FindDefect(ReadOnlySpan<char> pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                if (i + 1 == pattern.Length) return "ends in a backslash";
                i++;
            }
            else if (pattern[i] == '[')
            {
                var close = BracketEnd(pattern, i);
                if (close < 0) return "has an unclosed '['";
                i = close;
            }
        }
        return null;
    }

    private static Result Match(ReadOnlySpan<char> p, ReadOnlySpan<char> t, bool pathname)
    {
        int pi = 0, ti = 0;
        while (pi < p.Length)
        {
            var pc = p[pi];
            if (ti >= t.Length && pc != '*') return Result.AbortAll;
            switch (pc)
            {
                case '\\':
                    if (pi + 1 >= p.Length || t[ti] != p[pi + 1]) return Result.NoMatch;
                    pi += 2;
                    ti++;
                    continue;
                case '?':
                    if (pathname && t[ti] == '/') return Result.NoMatch;
                    pi++;
                    ti++;
                    continue;
                case '[':
                    var (result, next) = MatchBracket(p, pi, t[ti], pathname);
                    if (result != Result.Match) return result;
                    pi = next;
                    ti++;
                    continue;
                case '*':
                    return MatchStar(p, pi, t, ti, pathname);
                default:
                    if (t[ti] != pc) return Result.NoMatch;
                    pi++;
                    ti++;
                    continue;
            }
        }
        return ti == t.Length ? Result.Match : Result.NoMatch;
    }

    private static Result MatchStar(ReadOnlySpan<char> p, int star, ReadOnlySpan<char> t, int ti, bool pathname)
    {
        var last = star;
        while (last + 1 < p.Length && p[last + 1] == '*') last++;
        var rest = last + 1;

        bool crossesSlash;
        if (last == star || !pathname)
        {
            crossesSlash = !pathname;
        }
        else if ((star == 0 || p[star - 1] == '/') && (rest == p.Length || p[rest] == '/' || (p[rest] == '\\' && rest + 1 < p.Length && p[rest + 1] == '/')))
        {
            // "**/" may also stand for no directory at all: "a/**/b" matches "a/b".
            if (rest < p.Length && p[rest] == '/' && Match(p[(rest + 1)..], t[ti..], pathname) == Result.Match) return Result.Match;
            crossesSlash = true;
        }
        else
        {
            crossesSlash = false;
        }

        if (rest == p.Length)
            return !crossesSlash && t[ti..].Contains('/') ? Result.AbortToStarStar : Result.Match;

        if (!crossesSlash && p[rest] == '/')
        {
            // One star before a slash takes exactly the rest of this path segment.
            var slash = t[ti..].IndexOf('/');
            if (slash < 0) return Result.AbortAll;
            return Match(p[rest..], t[(ti + slash)..], pathname);
        }

        for (var k = ti; k < t.Length; k++)
        {
            var result = Match(p[rest..], t[k..], pathname);
            if (result != Result.NoMatch)
            {
                if (!crossesSlash || result != Result.AbortToStarStar) return result;
            }
            else if (!crossesSlash && t[k] == '/')
            {
                return Result.AbortToStarStar;
            }
        }
        return Result.AbortAll;
    }

    /// <summary>Matches one character against the bracket expression at <paramref name="open"/>; gives the offset after it.</summary>
    private static (Result Result, int Next) MatchBracket(ReadOnlySpan<char> p, int open, char c, bool pathname)
    {
        var i = open + 1;
        if (i >= p.Length) return (Result.AbortAll, 0);
        var negated = p[i] is '!' or '^';
        if (negated) i++;

        var matched = false;
        var previous = -1; // the last single character, which a following '-' can start a range from
        var first = true;
        while (true)
        {
            if (i >= p.Length) return (Result.AbortAll, 0);
            var pc = p[i];
            if (pc == ']' && !first) break;
            first = false;

            if (pc == '\\')
            {
                if (++i >= p.Length) return (Result.AbortAll, 0);
                pc = p[i];
                matched |= c == pc;
                previous = pc;
            }
            else if (pc == '-' && previous >= 0 && i + 1 < p.Length && p[i + 1] != ']')
            {
                var high = p[++i];
                if (high == '\\')
                {
                    if (++i >= p.Length) return (Result.AbortAll, 0);
                    high = p[i];
                }
                matched |= c >= previous && c <= high;
                previous = -1;
            }
            else if (pc == '[' && i + 1 < p.Length && p[i + 1] == ':')
            {
                var close = p[(i + 2)..].IndexOf(']');
                if (close < 0) return (Result.AbortAll, 0);
                close += i + 2;
                if (p[close - 1] != ':' || close - 1 < i + 2)
                {
                    // Not "[:name:]": the '[' is an ordinary member.
                    matched |= c == '[';
                    previous = '[';
                }
                else
                {
                    var isClass = InClass(p[(i + 2)..(close - 1)], c);
                    if (isClass is null) return (Result.AbortAll, 0);
                    matched |= isClass.Value;
                    previous = -1;
                    i = close;
                }
            }
            else
            {
                matched |= c == pc;
                previous = pc;
            }
            i++;
        }

        if (matched == negated || (pathname && c == '/')) return (Result.NoMatch, 0);
        return (Result.Match, i + 1);
    }

    /// <summary>The offset of the <c>]</c> closing the bracket at <paramref name="open"/>, or -1.</summary>
    private static int BracketEnd(ReadOnlySpan<char> p, int open)
    {
        var i = open + 1;
        if (i < p.Length && p[i] is '!' or '^') i++;
        var first = true;
        for (; i < p.Length; i++)
        {
            if (p[i] == ']' && !first) return i;
            first = false;
            if (p[i] == '\\') i++;
            else if (p[i] == '[' && i + 1 < p.Length && p[i + 1] == ':')
            {
                var close = p[(i + 2)..].IndexOf(']');
                if (close < 0) return -1;
                close += i + 2;
                if (p[close - 1] == ':' && close - 1 >= i + 2) i = close;
            }
        }
        return -1;
    }

    private static bool? InClass(ReadOnlySpan<char> name, char c) => name switch
    {
        "alnum" => char.IsAsciiLetterOrDigit(c),
        "alpha" => char.IsAsciiLetter(c),
        "blank" => c is ' ' or '\t',
        "cntrl" => c < 0x20 || c == 0x7F,
        "digit" => char.IsAsciiDigit(c),
        "graph" => c > 0x20 && c < 0x7F,
        "lower" => char.IsAsciiLetterLower(c),
        "print" => c >= 0x20 && c < 0x7F,
        "punct" => c > 0x20 && c < 0x7F && !char.IsAsciiLetterOrDigit(c),
        "space" => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v',
        "upper" => char.IsAsciiLetterUpper(c),
        "xdigit" => char.IsAsciiHexDigit(c),
        _ => null,
    };
}
