namespace VenvLsp.Ecflow;

/// <summary>
/// Reads the ecFlow pre-processor layer of a job card (<c>*.ecf</c>, or an extension-less job card under <c>ecf/</c>).
/// </summary>
/// <remarks>
/// <para>What counts as a directive follows ecFlow's own pre-processor: the directive character (<c>%</c>, or the one
/// set by <c>%ecfmicro</c>) must be the first character of the line, and a line starting with two of them is an
/// ordinary line. A line like <c>%VAR% ...</c> or <c>%VAR:x% ...</c> is an ordinary line that starts with a reference.
/// Directive words must stand alone (<c>%endif</c> is an unknown directive, where ecFlow would take it for <c>%end</c>),
/// except that text after a block word is allowed (<c>%end - of manual</c>), as ecFlow allows it.</para>
/// <para>Inside <c>%nopp</c> only <c>%end</c> is a directive (a block start there is reported as nested): nothing else
/// is pre-processed, not even <c>%include</c>. Inside <c>%comment</c> and <c>%manual</c>, ecFlow still expands
/// includes and honours <c>%ecfmicro</c>, so those are recorded; other text there is neither checked nor scanned for
/// references, since it never reaches the job.</para>
/// <para>An odd number of directive characters on an ordinary line is an error, with ecFlow's two exceptions: a line
/// whose first character is <c>#</c>, and a line whose extra character sits after its last <c>#</c>. A reference
/// without a default whose name cannot be a variable (<c>%Y-%</c> in <c>date +%Y-%m-%d%H%</c>) is an error too,
/// because ecFlow fails to make the job on it, even on a <c>#</c> line.</para>
/// <para>Nested blocks are errors (ecFlow rejects most of them, and pairs <c>%end</c> lines in an order nobody expects
/// for the rest); for recovery a nested start is still paired with the next <c>%end</c>, so one mistake gives one
/// error. A line starting with the directive character that is not a directive (<c>%VAR% x %</c>) gets the same
/// unbalanced check as any line, where ecFlow itself would let the stray <c>%</c> through to the job.</para>
/// </remarks>
public static class EcfParser
{
    /// <summary>The directive character ecFlow uses unless told otherwise.</summary>
    public const char DefaultMicro = '%';

    /// <summary>Parses a job card. Never throws: problems are in <see cref="EcfDocument.Errors"/>.</summary>
    public static EcfDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new EcfParseRun(text).Run();
    }
}
