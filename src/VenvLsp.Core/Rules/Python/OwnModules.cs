using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// Finds the package's own modules that a Python file can import: a <c>name.py</c>, a <c>name/</c>
/// package or an extension module <c>name*.so</c> in one of the folders the file's imports search.
/// Those folders are the file's own folder (Python puts it first on the search path), the folders the
/// file adds with <c>sys.path</c>/<c>site.addsitedir</c>/<c>PYTHONPATH</c> when they can be worked out,
/// the folders the package's shell files put on <c>PYTHONPATH</c>, and, by convention, the package
/// root and its <c>ush/</c>, <c>scripts/</c>, <c>sorc/</c>, <c>parm/</c> and <c>lib/</c>.
/// </summary>
/// <remarks>In the conventional folders a <c>name/</c> folder counts only as a regular package (with
/// <c>__init__.py</c>): they are not known to be on the search path, and they hold other folders
/// (<c>sorc/eccodes/</c>, a source checkout) that would otherwise hide a missing dependency. In the
/// folders that are on the search path any folder counts, as Python imports it as a namespace package.</remarks>
public sealed class OwnModules
{
    private static readonly string[] PackageFolders = ["", "ush", "scripts", "sorc", "parm", "lib"];

    private readonly WorkspaceSnapshot _snapshot;
    private readonly string _root;
    private readonly Dictionary<string, IReadOnlyList<DirectoryEntry>> _listings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _onSearchPath = new(StringComparer.Ordinal);

    /// <summary>The folders <paramref name="file"/> of the package at <paramref name="root"/> imports from,
    /// with the search-path additions of its <paramref name="scan"/>.</summary>
    public OwnModules(WorkspaceSnapshot snapshot, string root, string file, PythonImportScan scan)
    {
        _snapshot = snapshot;
        _root = root;
        _onSearchPath.Add(PathUtil.Directory(file));
        var unresolved = new List<PathAddition>();
        foreach (var addition in scan.PathAdditions)
        {
            var resolved = PathAdditionFolders.Resolve(addition, file, root).ToList();
            if (resolved.Count == 0) unresolved.Add(addition);
            _onSearchPath.UnionWith(resolved);
        }
        _onSearchPath.UnionWith(ShellPythonPath.Get(snapshot, root));
        var folders = new List<string> { PathUtil.Directory(file) };
        folders.AddRange(_onSearchPath.Order(StringComparer.Ordinal));
        folders.AddRange(PackageFolders.Select(f => f.Length == 0 ? root : root + "/" + f));
        Folders = [.. folders.Distinct()];
        UnresolvedAdditions = [.. unresolved];
    }

    /// <summary>The folders searched, in order: those known to be on the search path first.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Search-path additions of the file whose folder could not be worked out: an import that
    /// looks missing may come from there.</summary>
    public IReadOnlyList<PathAddition> UnresolvedAdditions { get; }

    /// <summary>The file or folder that provides <paramref name="topLevelName"/>, or null when the package has none.</summary>
    public string? Find(string topLevelName)
    {
        if (topLevelName.Length == 0) return null;
        foreach (var folder in Folders)
        {
            var namespaces = _onSearchPath.Contains(folder);
            foreach (var entry in Listing(folder))
            {
                if (folder == _root && entry.Name == "venv") continue;
                if (!IsModule(entry, topLevelName)) continue;
                if (!entry.IsDirectory || namespaces || _snapshot.FileExists(entry.Path + "/__init__.py")) return entry.Path;
            }
        }
        return null;
    }

    private IReadOnlyList<DirectoryEntry> Listing(string folder)
    {
        if (!_listings.TryGetValue(folder, out var listing)) _listings[folder] = listing = _snapshot.List(folder);
        return listing;
    }

    private static bool IsModule(DirectoryEntry entry, string name)
    {
        if (!entry.Name.StartsWith(name, StringComparison.Ordinal)) return false;
        var rest = entry.Name.AsSpan(name.Length);
        if (entry.IsDirectory) return rest.Length == 0;
        // name.py, name.pyc (a compiled module shipped without source), name.so,
        // name.cpython-312-x86_64-linux-gnu.so (f2py and Cython modules built by sorc/).
        return rest is ".py" or ".pyc" or ".so" || (rest.StartsWith(".") && rest.EndsWith(".so"));
    }
}
