using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using VenvLsp.Configuration;
using VenvLsp.Packages;

namespace VenvLsp.Workspace;

/// <summary>A file the scan found worth analysing, and the root it was reached from.</summary>
public sealed record ScannedFile(string Path, string Root);

/// <summary>What a scan found, and what it could not enter or chose to stop at.</summary>
public sealed record ScanResult(ImmutableArray<ScannedFile> Files, ImmutableArray<string> Notices);

/// <summary>
/// Walks folders for the files the checker analyses. It never follows a symbolic link to a folder
/// (so it cannot loop or leave the tree), skips <c>.git</c>, <c>node_modules</c>, caches and every
/// built venv (a folder with <c>pyvenv.cfg</c>, or <c>venv/</c> at a package root), honours the
/// repository's <c>.gitignore</c> files and the configuration's <c>exclude</c> globs, and stops at a
/// bound instead of running away. A path named on the command line is scanned even when ignored.
/// </summary>
public sealed class WorkspaceScanner(WorkspaceSnapshot snapshot)
{
    public const int MaxDepth = 40;
    public const int MaxEntries = 500_000;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", ".tox", ".venv", ".idea", ".vscode",
    };

    public ScanResult Scan(IEnumerable<string> roots, CancellationToken cancellationToken = default, Action<int>? progress = null)
    {
        var files = ImmutableArray.CreateBuilder<ScannedFile>();
        var notices = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = 0;
        foreach (var root in roots)
        {
            if (snapshot.FileExists(root))
            {
                if (seen.Add(root)) files.Add(new ScannedFile(root, root));
                continue;
            }
            if (!snapshot.DirectoryExists(root))
            {
                notices.Add($"{root}: no such file or directory");
                continue;
            }
            var repository = PackageLocator.FindRepositoryRoot(snapshot, root) ?? root;
            var pending = new Stack<(string Directory, int Depth, GitIgnores Ignores)>();
            pending.Push((root, 0, GitIgnores.Above(snapshot, repository, root)));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (directory, depth, inherited) = pending.Pop();
                if (depth > MaxDepth)
                {
                    notices.Add($"{directory}: deeper than {MaxDepth} folders; not scanned");
                    continue;
                }
                var listing = snapshot.List(directory);
                if (listing.Count == 0 && !snapshot.DirectoryExists(directory)) continue;
                if (listing.Any(e => e.Name == "pyvenv.cfg" && !e.IsDirectory)) continue; // a built venv
                var isPackageRoot = PackageLocator.IsPackageRoot(snapshot, directory);
                var ignores = listing.Any(e => e.Name == ".gitignore" && !e.IsDirectory) ? inherited.With(snapshot, directory) : inherited;
                var exclude = ExcludeMatcher(directory);
                for (var i = listing.Count - 1; i >= 0; i--)
                {
                    var entry = listing[i];
                    if (++entries > MaxEntries)
                    {
                        notices.Add($"stopped after {MaxEntries} entries; narrow the paths or add \"exclude\" globs");
                        return new ScanResult(files.ToImmutable(), notices.ToImmutable());
                    }
                    if (exclude is not null && exclude.Value.Matcher.Match(exclude.Value.Base, entry.Path).HasMatches) continue;
                    if (ignores.IsIgnored(entry.Path, entry.IsDirectory) && entry.Name != ".gitignore") continue;
                    if (entry.IsDirectory)
                    {
                        if (entry.IsSymbolicLink || SkippedFolders.Contains(entry.Name)) continue;
                        if (isPackageRoot && entry.Name == "venv") continue;
                        pending.Push((entry.Path, depth + 1, ignores));
                    }
                    else if (!entry.IsSymbolicLink || snapshot.FileExists(entry.Path))
                    {
                        if (!IsCandidate(entry)) continue;
                        if (entry.IsSymbolicLink && !LinkStaysInside(entry.Path, repository))
                        {
                            notices.Add($"{entry.Path}: not followed: a symbolic link out of the repository");
                            continue;
                        }
                        if (seen.Add(entry.Path)) files.Add(new ScannedFile(entry.Path, root));
                    }
                }
                progress?.Invoke(files.Count);
            }
        }
        return new ScanResult(files.ToImmutable(), notices.ToImmutable());
    }

    /// <summary>True when a link to a file, followed hop by hop, ends inside <paramref name="repository"/>
    /// without passing through a linked folder: the checker reads and --fix writes through such links,
    /// so one out of the repository would let a workspace make it read or rewrite any file.</summary>
    private bool LinkStaysInside(string path, string repository)
    {
        var current = path;
        for (var hop = 0; hop <= MaxDepth; hop++)
        {
            for (var folder = PathUtil.Directory(current); PathUtil.IsUnder(folder, repository) && folder != repository; folder = PathUtil.Directory(folder))
                if (snapshot.LinkTarget(folder) is not null) return false;
            if (snapshot.LinkTarget(current) is not { } target) return true;
            current = target.StartsWith('/') ? PathUtil.Normalize(target) : PathUtil.Combine(PathUtil.Directory(current), target);
            if (!PathUtil.IsUnder(current, repository)) return false;
        }
        return false;
    }

    /// <summary>Cheap test by name and place; content decides later for files without an extension.</summary>
    private static bool IsCandidate(DirectoryEntry entry)
    {
        var name = entry.Name;
        if (name == ConfigKeys.FileName || name == ".gitignore" || FileClassifier.IsRequirementsFileName(name)) return true;
        var dot = name.LastIndexOf('.');
        var extension = dot < 0 ? "" : name[dot..];
        return extension is ".sh" or ".ksh" or ".bash" or ".ecf" or ".h" or ".ver" or ".py" or ".txt" or ".in" or ".j2" or "";
    }

    private (Matcher Matcher, string Base)? ExcludeMatcher(string directory)
    {
        var options = snapshot.GetConfiguration(directory).Options;
        if (options.Exclude.IsEmpty || options.ExcludeBase is null) return null;
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in options.Exclude)
        {
            var trimmed = pattern.TrimStart('/');
            matcher.AddInclude(trimmed);
            if (!trimmed.Contains('*')) matcher.AddInclude(trimmed.TrimEnd('/') + "/**");
        }
        return (matcher, options.ExcludeBase);
    }
}
