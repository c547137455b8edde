using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>A word of an option string and where it came from.</summary>
public readonly record struct ShellWord(string Value, TextSpan Span);

/// <summary>
/// Splits text into words the way Python's <c>shlex.split</c> does in POSIX mode (pip splits the
/// option part of a requirements line with it): whitespace separates, single quotes keep everything,
/// double quotes keep everything but let a backslash escape <c>\ " $ `</c> and newline, and an
/// unquoted backslash escapes the next character.
/// </summary>
public static class ShellWords
{
    /// <returns>The words, and an error message when a quotation is not closed (shlex raises then).</returns>
    public static (List<ShellWord> Words, string? Error) Split(string text, int start, int end)
    {
        var words = new List<ShellWord>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) break;
            var wordStart = i;
            var value = new System.Text.StringBuilder();
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                var c = text[i];
                if (c == '\'')
                {
                    var close = text.IndexOf('\'', i + 1, end - i - 1);
                    if (close < 0) return (words, "No closing quotation");
                    value.Append(text, i + 1, close - i - 1);
                    i = close + 1;
                }
                else if (c == '"')
                {
                    i++;
                    var closed = false;
                    while (i < end)
                    {
                        if (text[i] == '"') { closed = true; i++; break; }
                        if (text[i] == '\\' && i + 1 < end && text[i + 1] is '\\' or '"' or '$' or '`' or '\n')
                        {
                            value.Append(text[i + 1]);
                            i += 2;
                            continue;
                        }
                        value.Append(text[i]);
                        i++;
                    }
                    if (!closed) return (words, "No closing quotation");
                }
                else if (c == '\\')
                {
                    if (i + 1 >= end) return (words, "No escaped character");
                    value.Append(text[i + 1]);
                    i += 2;
                }
                else
                {
                    value.Append(c);
                    i++;
                }
            }
            words.Add(new ShellWord(value.ToString(), TextSpan.FromBounds(wordStart, i)));
        }
        return (words, null);
    }
}
