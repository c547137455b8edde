using System.Collections.Immutable;
using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>
/// One line as pip sees it after joining backslash continuations and cutting the comment:
/// <see cref="Text"/> is what pip parses, and <see cref="ToOriginal(int)"/> maps an offset in it back
/// to the file, so every finding points at the characters the user wrote.
/// </summary>
public sealed class LogicalLine
{
    private readonly ImmutableArray<(int Logical, int Original, int Length)> _segments;

    internal LogicalLine(string text, ImmutableArray<(int Logical, int Original, int Length)> segments, int firstLine, int lastLine)
    {
        Text = text;
        _segments = segments;
        FirstLine = firstLine;
        LastLine = lastLine;
    }

    /// <summary>The joined text, comment removed, not trimmed (offsets in it map back).</summary>
    public string Text { get; }

    /// <summary>0-based index of the first physical line.</summary>
    public int FirstLine { get; }

    /// <summary>0-based index of the last physical line (continuations make it later than <see cref="FirstLine"/>).</summary>
    public int LastLine { get; }

    /// <summary>The offset in the file of the character at <paramref name="logical"/> (the end maps to
    /// just after the last character).</summary>
    public int ToOriginal(int logical)
    {
        if (_segments.Length == 0) return 0;
        foreach (var segment in _segments)
            if (logical < segment.Logical + segment.Length)
                return segment.Original + Math.Max(0, logical - segment.Logical);
        var last = _segments[^1];
        return last.Original + last.Length;
    }

    /// <summary>Maps a span of <see cref="Text"/> to the file.</summary>
    public TextSpan ToOriginal(TextSpan logical)
    {
        var start = ToOriginal(logical.Start);
        if (logical.IsEmpty) return new TextSpan(start, 0);
        var end = ToOriginal(logical.End - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The span of the non-blank text, in the file.</summary>
    public TextSpan ContentSpan
    {
        get
        {
            var start = 0;
            var end = Text.Length;
            while (start < end && char.IsWhiteSpace(Text[start])) start++;
            while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
            return ToOriginal(TextSpan.FromBounds(start, end));
        }
    }

    /// <summary>The first <paramref name="length"/> characters, still mapped to the file.</summary>
    internal LogicalLine Truncate(int length)
    {
        var segments = ImmutableArray.CreateBuilder<(int, int, int)>();
        foreach (var (logical, original, count) in _segments)
        {
            if (logical >= length) break;
            segments.Add((logical, original, Math.Min(count, length - logical)));
        }
        return new LogicalLine(Text[..length], segments.ToImmutable(), FirstLine, LastLine);
    }

    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly ImmutableArray<(int, int, int)>.Builder _segments = ImmutableArray.CreateBuilder<(int, int, int)>();

        public int FirstLine { get; set; } = -1;

        public bool IsEmpty => FirstLine < 0;

        public void Append(string source, int start, int length)
        {
            if (length <= 0) return;
            _segments.Add((_text.Length, start, length));
            _text.Append(source, start, length);
        }

        public LogicalLine Build(int lastLine)
        {
            var line = new LogicalLine(_text.ToString(), _segments.ToImmutable(), FirstLine, lastLine);
            _text.Clear();
            _segments.Clear();
            FirstLine = -1;
            return line;
        }
    }
}
