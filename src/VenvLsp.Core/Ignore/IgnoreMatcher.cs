using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace VenvLsp.Ignore;

/// <summary>
/// Answers whether git ignores a path, given the <c>.gitignore</c> files of a repository.
/// </summary>
/// <remarks>
/// <para>git's precedence: the files in the path's own directory and its ancestors apply; a deeper file overrides a
/// shallower one, and within a file the last matching line wins (a negated one re-includes). Files given for the same
/// directory act as one, later ones overriding earlier ones (pass <c>.git/info/exclude</c> first, as a root file, to
/// give it the lower precedence git gives it).</para>
/// <para>A path inside an excluded directory is ignored whatever any pattern says about the path itself, because git
/// never looks inside an excluded directory (nor reads a <c>.gitignore</c> there). So every ancestor directory is
/// checked first, shallowest first. This is what <c>git check-ignore</c> answers: note that <c>venv/**</c> ignores
/// everything inside <c>venv</c> but does not match the directory <c>venv</c> itself.</para>
/// <para>Immutable and safe to share between threads; what it learns about directories is memoized.</para>
/// </remarks>
public sealed class IgnoreMatcher
{
    private readonly Dictionary<string, ImmutableArray<GitIgnoreFile>> _byDirectory;
    private readonly Dictionary<string, ImmutableArray<GitIgnoreFile>>.AlternateLookup<ReadOnlySpan<char>> _byDirectorySpan;

    // A directory's own decision (not its ancestors'): asked again for every path below it.
    private readonly ConcurrentDictionary<string, Found?> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Found?>.AlternateLookup<ReadOnlySpan<char>> _directoriesSpan;

    /// <summary>Builds a matcher over the given files (any order but, for one directory, precedence order).</summary>
    public IgnoreMatcher(IEnumerable<GitIgnoreFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _byDirectory = files
            .GroupBy(f => f.Directory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Reverse().ToImmutableArray(), StringComparer.Ordinal);
        _byDirectorySpan = _byDirectory.GetAlternateLookup<ReadOnlySpan<char>>();
        _directoriesSpan = _directories.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when git ignores the path (relative to the repository root; a trailing slash means a directory).</summary>
    public bool IsIgnored(string relativePath, bool isDirectory) => Check(relativePath, isDirectory).IsIgnored;

    /// <summary>Whether git ignores the path, and which file, line and pattern decided it.</summary>
    public IgnoreDecision Check(string relativePath, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.EndsWith('/')) isDirectory = true;
        var path = IgnorePaths.Normalize(relativePath);
        if (path.Length == 0) return new IgnoreDecision(path, false, null, null, null);

        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            var ancestor = path.AsSpan(0, slash);
            if (DecideDirectory(ancestor) is { Pattern.IsNegated: false } excluded)
                return new IgnoreDecision(path, true, excluded.File, excluded.Pattern, ancestor.ToString());
        }

        return Decide(path, isDirectory) is { } own
            ? new IgnoreDecision(path, !own.Pattern.IsNegated, own.File, own.Pattern, path)
            : new IgnoreDecision(path, false, null, null, null);
    }

    private Found? DecideDirectory(ReadOnlySpan<char> directory)
    {
        if (_directoriesSpan.TryGetValue(directory, out var known)) return known;
        var found = Decide(directory, isDirectory: true);
        _directoriesSpan.TryAdd(directory, found);
        return found;
    }

    /// <summary>The deciding pattern for one path, ignoring its ancestors' exclusion: deepest file first.</summary>
    private Found? Decide(ReadOnlySpan<char> path, bool isDirectory)
    {
        var directory = path;
        while (true)
        {
            var slash = directory.LastIndexOf('/');
            directory = slash < 0 ? default : directory[..slash];
            if (_byDirectorySpan.TryGetValue(directory, out var files))
            {
                foreach (var file in files)
                {
                    if (!file.TryGetRelative(path, out var relative)) continue;
                    if (file.MatchRelative(relative, isDirectory) is { } pattern) return new Found(file, pattern);
                }
            }
            if (directory.Length == 0) return null;
        }
    }

    private readonly record struct Found(GitIgnoreFile File, GitIgnorePattern Pattern);
}
