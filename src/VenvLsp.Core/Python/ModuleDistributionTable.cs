using System.Collections.Frozen;
using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>One row of the module table.</summary>
/// <param name="Module">Import name, possibly dotted (<c>google.protobuf</c>).</param>
/// <param name="Distribution">The distribution that provides it, as published.</param>
/// <param name="Note">Where the mapping comes from.</param>
/// <param name="Span">The row in the table's text.</param>
public sealed record ModuleDistributionEntry(string Module, string Distribution, string Note, TextSpan Span);

/// <summary>
/// Which distributions provide a module whose import name differs from its distribution name
/// (<c>yaml</c> → <c>PyYAML</c>, <c>sklearn</c> → <c>scikit-learn</c>). The default table is the data
/// file <c>Data/module-distributions.tsv</c>; see its header for the format and sources.
/// </summary>
public sealed class ModuleDistributionTable
{
    private static readonly Lazy<ModuleDistributionTable> DefaultTable = new(() => Parse(PythonData.Read("module-distributions.tsv")));

    private readonly FrozenDictionary<string, IReadOnlyList<string>> _byModule;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _byDistribution;

    private ModuleDistributionTable(ImmutableArray<ModuleDistributionEntry> entries, ImmutableArray<SyntaxError> errors)
    {
        Entries = entries;
        Errors = errors;
        _byModule = Group(entries, e => e.Module, e => e.Distribution);
        _byDistribution = Group(entries, e => DistributionName.Normalize(e.Distribution), e => e.Module);
    }

    /// <summary>The table shipped with VenvLsp.</summary>
    public static ModuleDistributionTable Default => DefaultTable.Value;

    /// <summary>Rows in file order.</summary>
    public ImmutableArray<ModuleDistributionEntry> Entries { get; }

    /// <summary>Rows that could not be read (too few columns, empty names, a repeated pair).</summary>
    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary>
    /// The distributions that provide <paramref name="dottedModule"/>, any one of which is enough, usual
    /// one first. The longest listed prefix of the name decides (component by component:
    /// <c>google.protobuf.json_format</c> finds <c>google.protobuf</c>, <c>google.api_core</c> does not
    /// find <c>google.api</c>). False when no row matches; callers then compare the import name itself
    /// with distribution names after <see cref="DistributionName.Normalize"/>.
    /// </summary>
    public bool TryGetDistributions(string dottedModule, out IReadOnlyList<string> distributions)
    {
        ArgumentNullException.ThrowIfNull(dottedModule);
        var name = dottedModule;
        while (true)
        {
            if (_byModule.TryGetValue(name, out var found))
            {
                distributions = found;
                return true;
            }
            var dot = name.LastIndexOf('.');
            if (dot < 0) break;
            name = name[..dot];
        }
        distributions = [];
        return false;
    }

    /// <summary>The modules the table says <paramref name="distribution"/> provides (names compared
    /// after normalization); empty when the table does not list it.</summary>
    public IReadOnlyList<string> GetModules(string distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return _byDistribution.TryGetValue(DistributionName.Normalize(distribution), out var modules) ? modules : [];
    }

    /// <summary>Reads a table in the format of <c>module-distributions.tsv</c>. Never throws.</summary>
    public static ModuleDistributionTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<ModuleDistributionEntry>();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        var seen = new HashSet<(string, string)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            var span = TextSpan.FromBounds(start, lineEnd);
            var line = text.Substring(start, lineEnd - start);
            start = end + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;

            var columns = line.Split('\t');
            var module = columns[0].Trim();
            var distribution = columns.Length > 1 ? columns[1].Trim() : "";
            if (module.Length == 0 || distribution.Length == 0)
            {
                errors.Add(new SyntaxError(span, "expected 'module<TAB>distribution<TAB>note'"));
                continue;
            }
            if (!seen.Add((module, DistributionName.Normalize(distribution))))
            {
                errors.Add(new SyntaxError(span, $"'{module}' → '{distribution}' is listed twice"));
                continue;
            }
            var note = columns.Length > 2 ? string.Join('\t', columns[2..]).Trim() : "";
            entries.Add(new ModuleDistributionEntry(module, distribution, note, span));
        }
        return new ModuleDistributionTable(entries.ToImmutable(), errors.ToImmutable());
    }

    private static FrozenDictionary<string, IReadOnlyList<string>> Group(
        ImmutableArray<ModuleDistributionEntry> entries, Func<ModuleDistributionEntry, string> key, Func<ModuleDistributionEntry, string> value) =>
        entries.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(value).ToImmutableArray(), StringComparer.Ordinal);
}
