using VenvLsp.Text;

namespace VenvLsp.Diagnostics;

/// <summary>A place in a file: its full path, the span, and the span's line/UTF-16 column range.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan Range)
{
    public static Location Create(string path, SourceText text, TextSpan span) =>
        new(path, span, text.GetLinePositionSpan(span));

    /// <summary>The start of a file, for findings about a file as a whole.</summary>
    public static Location StartOf(string path) => new(path, new TextSpan(0, 0), default);
}

/// <summary>Another place that explains a finding (the ecf file that activates, the missing J-job's folder).</summary>
public sealed record RelatedLocation(Location Location, string Message);
