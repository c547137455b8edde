namespace VenvLsp.Text;

/// <summary>A 0-based line and a 0-based column. The unit of the column is stated by whoever makes it
/// (UTF-16 code units unless a method says UTF-8 bytes).</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>A range between two <see cref="LinePosition"/>s, end exclusive.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
