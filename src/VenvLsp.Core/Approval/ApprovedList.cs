using System.Collections.Immutable;
using VenvLsp.Pep440;
using VenvLsp.Pep508;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Approval;

/// <summary>One line of an approved list: a package, and the versions it allows (any when empty).</summary>
public sealed record ApprovedEntry(string Name, SpecifierSet Specifiers, string SourcePath, TextSpan Span)
{
    public string NormalizedName => PackageName.Normalize(Name);
}

/// <summary>A line of an approved list that is not a plain requirement (VENV903).</summary>
public sealed record ApprovedListProblem(TextSpan Span, string Message);

/// <summary>
/// The approved software list: a file in requirements format, one entry a line, a name alone (any
/// version) or a name with specifiers; several lines for one name mean any of them. Several files
/// can be combined. Immutable.
/// </summary>
public sealed class ApprovedList
{
    private readonly ImmutableDictionary<string, ImmutableArray<ApprovedEntry>> _byName;

    private ApprovedList(ImmutableDictionary<string, ImmutableArray<ApprovedEntry>> byName, ImmutableArray<string> sources)
    {
        _byName = byName;
        Sources = sources;
    }

    public static ApprovedList Empty { get; } = new(ImmutableDictionary<string, ImmutableArray<ApprovedEntry>>.Empty, []);

    /// <summary>The files this list was read from.</summary>
    public ImmutableArray<string> Sources { get; }

    public int Count => _byName.Count;

    /// <summary>The names as first written, for completion and suggestions.</summary>
    public IEnumerable<string> Names => _byName.Values.Select(entries => entries[0].Name);

    /// <summary>Parses one file; problems are the lines that are not valid requirements.</summary>
    public static (ApprovedList List, ImmutableArray<ApprovedListProblem> Problems) Parse(string path, SourceText text)
    {
        var file = RequirementsParser.Parse(text);
        var problems = ImmutableArray.CreateBuilder<ApprovedListProblem>();
        var byName = new Dictionary<string, ImmutableArray<ApprovedEntry>.Builder>(StringComparer.Ordinal);
        foreach (var entry in file.Entries)
        {
            if (entry.Errors.Length > 0)
            {
                foreach (var error in entry.Errors) problems.Add(new ApprovedListProblem(error.Span, error.Message));
                continue;
            }
            if (entry is not RequirementEntry { Kind: RequirementKind.Named, IsEditable: false, Name: { } name } requirement)
            {
                problems.Add(new ApprovedListProblem(entry.Span, "An approved list names packages and versions only: no options, URLs, paths or editables."));
                continue;
            }
            if (requirement.Parsed?.Marker is not null || requirement.Parsed?.Extras.Length > 0)
            {
                problems.Add(new ApprovedListProblem(entry.Span, "Extras and environment markers have no meaning in an approved list."));
            }
            var normalized = PackageName.Normalize(name);
            if (!byName.TryGetValue(normalized, out var list)) byName[normalized] = list = ImmutableArray.CreateBuilder<ApprovedEntry>();
            list.Add(new ApprovedEntry(name, requirement.Specifiers, path, entry.Span));
        }
        var dictionary = byName.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
        return (new ApprovedList(dictionary, [path]), problems.ToImmutable());
    }

    /// <summary>Both lists together: a package approved by either is approved.</summary>
    public ApprovedList Combine(ApprovedList other)
    {
        var builder = _byName.ToBuilder();
        foreach (var (name, entries) in other._byName)
            builder[name] = builder.TryGetValue(name, out var mine) ? mine.AddRange(entries) : entries;
        return new ApprovedList(builder.ToImmutable(), Sources.AddRange(other.Sources));
    }

    public bool Contains(string name) => _byName.ContainsKey(PackageName.Normalize(name));

    public ImmutableArray<ApprovedEntry> EntriesFor(string name) =>
        _byName.TryGetValue(PackageName.Normalize(name), out var entries) ? entries : [];

    /// <summary>True when every version <paramref name="requested"/> allows is allowed by the entries
    /// for the package together (an entry without specifiers allows any version): <c>&gt;=1.0,&lt;3</c> is
    /// approved by the lines <c>&gt;=1.0,&lt;2</c> and <c>&gt;=2,&lt;3</c>.</summary>
    public bool Allows(string name, SpecifierSet requested)
    {
        var entries = EntriesFor(name);
        if (entries.IsEmpty) return false;
        if (entries.Any(e => e.Specifiers.IsEmpty && e.Specifiers.Errors.Count == 0)) return true;
        return !requested.IsEmpty && requested.IsSubsetOfUnion(entries.Select(e => e.Specifiers));
    }

    /// <summary>The versions the list pins exactly (<c>==X</c>) for a package, newest first.</summary>
    public ImmutableArray<Pep440Version> ExactVersions(string name) =>
        EntriesFor(name)
            .SelectMany(e => e.Specifiers.Specifiers)
            .Where(s => s is { Operator: SpecifierOperator.Equal, HasWildcard: false, Version: not null })
            .Select(s => s.Version!)
            .Distinct()
            .OrderByDescending(v => v)
            .ToImmutableArray();
}
