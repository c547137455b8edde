using System.Collections.Immutable;
using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>One header field of a metadata file.</summary>
/// <param name="Name">The field name as written (<c>Requires-Dist</c>).</param>
/// <param name="Value">The value, trimmed; continuation lines are joined with "\n", each without its
/// leading whitespace.</param>
/// <param name="Span">The field, from its name to the end of its last continuation line.</param>
public sealed record MetadataField(string Name, string Value, TextSpan Span);

/// <summary>
/// A distribution's core metadata: <c>METADATA</c> in a <c>.dist-info</c> folder, <c>PKG-INFO</c> in an
/// <c>.egg-info</c>. Email-header format as pip reads it (Python's email parser): <c>Name: value</c>
/// fields, continuation lines start with a space or tab, the headers end at the first empty line and
/// the rest is the description body. A line that is neither a field nor a continuation ends the headers
/// too (the email parser's "missing header/body separator"), so later fields are not seen.
/// </summary>
public sealed class CoreMetadata
{
    private CoreMetadata(ImmutableArray<MetadataField> fields, int? bodyStart, ImmutableArray<SyntaxError> errors)
    {
        Fields = fields;
        BodyStart = bodyStart;
        Errors = errors;
    }

    /// <summary>Header fields in order, up to the body.</summary>
    public ImmutableArray<MetadataField> Fields { get; }

    /// <summary>Offset where the description body starts; null when the text has none.</summary>
    public int? BodyStart { get; }

    /// <summary>Stray continuation lines and the line that ended the headers without an empty line.</summary>
    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary><c>Metadata-Version</c> (1.0 to 2.4).</summary>
    public string? MetadataVersion => Get("Metadata-Version");

    /// <summary>The distribution name as published (compare with <see cref="DistributionName.Normalize"/>).</summary>
    public string? Name => Get("Name");

    /// <summary>The distribution version as published.</summary>
    public string? Version => Get("Version");

    /// <summary>The one-line summary.</summary>
    public string? Summary => Get("Summary");

    /// <summary>The <c>Requires-Python</c> specifier.</summary>
    public string? RequiresPython => Get("Requires-Python");

    /// <summary>Every <c>Requires-Dist</c> value: PEP 508 requirements, possibly with markers
    /// (<c>pytest; extra == "test"</c>).</summary>
    public ImmutableArray<string> RequiresDist => GetAll("Requires-Dist");

    /// <summary>Every <c>Provides-Extra</c> value.</summary>
    public ImmutableArray<string> ProvidesExtra => GetAll("Provides-Extra");

    /// <summary>The first field named <paramref name="name"/> (ignoring case).</summary>
    public string? Get(string name)
    {
        foreach (var field in Fields)
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)) return field.Value;
        return null;
    }

    /// <summary>Every field named <paramref name="name"/> (ignoring case), in order.</summary>
    public ImmutableArray<string> GetAll(string name) =>
        [.. Fields.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value)];

    /// <summary>Reads <c>METADATA</c> or <c>PKG-INFO</c>. Never throws.</summary>
    public static CoreMetadata Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = ImmutableArray.CreateBuilder<MetadataField>();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        int? bodyStart = null;
        string? name = null;
        StringBuilder? value = null;
        var fieldStart = 0;
        var fieldEnd = 0;

        void Flush()
        {
            if (name is null) return;
            fields.Add(new MetadataField(name, value!.ToString().Trim(), TextSpan.FromBounds(fieldStart, fieldEnd)));
            name = null;
        }

        var position = 0;
        while (TextLines.Next(text, ref position, out var start, out var end))
        {
            if (end == start)
            {
                bodyStart = position < text.Length ? position : null;
                break;
            }
            var line = text.AsSpan(start, end - start);
            if (line[0] is ' ' or '\t')
            {
                if (name is null)
                {
                    errors.Add(new SyntaxError(TextSpan.FromBounds(start, end), "continuation line before any field"));
                    continue;
                }
                value!.Append('\n').Append(line.TrimStart());
                fieldEnd = end;
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsFieldName(line[..colon]))
            {
                errors.Add(new SyntaxError(TextSpan.FromBounds(start, end), "expected 'Field: value' or an empty line before the description"));
                bodyStart = start;
                break;
            }
            Flush();
            name = line[..colon].ToString();
            value = new StringBuilder().Append(line[(colon + 1)..].Trim());
            fieldStart = start;
            fieldEnd = end;
        }
        Flush();
        return new CoreMetadata(fields.ToImmutable(), bodyStart, errors.ToImmutable());
    }

    /// <summary>RFC 5322 field names: printable ASCII except ':' and space.</summary>
    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (c is < '!' or > '~') return false;
        return true;
    }
}
