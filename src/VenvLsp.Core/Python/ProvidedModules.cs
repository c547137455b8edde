using System.Collections.Immutable;

namespace VenvLsp.Python;

/// <summary>
/// The import names an installed distribution provides, derived from its file list when
/// <c>top_level.txt</c> is absent (wheels built by tools other than setuptools have none).
/// </summary>
/// <param name="TopLevel">Top-level import names, sorted: <c>yaml</c>, <c>_yaml</c>; for a namespace
/// package such as <c>google</c>, the namespace itself.</param>
/// <param name="Modules">The names that identify what this distribution owns, sorted: a top-level
/// module or regular package (<c>yaml</c>), or, inside a namespace package, the first regular package
/// or module below it (<c>google.protobuf</c>, not <c>google</c>, which other distributions share).</param>
public sealed record ProvidedModules(ImmutableArray<string> TopLevel, ImmutableArray<string> Modules)
{
    private static readonly string[] ModuleSuffixes = [".py", ".so", ".pyd", ".pyc"];

    /// <summary>True when importing <paramref name="dottedModule"/> can be satisfied by this
    /// distribution: it owns the module or a package above it, or the name is a namespace the
    /// distribution contributes to (<c>import google</c> when it owns <c>google.protobuf</c>).</summary>
    public bool Provides(string dottedModule)
    {
        ArgumentNullException.ThrowIfNull(dottedModule);
        foreach (var module in Modules)
        {
            if (IsSameOrInside(dottedModule, module) || IsSameOrInside(module, dottedModule)) return true;
        }
        return false;
    }

    /// <summary>From the paths of a <c>RECORD</c> file (relative to site-packages). Skips metadata
    /// folders (<c>*.dist-info</c>, <c>*.egg-info</c>, <c>*.data</c>), <c>__pycache__</c>, paths outside
    /// site-packages (<c>../../bin/tool</c>), absolute paths and non-code files (<c>.pth</c>, data folders
    /// without Python or extension modules). A package is a folder with <c>__init__.py</c>; a folder
    /// with modules but no <c>__init__.py</c> is a namespace package.</summary>
    public static ProvidedModules FromRecord(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var packages = new HashSet<string>(StringComparer.Ordinal);
        var modules = new List<string[]>();
        foreach (var raw in paths)
        {
            var parts = SplitPath(raw);
            if (parts is null || IsMetadataOrCache(parts)) continue;
            var stem = ModuleStem(parts[^1]);
            if (stem is null) continue;
            if (stem == "__init__")
            {
                if (parts.Length > 1) packages.Add(string.Join('.', parts[..^1]));
                continue;
            }
            parts[^1] = stem;
            if (parts.All(IsIdentifier)) modules.Add(parts);
        }
        foreach (var package in packages)
        {
            var parts = package.Split('.');
            if (parts.All(IsIdentifier)) modules.Add(parts);
        }

        var topLevel = new SortedSet<string>(StringComparer.Ordinal);
        var owned = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var parts in modules)
        {
            topLevel.Add(parts[0]);
            owned.Add(OwnedName(parts, packages));
        }
        return new ProvidedModules([.. topLevel], [.. owned]);
    }

    /// <summary>From the lines of <c>installed-files.txt</c> (relative to the <c>.egg-info</c> folder):
    /// entries under <c>../</c> are site-packages files; the rest are the metadata folder's own.</summary>
    public static ProvidedModules FromInstalledFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return FromRecord(paths
            .Select(p => p.Replace('\\', '/'))
            .Where(p => p.StartsWith("../", StringComparison.Ordinal))
            .Select(p => p[3..]));
    }

    /// <summary>From the names of <c>top_level.txt</c> (a name with <c>/</c> is a nested package).</summary>
    public static ProvidedModules FromTopLevel(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var modules = names.Select(n => n.Trim().Replace('/', '.')).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var top = modules.Select(m => m.Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        return new ProvidedModules(top, modules);
    }

    /// <summary>The shortest prefix of the module's path that is a regular package; the whole dotted
    /// name when every folder above it is a namespace.</summary>
    private static string OwnedName(string[] parts, HashSet<string> packages)
    {
        var prefix = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            if (packages.Contains(prefix)) return prefix;
            prefix += "." + parts[i];
        }
        return prefix;
    }

    private static string[]? SplitPath(string path)
    {
        var normalized = path.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        if (normalized.Length == 0 || normalized[0] == '/' || normalized.StartsWith("../", StringComparison.Ordinal)
            || normalized.Contains(':')) return null;
        var parts = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 || parts.Contains("..") ? null : parts;
    }

    private static bool IsMetadataOrCache(string[] parts)
    {
        var first = parts[0];
        if (first.EndsWith(".dist-info", StringComparison.Ordinal) || first.EndsWith(".egg-info", StringComparison.Ordinal)
            || first.EndsWith(".data", StringComparison.Ordinal)) return true;
        return parts.Contains("__pycache__");
    }

    /// <summary>The module name of a file: <c>six.py</c> → <c>six</c>,
    /// <c>_yaml.cpython-312-x86_64-linux-gnu.so</c> → <c>_yaml</c>; null for other files.</summary>
    private static string? ModuleStem(string file)
    {
        foreach (var suffix in ModuleSuffixes)
        {
            if (!file.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = file[..^suffix.Length];
            var dot = stem.IndexOf('.');
            // Only extension modules carry a platform tag (name.cpython-312-...); foo.bar.py is no module.
            if (dot >= 0 && suffix == ".py") return null;
            return dot < 0 ? stem : stem[..dot];
        }
        return null;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(PythonTokenizer.IsNamePart);

    private static bool IsSameOrInside(string name, string package) =>
        name.Length >= package.Length && name.StartsWith(package, StringComparison.Ordinal)
        && (name.Length == package.Length || name[package.Length] == '.');
}
