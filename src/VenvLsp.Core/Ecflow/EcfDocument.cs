using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>
/// The ecFlow pre-processor layer of a job card: what <see cref="EcfParser"/> found, and the shell that remains.
/// All spans are offsets into the text given to <see cref="EcfParser.Parse"/>.
/// </summary>
/// <param name="ShellText">The input with every directive line and the whole of every <c>%comment</c> and
/// <c>%manual</c> block (their <c>%end</c> lines included) replaced by spaces. Every <c>\r</c> and <c>\n</c> stays, so
/// it has exactly the input's length and lines: a shell parser run on it reports offsets that are valid in the job
/// card. <c>%nopp</c> content and <c>%VAR%</c> references on shell lines stay as written. When nothing needs blanking
/// it is the input string itself.</param>
/// <param name="Directives">Every directive line, in order, including those inside blocks.</param>
/// <param name="Includes">Every <c>%include</c>, <c>%includeonce</c> and <c>%includenopp</c>, in order.</param>
/// <param name="Blocks">Every <c>%comment</c>, <c>%manual</c> and <c>%nopp</c> block, ordered by start.</param>
/// <param name="Variables"><c>%VAR%</c> and <c>%VAR:default%</c> references outside <c>%nopp</c> blocks, in order.</param>
/// <param name="LiteralPercents">The <c>%%</c> pairs (a literal <c>%</c> in the job) outside <c>%nopp</c> blocks.</param>
/// <param name="Errors">Pre-processor errors: unclosed or nested blocks, a stray <c>%end</c>, an unknown directive, an
/// unbalanced <c>%</c>, a reference that cannot name a variable, an include without a file, a bad <c>%ecfmicro</c>.</param>
public sealed record EcfDocument(
    string ShellText,
    ImmutableArray<EcfDirective> Directives,
    ImmutableArray<EcfInclude> Includes,
    ImmutableArray<EcfBlock> Blocks,
    ImmutableArray<EcfVariableReference> Variables,
    ImmutableArray<TextSpan> LiteralPercents,
    ImmutableArray<SyntaxError> Errors)
{
    /// <summary>The spans of the <c>%manual</c> blocks (start line to <c>%end</c> line), for an outline.</summary>
    public ImmutableArray<TextSpan> ManualSections => SectionsOf(EcfBlockKind.Manual);

    /// <summary>The spans of the <c>%comment</c> blocks (start line to <c>%end</c> line), for an outline.</summary>
    public ImmutableArray<TextSpan> CommentSections => SectionsOf(EcfBlockKind.Comment);

    private ImmutableArray<TextSpan> SectionsOf(EcfBlockKind kind) =>
        Blocks.Where(b => b.Kind == kind).Select(b => b.Span).ToImmutableArray();
}
