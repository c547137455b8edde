using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// Finds the package's own modules that a Python file can import: a <c>name.py</c>, a <c>name/</c>
/// folder or an extension module <c>name*.so</c> in one of the folders the file's imports search.
/// Those folders are the file's own folder (Python puts it first on the search path), the package root
/// and its <c>ush/</c>, <c>scripts/</c>, <c>sorc/</c>, <c>parm/</c> and <c>lib/</c>, the folders the file
/// adds with <c>sys.path</c>/<c>site.addsitedir</c>/<c>PYTHONPATH</c> when they can be worked out, and
/// the folders the package's shell files put on <c>PYTHONPATH</c>.
/// </summary>
public sealed class OwnModules
{
    private static readonly string[] PackageFolders = ["", "ush", "scripts", "sorc", "parm", "lib"];

    private readonly WorkspaceSnapshot _snapshot;
    private readonly string _root;
    private readonly Dictionary<string, IReadOnlyList<DirectoryEntry>> _listings = new(StringComparer.Ordinal);

    public OwnModules(WorkspaceSnapshot snapshot, string root, string file, PythonImportScan scan)
    {
        _snapshot = snapshot;
        _root = root;
        var folders = new List<string> { PathUtil.Directory(file) };
        folders.AddRange(PackageFolders.Select(f => f.Length == 0 ? root : root + "/" + f));
        var unresolved = new List<PathAddition>();
        foreach (var addition in scan.PathAdditions)
        {
            var resolved = PathAdditionFolders.Resolve(addition, file, root).ToList();
            if (resolved.Count == 0) unresolved.Add(addition);
            folders.AddRange(resolved);
        }
        folders.AddRange(ShellPythonPath.Get(snapshot, root));
        Folders = [.. folders.Distinct()];
        UnresolvedAdditions = [.. unresolved];
    }

    /// <summary>The folders searched, in order.</summary>
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
            foreach (var entry in Listing(folder))
            {
                if (folder == _root && entry.Name == "venv") continue;
                if (IsModule(entry, topLevelName)) return entry.Path;
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
