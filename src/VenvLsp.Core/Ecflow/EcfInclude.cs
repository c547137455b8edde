using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>How an include names its file; each form has its own search rule (see <see cref="EcfIncludeResolver"/>).</summary>
public enum EcfIncludeForm
{
    /// <summary><c>%include &lt;head.h&gt;</c>: searched in the include folders.</summary>
    AngleBrackets,

    /// <summary><c>%include "head.h"</c>: relative to the suite/family folder, or to the job card for <c>"./x"</c> and <c>"../x"</c>.</summary>
    Quoted,

    /// <summary><c>%include head.h</c> or <c>%include /abs/head.h</c>: the path as written.</summary>
    Plain,
}

/// <summary>
/// An <c>%include</c>, <c>%includeonce</c> or <c>%includenopp</c> directive.
/// </summary>
/// <param name="Kind"><see cref="EcfDirectiveKind.Include"/>, <see cref="EcfDirectiveKind.IncludeOnce"/> or <see cref="EcfDirectiveKind.IncludeNopp"/>.</param>
/// <param name="Form">How the file is named.</param>
/// <param name="Target">The file name without its delimiters (<c>head.h</c>); empty when the directive names no file.</param>
/// <param name="TargetSpan">Where <see cref="Target"/> is in the text (inside the delimiters).</param>
/// <param name="LineSpan">The whole directive line, without its line break.</param>
/// <param name="EnclosingBlock">The block the directive stands in, if any: an include inside <c>%comment</c> or <c>%manual</c>
/// is expanded by ecFlow but never reaches the job.</param>
/// <param name="HasVariables">True when the target holds an ecFlow variable (<c>%ECF_HOME%</c>) or a shell one
/// (<c>$HOME</c>, <c>${X}</c>): it cannot be resolved without the suite.</param>
public sealed record EcfInclude(
    EcfDirectiveKind Kind,
    EcfIncludeForm Form,
    string Target,
    TextSpan TargetSpan,
    TextSpan LineSpan,
    EcfBlockKind? EnclosingBlock,
    bool HasVariables)
{
    /// <summary>True when the target is an absolute path (in any form).</summary>
    public bool IsAbsolute => Target.StartsWith('/');

    /// <summary>The last path segment of the target (<c>head.h</c> for <c>&lt;sub/head.h&gt;</c>).</summary>
    public string FileName => Target[(Target.LastIndexOf('/') + 1)..];

    /// <summary>True when the include reaches the job: it is not inside a <c>%comment</c> or <c>%manual</c> block.</summary>
    public bool IsInJob => EnclosingBlock is null or EcfBlockKind.Nopp;
}
