namespace VenvLsp.Text;

public enum LineEnding
{
    /// <summary>The text has no line break at all.</summary>
    None,
    Lf,
    CrLf,
    Cr,
}

public static class LineEndingExtensions
{
    public static string AsString(this LineEnding ending) => ending switch
    {
        LineEnding.CrLf => "\r\n",
        LineEnding.Cr => "\r",
        _ => "\n",
    };
}
