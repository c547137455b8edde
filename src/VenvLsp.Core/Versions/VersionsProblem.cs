using VenvLsp.Text;

namespace VenvLsp.Versions;

/// <summary>Why a line of a versions file is not a plain <c>export name_ver=value</c>.</summary>
public enum VersionsProblemKind
{
    /// <summary>A command or other shell that is not an assignment (<c>module load x</c>, <c>set -x</c>): no entry.</summary>
    NotAnAssignment,

    /// <summary><c>name_ver=value</c> without <c>export</c>: a shell variable that J-jobs and ex-scripts do not inherit. The entry is kept.</summary>
    MissingExport,

    /// <summary><c>export export x_ver=1</c>: works in bash (it also exports a variable named <c>export</c>), but is a typo. The entry is kept.</summary>
    RepeatedExport,

    /// <summary><c>x_ver = 1</c> or <c>x_ver= 1</c>: the shell does not assign the value. No entry.</summary>
    SpaceAroundEquals,

    /// <summary>A valid variable whose name does not end in <c>_ver</c> (<c>export model=hafs</c>). The entry is kept.</summary>
    NotVersionName,

    /// <summary><c>export 1x_ver=1</c>: the shell rejects the name. No entry.</summary>
    InvalidName,

    /// <summary><c>export x_ver</c>: exports without setting a value. No entry.</summary>
    MissingValue,

    /// <summary><c>export x_ver=</c>: an empty version. The entry is kept.</summary>
    EmptyValue,

    /// <summary><c>export x_ver=${x_ver:-1.0}</c> or <c>$(cmd)</c>: the file does not fix the version. The entry is kept.</summary>
    ExpandedValue,

    /// <summary>A quote that the line does not close: the shell would read on into the next lines. No entry.</summary>
    UnterminatedQuote,

    /// <summary>A name set a second time; the later value wins. Both entries are kept.</summary>
    DuplicateName,

    /// <summary><c>export a_ver=1 b_ver=2</c>: several assignments on one line. The entries are kept.</summary>
    SeveralAssignments,

    /// <summary>A <c>;</c>, <c>&amp;&amp;</c>, pipe or redirection after the assignment: more shell than a versions line should hold. Entries before it are kept.</summary>
    TrailingCommand,

    /// <summary>CRLF line ends: bash keeps the <c>\r</c> in each value (<c>3.12.0\r</c>). Reported once per file.</summary>
    CarriageReturn,
}

/// <summary>A line of a versions file that is not a plain <c>export name_ver=value</c>.</summary>
/// <param name="Kind">What is wrong (or unusual).</param>
/// <param name="Span">The part of the line the problem is about.</param>
/// <param name="Message">A sentence for the user.</param>
/// <param name="Line">The 0-based line.</param>
public sealed record VersionsProblem(VersionsProblemKind Kind, TextSpan Span, string Message, int Line);
