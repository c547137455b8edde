using System.Collections.Immutable;
using System.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>A run of literal characters being read. While the run's value equals its raw text
    /// (no escape seen) nothing is copied: the value is one substring at the end.</summary>
    private struct LiteralRun
    {
        public int Start;
        public StringBuilder? Value;

        public static LiteralRun Empty => new() { Start = -1 };
    }

    /// <summary>A list of word parts that allocates nothing but the final array for up to three parts.</summary>
    private struct PartList
    {
        private WordPart? _a, _b, _c;
        private List<WordPart>? _more;
        private int _count;

        public readonly int Count => _count;

        public void Add(WordPart part)
        {
            switch (_count)
            {
                case 0: _a = part; break;
                case 1: _b = part; break;
                case 2: _c = part; break;
                default:
                    _more ??= [_a!, _b!, _c!];
                    _more.Add(part);
                    break;
            }
            _count++;
        }

        public readonly ImmutableArray<WordPart> ToImmutable() => _count switch
        {
            0 => [],
            1 => ImmutableArray.Create(_a!),
            2 => ImmutableArray.Create(_a!, _b!),
            3 => ImmutableArray.Create(_a!, _b!, _c!),
            _ => [.. _more!],
        };
    }

    /// <summary>The character at the current position is literal as written.</summary>
    private void LiteralChar(ref LiteralRun run)
    {
        if (run.Start < 0) run.Start = _pos;
        else run.Value?.Append(_text[_pos]);
        _pos++;
    }

    /// <summary>The next <paramref name="rawLength"/> characters stand for <paramref name="value"/>
    /// (a backslash escape, or nothing for a line continuation).</summary>
    private void LiteralEscape(ref LiteralRun run, int rawLength, char? value)
    {
        if (run.Start < 0)
        {
            run.Start = _pos;
            run.Value = new StringBuilder();
        }
        else
        {
            run.Value ??= new StringBuilder().Append(_text, run.Start, _pos - run.Start);
        }
        if (value is { } v) run.Value.Append(v);
        _pos += rawLength;
    }

    private void FlushLiteral(ref LiteralRun run, ref PartList parts)
    {
        if (run.Start < 0) return;
        var value = run.Value?.ToString() ?? _text.Substring(run.Start, _pos - run.Start);
        parts.Add(new LiteralPart(Span(run.Start, _pos), value));
        run = LiteralRun.Empty;
    }

    /// <summary>Resolves unquoted backslash escapes and continuations in a raw range, the way
    /// <see cref="ReadWord"/> does; used when an assignment word is split after the fact.</summary>
    internal static string DecodeUnquoted(string text, int start, int end)
    {
        if (text.IndexOf('\\', start, end - start) < 0) return text.Substring(start, end - start);
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                if (text[i + 1] == '\n') { i++; continue; }
                if (text[i + 1] == '\r' && i + 2 < end && text[i + 2] == '\n') { i += 2; continue; }
                builder.Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Decodes the inside of <c>$'...'</c>.</summary>
    private static string DecodeAnsiC(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var c = text[i++];
            if (c != '\\' || i >= end)
            {
                builder.Append(c);
                continue;
            }
            var e = text[i++];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'e' or 'E': builder.Append('\u001b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '\\' or '\'' or '"' or '?': builder.Append(e); break;
                case 'c' when i < end: builder.Append((char)(text[i++] & 0x1f)); break;
                case >= '0' and <= '7':
                    {
                        var value = e - '0';
                        for (var k = 0; k < 2 && i < end && text[i] is >= '0' and <= '7'; k++) value = value * 8 + (text[i++] - '0');
                        builder.Append((char)(value & 0xff));
                        break;
                    }
                case 'x' or 'u' or 'U':
                    {
                        var max = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        var value = 0;
                        var digits = 0;
                        while (digits < max && i < end && char.IsAsciiHexDigit(text[i]))
                        {
                            value = value * 16 + HexValue(text[i]);
                            i++;
                            digits++;
                        }
                        if (digits == 0) builder.Append('\\').Append(e);
                        else if (value is >= 0 and <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF)) builder.Append(char.ConvertFromUtf32(value));
                        else builder.Append('\uFFFD');
                        break;
                    }
                default: builder.Append('\\').Append(e); break;
            }
        }
        return builder.ToString();
    }
}
