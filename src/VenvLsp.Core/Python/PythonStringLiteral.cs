using System.Globalization;
using System.Text;

namespace VenvLsp.Python;

/// <summary>Decodes the value of a plain (not f-, t- or bytes) string literal token.</summary>
internal static class PythonStringLiteral
{
    public static bool TryDecode(string text, in PythonToken token, out string value)
    {
        value = "";
        if (!token.IsLiteralString) return false;
        var close = (token.StringFlags & PythonStringFlags.Triple) != 0 ? 3 : 1;
        var start = token.Start + token.Value;
        var end = token.End - close;
        if (end < start) return false;
        var body = text.AsSpan(start, end - start);
        if ((token.StringFlags & PythonStringFlags.Raw) != 0 || body.IndexOf('\\') < 0)
        {
            value = body.ToString();
            return true;
        }
        value = Unescape(body);
        return true;
    }

    /// <summary>The offsets of a string token's content, between its quotes.</summary>
    public static (int Start, int End) ContentBounds(in PythonToken token)
    {
        var close = (token.StringFlags & PythonStringFlags.Unterminated) != 0 ? 0
            : (token.StringFlags & PythonStringFlags.Triple) != 0 ? 3 : 1;
        var start = Math.Min(token.Start + token.Value, token.End);
        return (start, Math.Max(start, token.End - close));
    }

    private static string Unescape(ReadOnlySpan<char> body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                continue;
            }
            var n = body[++i];
            switch (n)
            {
                case '\n': break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                    break;
                case '\\' or '\'' or '"': sb.Append(n); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case 'x': i = AppendCodePoint(sb, body, i, 2); break;
                case 'u': i = AppendCodePoint(sb, body, i, 4); break;
                case 'U': i = AppendCodePoint(sb, body, i, 8); break;
                case >= '0' and <= '7':
                    var value = 0;
                    var digits = 0;
                    for (; digits < 3 && i < body.Length && body[i] is >= '0' and <= '7'; digits++, i++)
                        value = value * 8 + (body[i] - '0');
                    i--;
                    sb.Append((char)value);
                    break;
                default:
                    // Python keeps unknown escapes (and \N{...}) as written.
                    sb.Append('\\').Append(n);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends the code point of <paramref name="digits"/> hex digits after index <paramref name="at"/>
    /// (the escape letter); returns the index of the last character consumed.</summary>
    private static int AppendCodePoint(StringBuilder sb, ReadOnlySpan<char> body, int at, int digits)
    {
        if (at + digits < body.Length
            && int.TryParse(body.Slice(at + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
        {
            sb.Append(char.ConvertFromUtf32(code));
            return at + digits;
        }
        sb.Append('\\').Append(body[at]);
        return at;
    }
}
