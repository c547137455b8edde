namespace VenvLsp.Python;

internal enum PythonTokenKind : byte
{
    /// <summary>Starts every logical line; <see cref="PythonToken.Value"/> is its indentation column.</summary>
    LineStart,
    Name,
    Number,
    String,
    Operator,
    /// <summary>Ends every logical line (also at the end of the text).</summary>
    LineEnd,
}

/// <summary>What a string token's prefix and quotes say about it.</summary>
[Flags]
internal enum PythonStringFlags : byte
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Formatted = 4,
    Triple = 8,
    Unterminated = 16,
    /// <summary>A t-string (template string, Python 3.14): scanned like an f-string.</summary>
    Template = 32,
}

/// <summary>One token of Python source. Offsets index the scanned text; a token never owns a string.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset after its last character.</param>
/// <param name="Value">For <see cref="PythonTokenKind.LineStart"/> the indentation column; for strings the
/// length of the prefix plus opening quotes; otherwise 0.</param>
/// <param name="StringFlags">For strings: prefix and quote kind.</param>
internal readonly record struct PythonToken(PythonTokenKind Kind, int Start, int End, int Value = 0, PythonStringFlags StringFlags = PythonStringFlags.None)
{
    public int Length => End - Start;

    public bool IsLiteralString =>
        Kind == PythonTokenKind.String
        && (StringFlags & (PythonStringFlags.Formatted | PythonStringFlags.Template | PythonStringFlags.Bytes | PythonStringFlags.Unterminated)) == 0;
}
