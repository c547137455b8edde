using System.Collections.Immutable;
using System.Text;

namespace VenvLsp.Text;

/// <summary>
/// An immutable text with line/column mapping. Offsets and <see cref="TextSpan"/>s count UTF-16 code
/// units of <see cref="Content"/>, which never contains the byte-order mark: <see cref="HasBom"/> records it
/// so that a file can be written back the way it was read.
/// </summary>
/// <remarks>Lines end at "\r\n", "\n" or "\r", as in the Language Server Protocol.</remarks>
public sealed class SourceText : IEquatable<SourceText>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string content, bool hasBom, bool hadInvalidUtf8, bool looksBinary)
    {
        Content = content;
        HasBom = hasBom;
        HadInvalidUtf8 = hadInvalidUtf8;
        LooksBinary = looksBinary;
        _lineStarts = ComputeLineStarts(content);
    }

    /// <summary>The text, without a byte-order mark.</summary>
    public string Content { get; }

    /// <summary>True when the text was read with a UTF-8 byte-order mark (or given with U+FEFF first).</summary>
    public bool HasBom { get; }

    /// <summary>True when the bytes this text came from were not valid UTF-8 (bad sequences became U+FFFD).</summary>
    public bool HadInvalidUtf8 { get; }

    /// <summary>True when the content holds NUL characters: a binary file, not text.</summary>
    public bool LooksBinary { get; }

    public int Length => Content.Length;

    public int LineCount => _lineStarts.Length;

    public ImmutableArray<int> LineStarts => _lineStarts;

    public char this[int index] => Content[index];

    /// <summary>Makes a text from a string; a leading U+FEFF is taken as a byte-order mark.</summary>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hasBom = text.Length > 0 && text[0] == '\uFEFF';
        var content = hasBom ? text[1..] : text;
        return new SourceText(content, hasBom, hadInvalidUtf8: false, looksBinary: content.Contains('\0'));
    }

    /// <summary>Decodes UTF-8 bytes. Never throws: invalid sequences become U+FFFD and set <see cref="HadInvalidUtf8"/>.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (hasBom) bytes = bytes[3..];
        string content;
        var invalid = false;
        try
        {
            content = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            content = LenientUtf8.GetString(bytes);
            invalid = true;
        }
        return new SourceText(content, hasBom, invalid, bytes.IndexOf((byte)0) >= 0);
    }

    /// <summary>The encoded form of this text, with the byte-order mark when it had one.</summary>
    public byte[] ToBytes()
    {
        var body = LenientUtf8.GetBytes(Content);
        if (!HasBom) return body;
        var result = new byte[body.Length + 3];
        result[0] = 0xEF; result[1] = 0xBB; result[2] = 0xBF;
        body.CopyTo(result, 3);
        return result;
    }

    public string ToString(TextSpan span) => Content.Substring(span.Start, span.Length);

    public override string ToString() => Content;

    /// <summary>Equal texts have the same content, byte-order mark and decoding flags: re-reading an
    /// unchanged file gives an equal text, so nothing derived from it is recomputed.</summary>
    public bool Equals(SourceText? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (HasBom == other.HasBom && HadInvalidUtf8 == other.HadInvalidUtf8 && string.Equals(Content, other.Content, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SourceText);

    public override int GetHashCode() => HashCode.Combine(Content.Length, HasBom, Content.Length > 0 ? Content[0] : '\0');

    /// <summary>The 0-based line that holds <paramref name="offset"/> (offsets past the end map to the last line).</summary>
    public int GetLineIndex(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Line and UTF-16 column of an offset; offsets outside the text are clamped.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Line and UTF-8 byte column of an offset (the LSP "utf-8" position encoding).</summary>
    public LinePosition GetUtf8LinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var line = GetLineIndex(offset);
        var start = _lineStarts[line];
        return new LinePosition(line, Encoding.UTF8.GetByteCount(Content.AsSpan(start, offset - start)));
    }

    /// <summary>
    /// The offset of a UTF-16 line/column. A line past the end gives the end of the text; a column past
    /// the end of its line gives the end of that line (before its line break), as LSP asks.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= LineCount) return Length;
        var line = GetLineSpan(position.Line);
        // Clamped before adding: a column near int.MaxValue must not overflow into a negative offset.
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>The offset of a UTF-8 line/column, clamped like <see cref="GetOffset"/>; a column inside a
    /// multi-byte character maps to the start of that character.</summary>
    public int GetOffsetFromUtf8(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= LineCount) return Length;
        var line = GetLineSpan(position.Line);
        var remaining = Math.Max(0, position.Character);
        var offset = line.Start;
        while (offset < line.End && remaining > 0)
        {
            int units = char.IsHighSurrogate(Content[offset]) && offset + 1 < line.End && char.IsLowSurrogate(Content[offset + 1]) ? 2 : 1;
            int bytes = units == 2 ? 4 : Content[offset] < 0x80 ? 1 : Content[offset] < 0x800 ? 2 : 3;
            if (bytes > remaining) break;
            remaining -= bytes;
            offset += units;
        }
        return offset;
    }

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Length;
        if (end > start && Content[end - 1] == '\n') end--;
        if (end > start && Content[end - 1] == '\r') end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of a line including its line break.</summary>
    public TextSpan GetLineSpanIncludingBreak(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Length;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => ToString(GetLineSpan(line));

    /// <summary>The line break used most often; <see cref="LineEnding.None"/> when there is none.</summary>
    public LineEnding DominantLineEnding
    {
        get
        {
            int lf = 0, crlf = 0, cr = 0;
            for (var i = 0; i < Content.Length; i++)
            {
                if (Content[i] == '\r')
                {
                    if (i + 1 < Content.Length && Content[i + 1] == '\n') { crlf++; i++; }
                    else cr++;
                }
                else if (Content[i] == '\n') lf++;
            }
            if (lf == 0 && crlf == 0 && cr == 0) return LineEnding.None;
            if (crlf > lf && crlf >= cr) return LineEnding.CrLf;
            if (cr > lf && cr > crlf) return LineEnding.Cr;
            return LineEnding.Lf;
        }
    }

    /// <summary>The line break to use in inserted text: the dominant one, or "\n" for a text without any.</summary>
    public string NewLine => DominantLineEnding == LineEnding.None ? "\n" : DominantLineEnding.AsString();

    public bool EndsWithNewline => Length > 0 && (Content[^1] == '\n' || Content[^1] == '\r');

    /// <summary>Applies non-overlapping edits (in any order) and returns the new text; BOM and encoding flags carry over.</summary>
    public SourceText WithEdits(IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        if (ordered.Count == 0) return this;
        var builder = new StringBuilder(Content.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > Length)
                throw new ArgumentException($"Edits overlap or fall outside the text at {edit.Span}.", nameof(edits));
            builder.Append(Content, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(Content, position, Length - position);
        return new SourceText(builder.ToString(), HasBom, HadInvalidUtf8, LooksBinary);
    }

    private static ImmutableArray<int> ComputeLineStarts(string content)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                if (i + 1 < content.Length && content[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToImmutable();
    }
}
