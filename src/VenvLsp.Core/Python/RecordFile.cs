using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>One row of a <c>RECORD</c> file.</summary>
/// <param name="Path">The installed file, relative to the site-packages folder (<c>../../bin/x</c> for scripts).</param>
/// <param name="HashAlgorithm">The algorithm of <c>sha256=...</c>; null when the row has no hash (RECORD itself, .pyc files).</param>
/// <param name="HashValue">The urlsafe-base64 digest; null without a hash.</param>
/// <param name="Size">File size in bytes; null when empty.</param>
/// <param name="Span">The row in the text.</param>
public sealed record RecordEntry(string Path, string? HashAlgorithm, string? HashValue, long? Size, TextSpan Span);

/// <summary>
/// A <c>.dist-info/RECORD</c> file: CSV rows <c>path,hash,size</c> written by Python's <c>csv</c> module
/// with its default dialect (comma, double quotes around fields that need them, a doubled quote for a
/// quote inside; a quoted field may span lines).
/// </summary>
/// <param name="Entries">Rows with a path, in order.</param>
/// <param name="Errors">Rows with the wrong number of fields, a malformed hash or size, an unterminated quote.</param>
public sealed record RecordFile(ImmutableArray<RecordEntry> Entries, ImmutableArray<SyntaxError> Errors)
{
    /// <summary>The paths of every row.</summary>
    public IEnumerable<string> Paths => Entries.Select(e => e.Path);

    /// <summary>Reads a RECORD file. Never throws.</summary>
    public static RecordFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<RecordEntry>();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        var fields = new List<string>(3);
        var p = 0;
        while (p < text.Length)
        {
            var rowStart = p;
            p = ReadRow(text, p, fields, out var rowEnd, out var unterminated);
            var span = TextSpan.FromBounds(rowStart, rowEnd);
            if (unterminated) errors.Add(new SyntaxError(span, "unterminated quoted field"));
            if (fields.Count == 1 && fields[0].Length == 0) continue; // blank line
            Add(fields, span, entries, errors);
        }
        return new RecordFile(entries.ToImmutable(), errors.ToImmutable());
    }

    private static void Add(List<string> fields, TextSpan span, ImmutableArray<RecordEntry>.Builder entries, ImmutableArray<SyntaxError>.Builder errors)
    {
        if (fields.Count != 3) errors.Add(new SyntaxError(span, $"expected 3 fields (path,hash,size), found {fields.Count}"));
        var path = fields[0];
        if (path.Length == 0)
        {
            errors.Add(new SyntaxError(span, "empty path"));
            return;
        }
        string? algorithm = null, digest = null;
        var hash = fields.Count > 1 ? fields[1] : "";
        if (hash.Length > 0)
        {
            var equals = hash.IndexOf('=');
            if (equals <= 0) errors.Add(new SyntaxError(span, $"hash '{hash}' is not 'algorithm=digest'"));
            else
            {
                algorithm = hash[..equals];
                digest = hash[(equals + 1)..];
            }
        }
        long? size = null;
        var sizeText = fields.Count > 2 ? fields[2] : "";
        if (sizeText.Length > 0)
        {
            if (long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) size = value;
            else errors.Add(new SyntaxError(span, $"size '{sizeText}' is not a number of bytes"));
        }
        entries.Add(new RecordEntry(path, algorithm, digest, size, span));
    }

    /// <summary>Reads one CSV row from <paramref name="p"/>; returns the offset after its line break.</summary>
    private static int ReadRow(string text, int p, List<string> fields, out int rowEnd, out bool unterminated)
    {
        fields.Clear();
        unterminated = false;
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        while (p < text.Length)
        {
            var c = text[p];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (p + 1 < text.Length && text[p + 1] == '"')
                    {
                        field.Append('"');
                        p += 2;
                        continue;
                    }
                    inQuotes = false;
                }
                else field.Append(c);
                p++;
                continue;
            }
            if (c is '\n' or '\r')
            {
                rowEnd = p;
                fields.Add(field.ToString());
                return c == '\r' && p + 1 < text.Length && text[p + 1] == '\n' ? p + 2 : p + 1;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else field.Append(c);
            p++;
        }
        unterminated = inQuotes;
        rowEnd = p;
        fields.Add(field.ToString());
        return p;
    }
}
