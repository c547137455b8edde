using System.Text;
using System.Text.RegularExpressions;

namespace VenvLsp.Rules.Build;

/// <summary>One <c>s</c> command of a sed script, translated to a .NET regex so the checker can run it
/// on the lines of real activate templates.</summary>
public sealed record SedSubstitution(string Pattern, string Replacement, bool Global, bool IgnoreCase, string? Address, Regex? Compiled, Regex? AddressRegex)
{
    /// <summary>The line after the substitution, or the line itself when the command does not touch it.</summary>
    public string Apply(string line)
    {
        if (Compiled is null) return line;
        if (AddressRegex is not null && !AddressRegex.IsMatch(line)) return line;
        var count = 0;
        return Compiled.Replace(line, match => Global || count++ == 0 ? Expand(match) : match.Value, Global ? -1 : 1);
    }

    private string Expand(Match match)
    {
        var result = new StringBuilder();
        for (var i = 0; i < Replacement.Length; i++)
        {
            var c = Replacement[i];
            if (c == '&') { result.Append(match.Value); continue; }
            if (c == '\\' && i + 1 < Replacement.Length)
            {
                var next = Replacement[++i];
                if (next is >= '0' and <= '9') result.Append(match.Groups[next - '0'].Value);
                else if (next == 'n') result.Append('\n');
                else if (next == 't') result.Append('\t');
                else result.Append(next);
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}

/// <summary>Reads the <c>s</c> commands of a sed script (GNU sed, basic or extended regular expressions).</summary>
public static class SedScript
{
    public static List<SedSubstitution> Parse(string script, bool extended)
    {
        var result = new List<SedSubstitution>();
        var i = 0;
        while (i < script.Length)
        {
            while (i < script.Length && (char.IsWhiteSpace(script[i]) || script[i] == ';')) i++;
            if (i >= script.Length) break;
            string? address = null;
            if (script[i] == '/')
            {
                var end = FindDelimiter(script, i + 1, '/');
                if (end < 0) break;
                address = script[(i + 1)..end];
                i = end + 1;
                while (i < script.Length && char.IsWhiteSpace(script[i])) i++;
            }
            else
            {
                while (i < script.Length && (char.IsDigit(script[i]) || script[i] is ',' or '$')) i++;
            }
            if (i >= script.Length || script[i] != 's' || i + 1 >= script.Length)
            {
                // Another command: skip to the next separator.
                while (i < script.Length && script[i] != ';' && script[i] != '\n') i++;
                continue;
            }
            var delimiter = script[i + 1];
            var patternEnd = FindDelimiter(script, i + 2, delimiter);
            if (patternEnd < 0) break;
            var replacementEnd = FindDelimiter(script, patternEnd + 1, delimiter);
            if (replacementEnd < 0) break;
            var pattern = Unescape(script[(i + 2)..patternEnd], delimiter);
            var replacement = Unescape(script[(patternEnd + 1)..replacementEnd], delimiter);
            i = replacementEnd + 1;
            var flagsStart = i;
            while (i < script.Length && !char.IsWhiteSpace(script[i]) && script[i] != ';' && script[i] != '}') i++;
            var flags = script[flagsStart..i];
            var ignoreCase = flags.Contains('I') || flags.Contains('i');
            result.Add(new SedSubstitution(pattern, replacement, flags.Contains('g'), ignoreCase, address,
                Compile(pattern, extended, ignoreCase), address is null ? null : Compile(address, extended, false)));
        }
        return result;
    }

    private static int FindDelimiter(string script, int start, char delimiter)
    {
        var inBracket = false;
        for (var i = start; i < script.Length; i++)
        {
            var c = script[i];
            if (c == '\\') { i++; continue; }
            if (c == '[' && !inBracket) { inBracket = true; if (i + 1 < script.Length && script[i + 1] == ']') i++; continue; }
            if (c == ']' && inBracket) { inBracket = false; continue; }
            if (c == delimiter && !inBracket) return i;
        }
        return -1;
    }

    // "\|" stands for the delimiter itself when it is the delimiter.
    private static string Unescape(string text, char delimiter) =>
        delimiter == '\\' ? text : text.Replace("\\" + delimiter, delimiter.ToString(), StringComparison.Ordinal);

    /// <summary>Translates a POSIX (GNU) regular expression to .NET; null when it cannot.</summary>
    public static Regex? Compile(string pattern, bool extended, bool ignoreCase)
    {
        try
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            return new Regex(Translate(pattern, extended), options, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Translate(string pattern, bool extended)
    {
        var result = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '[')
            {
                i = TranslateBracket(pattern, i, result);
                continue;
            }
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (!extended && next is '(' or ')' or '{' or '}' or '|' or '+' or '?') result.Append(next);
                else if (next is >= '1' and <= '9' or 's' or 'S' or 'w' or 'W' or 'b' or 'B') result.Append('\\').Append(next);
                else if (next == 'n') result.Append("\\n");
                else if (next == 't') result.Append("\\t");
                else if (next == '<' || next == '>') result.Append("\\b");
                else result.Append(Regex.Escape(next.ToString()));
                continue;
            }
            if (extended)
            {
                result.Append(c is '^' or '$' or '.' or '*' or '+' or '?' or '(' or ')' or '{' or '}' or '|' ? c.ToString() : Regex.Escape(c.ToString()));
            }
            else
            {
                // In a basic expression only . * ^ $ are special; '*' first is literal.
                if (c == '*' && (result.Length == 0 || result.ToString() == "^")) result.Append("\\*");
                else result.Append(c is '^' or '$' or '.' or '*' ? c.ToString() : Regex.Escape(c.ToString()));
            }
        }
        return result.ToString();
    }

    private static int TranslateBracket(string pattern, int start, StringBuilder result)
    {
        var i = start + 1;
        var body = new StringBuilder("[");
        if (i < pattern.Length && pattern[i] == '^') { body.Append('^'); i++; }
        if (i < pattern.Length && pattern[i] == ']') { body.Append("\\]"); i++; }
        for (; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == ']') { body.Append(']'); result.Append(body); return i; }
            if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0)
                {
                    body.Append(pattern[(i + 2)..close] switch
                    {
                        "space" => "\\s", "blank" => " \\t", "digit" => "0-9", "alpha" => "a-zA-Z", "alnum" => "a-zA-Z0-9",
                        "upper" => "A-Z", "lower" => "a-z", "punct" => "!-/:-@\\[-`{-~", "xdigit" => "0-9A-Fa-f", _ => "",
                    });
                    i = close + 1;
                    continue;
                }
            }
            body.Append(c is '\\' or '[' ? "\\" + c : c.ToString());
        }
        result.Append(Regex.Escape("["));
        return start;
    }
}
