using System.Collections.Immutable;
using VenvLsp.Common;
using VenvLsp.Packages;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Nco;

/// <summary>A versions entry some file refers to, and what all those references together say about it.</summary>
public sealed record VersionUse(string Name, VersionUseKind Kinds);

/// <summary>
/// Which versions entries a package uses, as incremental facts: one value per file (the names it refers to) and one
/// per package (their union), each compared by value, so an edit that changes no reference re-analyses no versions file.
/// </summary>
public static class VersionUses
{
    private const int MaxModulefileDepth = 4;

    /// <summary>The files searched for references: the package's shell files, job cards, includes, versions files and
    /// Python, every file under <c>modulefiles/</c> (Lua or Tcl modulefiles load the build's modules), and the
    /// <c>*.h</c> files of the configured ecFlow include folders (a head.h outside the package may load modules).</summary>
    public static EquatableArray<string> SearchedFiles(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("nco-version-files", root, static (s, r) =>
        {
            var files = new List<string>();
            foreach (var file in PackageModel.GetFiles(s, r))
                if (file.Kind is DocumentKind.ShellScript or DocumentKind.UshScript or DocumentKind.ExScript or DocumentKind.JJob
                    or DocumentKind.EcfJobCard or DocumentKind.EcfInclude or DocumentKind.Versions or DocumentKind.Python)
                    files.Add(file.Path);
            AddTree(s, r + "/modulefiles", files, 0);
            foreach (var folder in s.GetConfiguration(r).Options.EcfIncludePaths)
            {
                if (PathUtil.IsUnder(folder, r)) continue;
                files.AddRange(s.List(folder).Where(e => !e.IsDirectory && e.Name.EndsWith(".h", StringComparison.Ordinal)).Select(e => e.Path));
            }
            return new EquatableArray<string>([.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        });

    /// <summary>The entries one file refers to, by name, with the kinds of its references combined.</summary>
    public static EquatableArray<VersionUse> OfFile(WorkspaceSnapshot snapshot, string path) =>
        snapshot.Query("nco-version-uses", path, static (s, p) =>
            s.ReadText(p) is { } text ? Summarize(VersionReferences.Scan(text.Content)) : new EquatableArray<VersionUse>([]));

    /// <summary>The entries the whole package refers to.</summary>
    public static EquatableArray<VersionUse> OfPackage(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("nco-version-uses-package", root, static (s, r) =>
        {
            var kinds = new Dictionary<string, VersionUseKind>(StringComparer.Ordinal);
            foreach (var path in SearchedFiles(s, r))
                foreach (var use in OfFile(s, path))
                    kinds[use.Name] = kinds.TryGetValue(use.Name, out var known) ? known | use.Kinds : use.Kinds;
            return Sorted(kinds);
        });

    /// <summary>The combined kinds of the package's references to <paramref name="name"/>, or null when nothing refers to it.</summary>
    public static VersionUseKind? Find(EquatableArray<VersionUse> uses, string name)
    {
        foreach (var use in uses)
            if (use.Name == name) return use.Kinds;
        return null;
    }

    private static EquatableArray<VersionUse> Summarize(List<VersionReference> references)
    {
        var kinds = new Dictionary<string, VersionUseKind>(StringComparer.Ordinal);
        foreach (var reference in references)
            kinds[reference.Name] = kinds.TryGetValue(reference.Name, out var known) ? known | reference.Kind : reference.Kind;
        return Sorted(kinds);
    }

    private static EquatableArray<VersionUse> Sorted(Dictionary<string, VersionUseKind> kinds) =>
        new([.. kinds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new VersionUse(p.Key, p.Value))]);

    private static void AddTree(WorkspaceSnapshot snapshot, string folder, List<string> files, int depth)
    {
        if (depth > MaxModulefileDepth) return;
        foreach (var entry in snapshot.List(folder))
        {
            if (entry.IsSymbolicLink || entry.Name.StartsWith('.')) continue;
            if (entry.IsDirectory) AddTree(snapshot, entry.Path, files, depth + 1);
            else files.Add(entry.Path);
        }
    }
}
