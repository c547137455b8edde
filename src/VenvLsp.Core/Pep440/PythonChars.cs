using System.Buffers;
using System.Globalization;
using System.Text;

namespace VenvLsp.Pep440;

/// <summary>Character classes as Python's <c>re</c> module sees them in a <c>str</c> pattern, so that
/// our scanners accept exactly what the <c>packaging</c> library's regular expressions accept.</summary>
internal static class PythonChars
{
    /// <summary>Python's <c>\s</c> (and <c>str.isspace()</c>): ASCII whitespace, the separators
    /// U+001C..U+001F, and the Unicode space and line separators.</summary>
    public static bool IsWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\f' or '\v' => true,
        >= '\u001c' and <= '\u001f' => true,
        '\u0085' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetterOrDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Python's <c>\w</c> for a code point: alphanumeric in the <c>str.isalnum()</c> sense, or '_'.</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value < 128)
            return rune.Value == '_' || IsAsciiLetterOrDigit((char)rune.Value);
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Whether the code point that ends just before <paramref name="offset"/> is a word character
    /// (false at the start of the text or after a lone surrogate).</summary>
    public static bool IsWordBefore(string text, int offset)
    {
        if (offset <= 0) return false;
        return Rune.DecodeLastFromUtf16(text.AsSpan(0, offset), out var rune, out _) == OperationStatus.Done && IsWordRune(rune);
    }

    /// <summary>Whether the code point that starts at <paramref name="offset"/> is a word character.</summary>
    public static bool IsWordAt(string text, int offset)
    {
        if (offset >= text.Length) return false;
        return Rune.DecodeFromUtf16(text.AsSpan(offset), out var rune, out _) == OperationStatus.Done && IsWordRune(rune);
    }

    /// <summary>Python's <c>\b</c> at <paramref name="offset"/>.</summary>
    public static bool IsWordBoundary(string text, int offset) => IsWordBefore(text, offset) != IsWordAt(text, offset);
}
