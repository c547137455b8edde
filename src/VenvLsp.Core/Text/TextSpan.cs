namespace VenvLsp.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: [Start, End).</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="offset"/> is inside the span (the end is exclusive).</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the spans share at least one character, or one is empty and touches the other's inside.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Math.Max(Start, other.Start) < Math.Min(End, other.End)
        || (IsEmpty && other.Start < Start && Start < other.End)
        || (other.IsEmpty && Start < other.Start && other.Start < End);

    public override string ToString() => $"[{Start}..{End})";
}
