using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// The folders a search-path addition (<c>sys.path.append(...)</c>) may add, worked out from its string
/// literals. The expression is not evaluated, so the answer is generous: every reading of the pieces
/// (joined as one path, or each its own folder as in <c>sys.path.extend(['a', 'b'])</c>) from every base
/// it may be relative to (the file's folder and the one above it when <c>__file__</c> is used, the
/// package root when a <c>HOME</c> variable is read, else the file's folder and the package root, since
/// the working directory is unknown). Too many folders can only hide a missing dependency behind a
/// module of the package's own with the same name; too few would report the package's own code.
/// </summary>
public static class PathAdditionFolders
{
    /// <summary>Candidate folders; empty when the addition has nothing to go on (<c>sys.path.append(x)</c>).</summary>
    public static IEnumerable<string> Resolve(PathAddition addition, string file, string root)
    {
        var fileFolder = PathUtil.Directory(file);
        var pieces = addition.LiteralPieces.SelectMany(p => p.Split(':')).Where(p => p.Length > 0).ToList();
        var readsHome = pieces.Any(p => IsVariableName(p) && p.StartsWith("HOME", StringComparison.Ordinal));
        pieces.RemoveAll(IsVariableName);
        // After a HOME variable or __file__, "/ush/python" continues that path instead of starting a new one.
        if (readsHome || addition.ReferencesFile) pieces = [.. pieces.Select(p => p.TrimStart('/')).Where(p => p.Length > 0)];

        string[] bases = readsHome ? [root]
            : addition.ReferencesFile ? [fileFolder, PathUtil.Directory(fileFolder)]
            : [fileFolder, root];
        if (pieces.Count == 0 && !readsHome && !addition.ReferencesFile) yield break;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @base in bases)
        {
            List<string> readings = pieces.Count > 1 ? [string.Join('/', pieces), .. pieces] : pieces.Count == 1 ? pieces : ["."];
            foreach (var reading in readings)
                if (Combine(@base, reading) is { } folder && seen.Add(folder)) yield return folder;
        }
    }

    /// <summary>A piece that names an environment variable (<c>os.environ["HOMEaigfs"]</c>,
    /// <c>os.getenv("PYTHONPATH", "")</c>) rather than a folder.</summary>
    private static bool IsVariableName(string piece) =>
        piece.Length > 1 && (char.IsAsciiLetterUpper(piece[0]) || piece[0] == '_')
        && piece.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && (piece.StartsWith("HOME", StringComparison.Ordinal) || !piece.Any(char.IsAsciiLetterLower));

    private static string? Combine(string @base, string relative)
    {
        try
        {
            return PathUtil.Combine(@base, relative);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
