using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>How a file refers to a versions entry.</summary>
[Flags]
public enum VersionUseKind
{
    /// <summary>Any reference.</summary>
    Reference = 0,
    /// <summary>On a <c>module load</c>/<c>swap</c> line, or in a modulefile's <c>load(...)</c>: the entry is a module version.</summary>
    Module = 1,
    /// <summary>Right after <c>name.</c> where <c>name</c> is the entry's prefix (<c>obsproc.${obsproc_ver}</c>): a package folder.</summary>
    PackageFolder = 2,
}

/// <summary>One reference to a <c>*_ver</c> variable.</summary>
/// <param name="Name">The variable (<c>python_ver</c>).</param>
/// <param name="NameSpan">The name alone.</param>
/// <param name="Span">The whole reference: <c>${python_ver:?}</c>, <c>$python_ver</c>, <c>"python_ver"</c>.</param>
/// <param name="Kind">What the reference says about the entry.</param>
public readonly record struct VersionReference(string Name, TextSpan NameSpan, TextSpan Span, VersionUseKind Kind);

/// <summary>
/// Finds references to versions entries (<c>*_ver</c> variables) in any text by a lexical scan, so that the same scan
/// serves shell files, job cards, Python (<c>os.environ["python_ver"]</c>) and Lua modulefiles
/// (<c>os.getenv("netcdf_ver")</c>): <c>$name</c>, <c>${name...}</c> and a quoted <c>"name"</c> or <c>'name'</c>. It reads
/// comments and single-quoted text too, on purpose: a text that mentions an entry should keep the entry from being called
/// unused. A plain word (<c>unset x_ver</c>, the <c>x_ver=</c> of a definition) is not a reference.
/// </summary>
public static class VersionReferences
{
    public const string Suffix = "_ver";

    public static List<VersionReference> Scan(string text)
    {
        var found = new List<VersionReference>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '$' && i + 1 < text.Length)
            {
                i = ReadExpansion(text, i, found);
                continue;
            }
            if (c is '"' or '\'')
            {
                i = ReadQuoted(text, i, found);
                continue;
            }
            i++;
        }
        return found;
    }

    private static int ReadExpansion(string text, int dollar, List<VersionReference> found)
    {
        var next = text[dollar + 1];
        if (next == '$') return dollar + 2;
        var braced = next == '{';
        var start = braced ? dollar + 2 : dollar + 1;
        var end = NameEnd(text, start);
        if (end == start) return dollar + 1;
        var name = text[start..end];
        var spanEnd = end;
        if (braced)
        {
            var close = text.IndexOf('}', end);
            var line = text.IndexOf('\n', end);
            spanEnd = close >= 0 && (line < 0 || close < line) ? close + 1 : end;
        }
        if (IsVersionName(name))
            found.Add(new VersionReference(name, TextSpan.FromBounds(start, end), TextSpan.FromBounds(dollar, spanEnd), KindAt(text, dollar, name)));
        return end;
    }

    private static int ReadQuoted(string text, int quote, List<VersionReference> found)
    {
        var start = quote + 1;
        var end = NameEnd(text, start);
        if (end == start || end >= text.Length || text[end] != text[quote]) return quote + 1;
        var name = text[start..end];
        if (IsVersionName(name))
            found.Add(new VersionReference(name, TextSpan.FromBounds(start, end), TextSpan.FromBounds(quote, end + 1), KindAt(text, quote, name)));
        // The closing quote may open the next string: go on from it.
        return end;
    }

    private static int NameEnd(string text, int start)
    {
        if (start >= text.Length || !(char.IsAsciiLetter(text[start]) || text[start] == '_')) return start;
        var end = start + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end;
    }

    public static bool IsVersionName(string name) => name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal);

    private static VersionUseKind KindAt(string text, int start, string name)
    {
        var kind = VersionUseKind.Reference;
        var prefix = name[..^Suffix.Length] + ".";
        if (start >= prefix.Length && string.CompareOrdinal(text, start - prefix.Length, prefix, 0, prefix.Length) == 0 &&
            (start == prefix.Length || !char.IsAsciiLetterOrDigit(text[start - prefix.Length - 1])))
            kind |= VersionUseKind.PackageFolder;
        // Only the start of the line matters; a bounded look back keeps a huge one-line file linear.
        var lineStart = start;
        while (lineStart > 0 && start - lineStart < MaxLookBack && text[lineStart - 1] != '\n') lineStart--;
        if (IsModuleLine(text.AsSpan(lineStart, start - lineStart))) kind |= VersionUseKind.Module;
        return kind;
    }

    /// <summary>True when the text before a reference on its line is a module command that loads it.</summary>
    private static bool IsModuleLine(ReadOnlySpan<char> before)
    {
        if (before.TrimStart().StartsWith("ml ", StringComparison.Ordinal)) return true;
        foreach (var command in ModuleCommands)
            if (before.IndexOf(command, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    private const int MaxLookBack = 400;

    private static readonly string[] ModuleCommands =
    [
        "module load ", "module add ", "module try-load ", "module swap ", "module switch ",
        "load(", "prereq(",
    ];
}
