using System.Collections.Immutable;
using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>Reads a built venv for <see cref="BuiltVenv"/>. Every read goes through the snapshot, so the
/// value is recomputed exactly when a file it read changes.</summary>
internal static class BuiltVenvReader
{
    /// <summary>Folder entries looked at while searching for links; a venv holds a few hundred outside
    /// site-packages' packages, so the bound is only met by something that is not a venv.</summary>
    public const int MaxEntries = 20_000;

    public static BuiltVenv Read(WorkspaceSnapshot snapshot, string venv)
    {
        var none = new BuiltVenv(venv, false, null, null, null, new([]), new([]), new([]));
        if (!snapshot.DirectoryExists(venv)) return none;

        var configPath = venv + "/pyvenv.cfg";
        var config = snapshot.ReadText(configPath) is { } configText ? PyvenvConfig.Parse(configText.Content) : null;
        var version = config?.PythonVersion is { } v ? (v.Major, v.Minor) : ((int, int)?)null;
        var activate = ReadActivate(snapshot, venv + "/bin/activate");
        var sitePackages = FindSitePackages(snapshot, venv, version);
        if (config is null && activate is null && sitePackages.Count == 0) return none;

        var distributions = sitePackages.SelectMany(sp => DistributionReader.ReadAll(snapshot, sp))
            .GroupBy(d => d.NormalizedName, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.NormalizedName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new BuiltVenv(venv, true, config is null ? null : configPath, version, activate,
            new([.. sitePackages]), new(distributions), new(FindLinks(snapshot, venv, sitePackages)));
    }

    private static ActivateFacts? ReadActivate(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.ReadText(path) is not { } text) return null;
        var assignments = ActivateScript.FindVirtualEnvAssignments(text.Content)
            .Select(a => new ActivateAssignment(a.Value, a.ValueText, a.Quote, a.IsCommandSubstitution, Location.Create(path, text, a.Span)))
            .ToImmutableArray();
        return new ActivateFacts(path, new(assignments));
    }

    /// <summary><c>lib/python3.12/site-packages</c> (and <c>lib64/...</c> when <c>lib64</c> is a folder of
    /// its own, not the usual link to <c>lib</c>). When <c>pyvenv.cfg</c> names the version and a folder
    /// for it exists, only that one: a venv rebuilt over an older one keeps the old folder too.</summary>
    private static List<string> FindSitePackages(WorkspaceSnapshot snapshot, string venv, (int Major, int Minor)? version)
    {
        var found = new List<(string Path, string Name)>();
        foreach (var lib in new[] { "lib", "lib64" })
        {
            foreach (var entry in snapshot.List(venv + "/" + lib))
            {
                if (!entry.IsDirectory || entry.IsSymbolicLink) continue;
                if (!entry.Name.StartsWith("python", StringComparison.Ordinal) && !entry.Name.StartsWith("pypy", StringComparison.Ordinal)) continue;
                var sitePackages = entry.Path + "/site-packages";
                if (snapshot.DirectoryExists(sitePackages)) found.Add((sitePackages, entry.Name));
            }
            if (snapshot.LinkTarget(venv + "/lib64") is not null) break;
        }
        if (version is { } v && found.Where(f => f.Name == $"python{v.Major}.{v.Minor}").ToList() is { Count: > 0 } exact)
            found = exact;
        return [.. found.Select(f => f.Path).Distinct()];
    }

    /// <summary>Every symbolic link in the venv, without following linked folders and without entering
    /// site-packages' packages (whose top level is still looked at).</summary>
    private static ImmutableArray<VenvLink> FindLinks(WorkspaceSnapshot snapshot, string venv, List<string> sitePackages)
    {
        var links = ImmutableArray.CreateBuilder<VenvLink>();
        var pending = new Stack<string>();
        pending.Push(venv);
        var entries = 0;
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            var insideSitePackages = sitePackages.Contains(directory) || PathUtil.FileName(directory) == "site-packages";
            foreach (var entry in snapshot.List(directory))
            {
                if (++entries > MaxEntries) return Sorted(links);
                if (entry.IsSymbolicLink)
                {
                    if (snapshot.LinkTarget(entry.Path) is { Length: > 0 } target) links.Add(Link(venv, entry.Path, target));
                    continue;
                }
                if (entry.IsDirectory && !insideSitePackages && entry.Name != "__pycache__") pending.Push(entry.Path);
            }
        }
        return Sorted(links);
    }

    private static ImmutableArray<VenvLink> Sorted(ImmutableArray<VenvLink>.Builder links) =>
        [.. links.OrderBy(l => l.Path, StringComparer.Ordinal)];

    private static VenvLink Link(string venv, string path, string target)
    {
        string resolved;
        try
        {
            resolved = target.StartsWith('/') ? PathUtil.Normalize(target) : PathUtil.Combine(PathUtil.Directory(path), target);
        }
        catch (ArgumentException)
        {
            resolved = target;
        }
        return new VenvLink(path, target, resolved, !PathUtil.IsUnder(resolved, venv));
    }
}
