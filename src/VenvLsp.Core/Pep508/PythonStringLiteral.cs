using System.Globalization;
using System.Text;

namespace VenvLsp.Pep508;

/// <summary>Decodes a quoted marker string the way the <c>packaging</c> library does, which hands it to
/// Python's <c>ast.literal_eval</c>: backslash escapes apply, and a literal line break, a NUL, a
/// truncated escape or a backslash before the closing quote make it invalid.</summary>
internal static class PythonStringLiteral
{
    /// <summary>Decodes <paramref name="body"/>, the text between the quotes.</summary>
    public static bool TryDecode(ReadOnlySpan<char> body, out string value, out string? error)
    {
        value = "";
        error = null;
        if (body.IndexOfAny('\\', '\n', '\r') < 0 && !body.Contains('\0'))
        {
            value = body.ToString();
            return true;
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is '\n' or '\r')
                return Fail("a quoted string cannot contain a line break", out error);
            if (c == '\0')
                return Fail("a quoted string cannot contain a NUL character", out error);
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 >= body.Length)
                return Fail("the backslash escapes the closing quote, so the string never ends", out error);
            var e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                    break;
                case '\\' or '\'' or '"': builder.Append(e); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    var code = e - '0';
                    for (var k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; k++)
                        code = code * 8 + (body[++i] - '0');
                    builder.Append((char)code);
                    break;
                }
                case 'x' or 'u' or 'U':
                {
                    var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    var hex = body.Slice(i + 1, Math.Min(digits, body.Length - i - 1));
                    if (hex.Length != digits || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || code < 0 || code > 0x10FFFF)
                        return Fail($"truncated or invalid \\{e} escape", out error);
                    if (code is >= 0xD800 and <= 0xDFFF) builder.Append((char)code);
                    else builder.Append(char.ConvertFromUtf32(code));
                    i += digits;
                    break;
                }
                case 'N':
                {
                    // \N{NAME} needs the Unicode name table; keep the escape as written rather than guess.
                    var close = body[i..].IndexOf('}');
                    if (i + 1 >= body.Length || body[i + 1] != '{' || close < 0)
                        return Fail("malformed \\N{...} escape", out error);
                    builder.Append('\\').Append(body.Slice(i, close + 1));
                    i += close;
                    break;
                }
                default:
                    // Python keeps unknown escapes as written (with a warning).
                    builder.Append('\\').Append(e);
                    break;
            }
        }
        value = builder.ToString();
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
