using System.Collections.Immutable;
using VenvLsp.Requirements;
using VenvLsp.Workspace;

namespace VenvLsp.Packages;

/// <summary>
/// Files that are requirements files because another requirements file includes them (<c>-r base.txt</c>,
/// <c>-c constraints/pins.txt</c>), whatever their names.
/// </summary>
public static class RequirementsIndex
{
    private const int MaxFiles = 200;

    /// <summary>True when a requirements file of the same package (or folder, outside packages) includes
    /// <paramref name="path"/>, directly or through other includes.</summary>
    public static bool IsIncluded(WorkspaceSnapshot snapshot, string path)
    {
        var scope = snapshot.PackageRootOf(path) ?? PathUtil.Directory(path);
        return IncludedFiles(snapshot, scope).Contains(path);
    }

    private static ImmutableHashSet<string> IncludedFiles(WorkspaceSnapshot snapshot, string scope) =>
        snapshot.Memo("included", scope, () =>
        {
            var pending = new Queue<string>();
            foreach (var folder in new[] { scope, scope + "/sorc" })
                foreach (var entry in snapshot.List(folder))
                    if (!entry.IsDirectory && FileClassifier.IsRequirementsFileName(entry.Name)) pending.Enqueue(entry.Path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var included = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            while (pending.Count > 0 && seen.Count < MaxFiles)
            {
                var file = pending.Dequeue();
                if (!seen.Add(file)) continue;
                var parsed = snapshot.GetRequirements(file);
                if (parsed is null) continue;
                foreach (var include in parsed.Includes)
                {
                    if (Rules.Requirements.RequirementsContext.ResolvePath(file, include.Path) is not { } target) continue;
                    included.Add(target);
                    pending.Enqueue(target);
                }
            }
            return included.ToImmutable();
        });
}
