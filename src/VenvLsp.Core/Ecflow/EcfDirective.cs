using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>The kinds of line an ecFlow pre-processor treats as a directive.</summary>
public enum EcfDirectiveKind
{
    /// <summary><c>%include f</c>: the file is pre-processed and inserted.</summary>
    Include,

    /// <summary><c>%includeonce f</c>: like <see cref="Include"/>, but a file already included is skipped.</summary>
    IncludeOnce,

    /// <summary><c>%includenopp f</c>: the file is inserted without pre-processing (as if inside <c>%nopp</c>).</summary>
    IncludeNopp,

    /// <summary><c>%comment</c>: starts a block removed from the job.</summary>
    Comment,

    /// <summary><c>%manual</c>: starts a block removed from the job and shown as the task's manual.</summary>
    Manual,

    /// <summary><c>%nopp</c>: starts a block that is kept but not pre-processed.</summary>
    Nopp,

    /// <summary><c>%end</c>: ends the innermost open block.</summary>
    End,

    /// <summary><c>%ecfmicro C</c>: makes C the directive character for the rest of the file.</summary>
    EcfMicro,

    /// <summary>A <c>%word</c> at the start of a line that ecFlow does not know: an error.</summary>
    Unknown,
}

/// <summary>
/// One directive line.
/// </summary>
/// <param name="Kind">What the directive is.</param>
/// <param name="Name">The directive word without the directive character (<c>include</c>, or the unknown word).</param>
/// <param name="NameSpan">The directive character and the word (<c>%include</c>).</param>
/// <param name="LineSpan">The whole line, without its line break.</param>
/// <param name="Micro">The directive character in force on this line (<c>%</c> unless <c>%ecfmicro</c> changed it).</param>
public sealed record EcfDirective(EcfDirectiveKind Kind, string Name, TextSpan NameSpan, TextSpan LineSpan, char Micro);
