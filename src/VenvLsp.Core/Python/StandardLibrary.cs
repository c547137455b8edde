using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace VenvLsp.Python;

/// <summary>
/// The top-level modules of CPython's standard library, per minor version (3.8 through 3.13), from the
/// data files <c>Data/stdlib-X.Y.txt</c> (see <c>Data/README.md</c> for how they were made).
/// </summary>
/// <remarks>Version rules: a listed version uses its own list; an older 3.x the oldest list and a newer
/// 3.x the newest (the nearest knowledge we have); an unknown version (any other major, or
/// <see cref="Unknown"/>) the union of all lists, so that nothing that is standard in some version is
/// reported as a third-party dependency when the version is not known.</remarks>
public static class StandardLibrary
{
    /// <summary>Pass this when the Python version is not known: every list counts.</summary>
    public static readonly (int Major, int Minor) Unknown = (0, 0);

    private static readonly Lazy<Lists> Data = new(Load);

    /// <summary>The versions with a list of their own, oldest first.</summary>
    public static ImmutableArray<(int Major, int Minor)> KnownVersions => Data.Value.Versions;

    /// <summary>True when <paramref name="module"/> (a top-level name such as <c>os</c>; for a dotted
    /// name its first component is taken) is in the standard library of <paramref name="version"/>.</summary>
    public static bool IsStandardModule(string module, (int Major, int Minor) version)
    {
        ArgumentNullException.ThrowIfNull(module);
        var dot = module.IndexOf('.');
        var topLevel = dot < 0 ? module : module[..dot];
        return ModulesFor(version).Contains(topLevel);
    }

    /// <summary>True when <paramref name="module"/> is standard in any known version.</summary>
    public static bool IsStandardModule(string module) => IsStandardModule(module, Unknown);

    /// <summary>The top-level module names of <paramref name="version"/>'s standard library (see the
    /// remarks on <see cref="StandardLibrary"/> for versions without a list).</summary>
    public static FrozenSet<string> ModulesFor((int Major, int Minor) version)
    {
        var data = Data.Value;
        if (version.Major != 3) return data.Union;
        if (data.ByVersion.TryGetValue(version, out var exact)) return exact;
        return version.Minor < data.Versions[0].Minor ? data.ByVersion[data.Versions[0]] : data.ByVersion[data.Versions[^1]];
    }

    private sealed record Lists(
        ImmutableArray<(int Major, int Minor)> Versions,
        Dictionary<(int Major, int Minor), FrozenSet<string>> ByVersion,
        FrozenSet<string> Union);

    private static Lists Load()
    {
        var byVersion = new Dictionary<(int Major, int Minor), FrozenSet<string>>();
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in PythonData.FileNames("stdlib-"))
        {
            var version = ParseVersion(file);
            if (version is null) continue;
            var names = ParseList(PythonData.Read(file));
            byVersion[version.Value] = names.ToFrozenSet(StringComparer.Ordinal);
            union.UnionWith(names);
        }
        if (byVersion.Count == 0) throw new InvalidOperationException("no standard library lists are embedded in the build");
        var versions = byVersion.Keys.OrderBy(v => v.Major).ThenBy(v => v.Minor).ToImmutableArray();
        return new Lists(versions, byVersion, union.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>"stdlib-3.12.txt" → (3, 12).</summary>
    private static (int, int)? ParseVersion(string file)
    {
        var core = file["stdlib-".Length..];
        if (!core.EndsWith(".txt", StringComparison.Ordinal)) return null;
        var parts = core[..^4].Split('.');
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? (major, minor)
            : null;
    }

    internal static List<string> ParseList(string text)
    {
        var names = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#') names.Add(line);
        }
        return names;
    }
}
