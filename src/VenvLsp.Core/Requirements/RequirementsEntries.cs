using System.Collections.Immutable;
using VenvLsp.Pep440;
using VenvLsp.Pep508;
using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>An option as written on a requirements line. Spans are in the file.</summary>
/// <param name="Option">The option pip resolves the name to; null when pip does not know it.</param>
/// <param name="Written">The name as written (<c>--index</c>, <c>-f</c>).</param>
/// <param name="GluedShort">A short option with its value glued on (<c>-rfile</c>).</param>
public sealed record ParsedPipOption(PipOption? Option, string Written, TextSpan NameSpan, string? Value, TextSpan? ValueSpan, bool GluedShort)
{
    public TextSpan Span => ValueSpan is { } value ? TextSpan.FromBounds(NameSpan.Start, Math.Max(NameSpan.End, value.End)) : NameSpan;

    public bool Is(string longName) => Option?.LongName == longName;
}

/// <summary>How a requirement names what to install.</summary>
public enum RequirementKind
{
    /// <summary>A PEP 508 name with optional extras, specifiers and marker: resolved from an index.</summary>
    Named,
    /// <summary>A URL: <c>name @ https://...</c>, <c>git+https://...</c>, <c>file://...</c>.</summary>
    Url,
    /// <summary>A local directory (<c>./pkg</c>, <c>/abs/pkg</c>).</summary>
    Path,
    /// <summary>An archive or wheel file (<c>pkg-1.0.tar.gz</c>, <c>pkg-1.0-py3-none-any.whl</c>).</summary>
    Archive,
}

/// <summary>One logical line of a requirements file.</summary>
public abstract record RequirementsEntry(LogicalLine Line, ImmutableArray<ParsedPipOption> Options, ImmutableArray<SyntaxError> Errors)
{
    /// <summary>The non-blank text of the line, in the file.</summary>
    public TextSpan Span => Line.ContentSpan;
}

/// <summary>A line that installs something (including <c>-e</c> lines).</summary>
public sealed record RequirementEntry(
    LogicalLine Line,
    ImmutableArray<ParsedPipOption> Options,
    ImmutableArray<SyntaxError> Errors,
    string Text,
    TextSpan TextSpan,
    RequirementKind Kind,
    bool IsEditable,
    Pep508Requirement? Parsed,
    string? Name,
    TextSpan? NameSpan,
    TextSpan? ExtrasSpan,
    SpecifierSet Specifiers,
    TextSpan? SpecifierSpan,
    bool HasTemplatePlaceholder) : RequirementsEntry(Line, Options, Errors)
{
    /// <summary>The PEP 503 normalized name, when the line names a package.</summary>
    public string? NormalizedName => Name is null ? null : PackageName.Normalize(Name);

    /// <summary>True for a direct reference: a URL, a path, an archive or an editable install.</summary>
    public bool IsDirectReference => Kind != RequirementKind.Named || IsEditable;

    /// <summary>True when the version is pinned to exactly one: <c>==</c> without a wildcard, or <c>===</c>.</summary>
    public bool IsPinned => Specifiers.Specifiers.Any(s => s.IsExactPin);

    /// <summary>Global options on this line, which pip ignores on a requirement line (<c>requests --pre</c>).</summary>
    public IEnumerable<ParsedPipOption> IgnoredGlobalOptions =>
        IsEditable ? Options.Where(o => o.Option?.Scope == PipOptionScope.Global && !o.Is("--editable"))
                   : Options.Where(o => o.Option?.Scope == PipOptionScope.Global);
}

/// <summary>A line of options only (<c>-r</c>, <c>--index-url</c>, <c>--pre</c>...).</summary>
/// <param name="StrayArguments">Words after the options that pip silently drops (<c>--pre requests</c>).</param>
public sealed record OptionsEntry(
    LogicalLine Line,
    ImmutableArray<ParsedPipOption> Options,
    ImmutableArray<SyntaxError> Errors,
    ImmutableArray<ShellWord> StrayArguments) : RequirementsEntry(Line, Options, Errors);

/// <summary>A <c>-r</c> or <c>-c</c> include.</summary>
public sealed record RequirementsInclude(string Path, TextSpan PathSpan, bool IsConstraint, ParsedPipOption Option);
