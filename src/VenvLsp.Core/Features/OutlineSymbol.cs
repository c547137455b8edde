using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Features;

/// <summary>What an outline entry is. A client maps these to its own symbol kinds.</summary>
public enum OutlineKind
{
    /// <summary>A run of scheduler directive lines (<c>#PBS</c>, or <c>#SBATCH</c>/<c>#BSUB</c>); its children are the lines.</summary>
    SchedulerDirectives,
    /// <summary>One <c>#PBS</c> (or other scheduler) line.</summary>
    SchedulerDirective,
    /// <summary>An ecFlow <c>%include</c>.</summary>
    Include,
    /// <summary>A variable the file sets: <c>model</c> and exports in a job card, every top-level assignment in a J-job,
    /// an entry of a versions file.</summary>
    Variable,
    /// <summary>A <c>module load</c> (or another <c>module</c> / <c>ml</c> command).</summary>
    ModuleCommand,
    /// <summary><c>source .../venv/bin/activate</c>.</summary>
    VenvActivation,
    /// <summary><c>deactivate</c>.</summary>
    VenvDeactivation,
    /// <summary>The J-job a job card runs.</summary>
    JobCall,
    /// <summary>The ex-script a J-job runs.</summary>
    ExScriptCall,
    /// <summary><c>err_chk</c>.</summary>
    ErrorCheck,
    /// <summary>The removal of <c>$DATA</c>, with its <c>KEEPDATA</c> guard.</summary>
    DataCleanup,
    /// <summary>A <c>%manual</c> or <c>%comment</c> block.</summary>
    Section,
    /// <summary>A shell function; its children are the entries inside it.</summary>
    Function,
}

/// <summary>
/// One entry of a document's outline, in engine terms (spans into the document's text). Invariants: the selection
/// range lies in the range, children lie in their parent's range, and siblings are in document order.
/// </summary>
/// <param name="Name">What the outline shows (<c>%include &lt;head.h&gt;</c>, <c>JAIGFS_FORECAST</c>, <c>DATA</c>).</param>
/// <param name="Detail">A second, dimmer text (the resolved include, the value, whether the cleanup is guarded), or null.</param>
/// <param name="Kind">What the entry is.</param>
/// <param name="Range">Everything the entry covers (a whole <c>if</c> for a guarded cleanup).</param>
/// <param name="SelectionRange">What to reveal and select when the entry is picked (the name).</param>
/// <param name="Children">Entries inside this one.</param>
public sealed record OutlineSymbol(string Name, string? Detail, OutlineKind Kind, TextSpan Range, TextSpan SelectionRange, ImmutableArray<OutlineSymbol> Children)
{
    /// <summary>A symbol without children.</summary>
    public static OutlineSymbol Leaf(string name, string? detail, OutlineKind kind, TextSpan range, TextSpan selection) =>
        new(name, detail, kind, range, selection, []);
}
