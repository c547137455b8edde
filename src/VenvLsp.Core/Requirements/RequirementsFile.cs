using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>A parsed requirements file: its logical lines as pip reads them, its comments, and the
/// <c>${VAR}</c> references pip would expand. Built by <see cref="RequirementsParser"/>.</summary>
public sealed class RequirementsFile
{
    internal RequirementsFile(SourceText text, bool isTemplate, ImmutableArray<RequirementsEntry> entries,
        ImmutableArray<RequirementsComment> comments, ImmutableArray<TextSpan> placeholders)
    {
        Text = text;
        IsTemplate = isTemplate;
        Entries = entries;
        Comments = comments;
        Placeholders = placeholders;
    }

    public SourceText Text { get; }

    /// <summary>True for a Jinja template (<c>*.j2</c>): <c>{{ ... }}</c> is opaque text.</summary>
    public bool IsTemplate { get; }

    public ImmutableArray<RequirementsEntry> Entries { get; }

    public ImmutableArray<RequirementsComment> Comments { get; }

    /// <summary>The spans of Jinja placeholders (<c>{{ ... }}</c>) in a template.</summary>
    public ImmutableArray<TextSpan> Placeholders { get; }

    public IEnumerable<RequirementEntry> Requirements => Entries.OfType<RequirementEntry>();

    /// <summary>The <c>-r</c> and <c>-c</c> includes, in file order.</summary>
    public IEnumerable<RequirementsInclude> Includes
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry is not OptionsEntry) continue;
                // pip follows only the first -r (or, without one, the first -c) of a line.
                var option = entry.Options.FirstOrDefault(o => o.Is("--requirement") && o.Value is not null)
                             ?? entry.Options.FirstOrDefault(o => o.Is("--constraint") && o.Value is not null);
                if (option is { Value: { } path, ValueSpan: { } span })
                    yield return new RequirementsInclude(path, span, option.Is("--constraint"), option);
            }
        }
    }

    /// <summary>Every problem that makes pip reject a line, in the file's coordinates.</summary>
    public IEnumerable<SyntaxError> Errors => Entries.SelectMany(e => e.Errors);
}
