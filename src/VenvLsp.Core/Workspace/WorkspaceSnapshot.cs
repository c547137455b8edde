using System.Collections.Concurrent;
using System.Collections.Immutable;
using VenvLsp.Approval;
using VenvLsp.Configuration;
using VenvLsp.Packages;
using VenvLsp.Requirements;
using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>
/// An immutable view of everything an analysis reads: files and folders (through the snapshot, which
/// is itself an <see cref="IFileSystem"/>), the editor's settings and the command line's. Everything
/// derived from it (reads, parses, configuration per folder, approved lists, analyses) is computed on
/// first use, once, and recorded with the inputs it read; a later snapshot that shares the
/// <see cref="AnalysisCache"/> reuses every value whose inputs kept their stamps.
/// </summary>
public sealed class WorkspaceSnapshot : IFileSystem
{
    private readonly ConcurrentDictionary<(string, string), Lazy<AnalysisCache.Entry?>> _local = new();

    public WorkspaceSnapshot(IFileSystem files, ConfigSettings? editorSettings = null, ConfigSettings? overrides = null,
        string? explicitConfigPath = null, InputStamps? stamps = null, AnalysisCache? cache = null)
    {
        Files = files;
        EditorSettings = editorSettings ?? ConfigSettings.Empty;
        Overrides = overrides ?? ConfigSettings.Empty;
        ExplicitConfigPath = explicitConfigPath is null ? null : PathUtil.Normalize(explicitConfigPath);
        Stamps = stamps ?? InputStamps.Initial;
        Cache = cache ?? new AnalysisCache();
    }

    /// <summary>The files underneath (the disk, or the disk under the editor's documents). Read them
    /// through the snapshot, so that what an analysis reads is recorded.</summary>
    public IFileSystem Files { get; }

    /// <summary>Settings from the editor: they override <c>venvlsp.json</c>.</summary>
    public ConfigSettings EditorSettings { get; }

    /// <summary>Settings from the command line: they override everything.</summary>
    public ConfigSettings Overrides { get; }

    /// <summary>A configuration file named on the command line, used instead of the upward search.</summary>
    public string? ExplicitConfigPath { get; }

    public InputStamps Stamps { get; }

    public AnalysisCache Cache { get; }

    /// <summary>A snapshot of changed inputs that keeps every result the change did not touch.</summary>
    public WorkspaceSnapshot With(IFileSystem files, InputStamps stamps, ConfigSettings? editorSettings = null) =>
        new(files, editorSettings ?? EditorSettings, Overrides, ExplicitConfigPath, stamps, Cache);

    /// <summary>A what-if snapshot in which one document has another text (to run fixes to a fixed point
    /// before offering them). It has a cache of its own, so nothing it computes reaches the real one.</summary>
    public WorkspaceSnapshot WithDocument(string path, SourceText text) =>
        new(new OverlayFileSystem(Files, ImmutableDictionary<string, SourceText>.Empty.Add(path, text)), EditorSettings, Overrides,
            ExplicitConfigPath, Stamps.Bump([InputStamps.File(path)]), new AnalysisCache());

    public FileRead Read(string path) => Query("read", path, static (snapshot, p) =>
    {
        snapshot.RecordInput(InputStamps.File(p));
        return snapshot.Files.Read(p);
    });

    public bool FileExists(string path) => Query("file?", path, static (snapshot, p) =>
    {
        snapshot.RecordInput(InputStamps.File(p));
        return snapshot.Files.FileExists(p);
    });

    public bool DirectoryExists(string path) => Query("dir?", path, static (snapshot, p) =>
    {
        snapshot.RecordInput(InputStamps.File(p));
        return snapshot.Files.DirectoryExists(p);
    });

    public IReadOnlyList<DirectoryEntry> List(string directory) => Query("list", directory, static (snapshot, d) =>
    {
        snapshot.RecordInput(InputStamps.Folder(d));
        return new Listing(ImmutableArray.CreateRange(snapshot.Files.List(d)));
    }).Entries;

    public byte[]? ReadBytes(string path, long maxBytes)
    {
        RecordInput(InputStamps.File(path));
        return Files.ReadBytes(path, maxBytes);
    }

    public string? LinkTarget(string path)
    {
        RecordInput(InputStamps.File(path));
        return Files.LinkTarget(path);
    }

    public SourceText? ReadText(string path) => Read(path) is { Text: { } text, Problem: null } ? text : null;

    /// <summary>The package root that holds a path, or null.</summary>
    public string? PackageRootOf(string path) =>
        Query("root", PathUtil.Directory(path), static (snapshot, directory) => PackageLocator.FindRoot(snapshot, directory, isDirectory: true));

    /// <summary>A parse of a file, computed once while the file is unchanged; null when it cannot be read.
    /// One parse function per result type: the type names the query.</summary>
    public T? GetParsed<T>(string path, Func<string, SourceText, T> parse) where T : class =>
        Query("parse:" + typeof(T).FullName, path, (snapshot, p) => snapshot.ReadText(p) is { } text ? parse(p, text) : null);

    /// <summary>A requirements file, parsed as pip reads it (a <c>*.j2</c> as a template).</summary>
    public RequirementsFile? GetRequirements(string path) =>
        GetParsed(path, static (p, text) => RequirementsParser.Parse(text, FileClassifier.IsTemplate(p)));

    /// <summary>The configuration that governs files in <paramref name="directory"/>.</summary>
    public ConfigurationState GetConfiguration(string directory) =>
        Query("config", directory, static (snapshot, d) => snapshot.ResolveConfiguration(d));

    /// <summary>The approved list the options name.</summary>
    public ApprovedListState GetApprovedList(AnalysisOptions options) =>
        Query("approved", string.Join('\n', options.ApprovedLists),
            static (snapshot, key) => snapshot.LoadApprovedList(key.Length == 0 ? [] : [.. key.Split('\n')]));

    /// <summary>The problems in one approved-list file (VENV903), for when that file is analysed itself.</summary>
    public ImmutableArray<ApprovedListProblem> GetApprovedListProblems(string path) =>
        GetParsed(path, static (p, text) => new ApprovedListParse(ApprovedList.Parse(p, text)))?.Value.Problems ?? [];

    /// <summary>
    /// A value derived from this snapshot that others may read: <paramref name="compute"/> must be a
    /// function of the snapshot and the key alone, so that a later snapshot can recompute it when it
    /// checks whether what depends on it is still current.
    /// </summary>
    public T Query<T>(string kind, string key, Func<WorkspaceSnapshot, string, T> compute)
    {
        Computers.TryAdd(kind, (snapshot, k) => compute(snapshot, k));
        return Memo(kind, key, () => compute(this, key));
    }

    /// <summary>A value computed from this snapshot, reused from the cache while what it read is unchanged.</summary>
    public T Memo<T>(string kind, string key, Func<T> compute)
    {
        var entry = GetEntry(kind, key, () => compute());
        DependencyRecorder.Record(new Dependency(Dependency.MemoKey(kind, key), entry!.ValueStamp));
        return (T)entry.Value!;
    }

    private static readonly ConcurrentDictionary<string, Func<WorkspaceSnapshot, string, object?>> Computers = new(StringComparer.Ordinal);

    /// <summary>The current entry of a memo: reused when everything it read is unchanged in this snapshot,
    /// else recomputed (with <paramref name="compute"/>, or the kind's registered computer); null when it
    /// is out of date and cannot be recomputed here.</summary>
    private AnalysisCache.Entry? GetEntry(string kind, string key, Func<object?>? compute)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lazy = _local.GetOrAdd((kind, key), k => new Lazy<AnalysisCache.Entry?>(() =>
            {
                Cache.TryGet(k, out var previous);
                if (previous is not null && IsCurrent(previous)) return previous;
                var function = compute ?? (Computers.TryGetValue(kind, out var registered) ? () => registered(this, key) : null);
                if (function is null) return null;
                var (value, dependencies) = DependencyRecorder.Run(function);
                return Cache.Store(k, value, dependencies, previous);
            }));
            try
            {
                var entry = lazy.Value;
                if (entry is null && compute is not null)
                {
                    // Made by a validation that could not compute it; now a caller can.
                    _local.TryRemove(new KeyValuePair<(string, string), Lazy<AnalysisCache.Entry?>>((kind, key), lazy));
                    continue;
                }
                return entry;
            }
            catch (OperationCanceledException) when (attempt < 3)
            {
                // Another caller's computation was cancelled (its token, not ours): drop it and compute
                // again with this caller's own closure, which throws if this caller is cancelled too.
                _local.TryRemove(new KeyValuePair<(string, string), Lazy<AnalysisCache.Entry?>>((kind, key), lazy));
            }
            catch
            {
                // A failed computation must not stay in the snapshot.
                _local.TryRemove(new KeyValuePair<(string, string), Lazy<AnalysisCache.Entry?>>((kind, key), lazy));
                throw;
            }
        }
    }

    private bool IsCurrent(AnalysisCache.Entry entry)
    {
        foreach (var dependency in entry.Dependencies)
        {
            if (Dependency.TryParseMemo(dependency.Key, out var memo))
            {
                if (GetEntry(memo.Kind, memo.Key, null) is not { } current || current.ValueStamp != dependency.Stamp) return false;
            }
            else if (Stamps[dependency.Key] != dependency.Stamp)
            {
                return false;
            }
        }
        return true;
    }

    private void RecordInput(string key) => DependencyRecorder.Record(new Dependency(key, Stamps[key]));

    /// <summary>A folder listing that compares by its entries.</summary>
    private sealed record Listing(Common.EquatableArray<DirectoryEntry> Entries);

    private ConfigurationState ResolveConfiguration(string directory)
    {
        RecordInput(InputStamps.Settings);
        var configPath = ExplicitConfigPath ?? FindConfigFile(directory);
        var options = AnalysisOptions.Default;
        ConfigFileState? file = null;
        if (configPath is not null)
        {
            var read = Read(configPath);
            if (read.Text is null || read.Problem is not null)
            {
                var why = read.Exists ? read.Problem ?? "unreadable" : "it does not exist";
                file = new ConfigFileState(configPath, null, [], $"Cannot read the configuration {configPath}: {why}.");
            }
            else
            {
                var parsed = GetParsed(configPath, static (p, text) => new ConfigParse(ConfigParser.Parse(text.Content, PathUtil.Directory(p))))!.Value;
                options = options.With(parsed.Settings) with { ConfigPath = configPath };
                file = new ConfigFileState(configPath, read.Text, parsed.Problems, null);
            }
        }
        options = options.With(EditorSettings).With(Overrides);
        return new ConfigurationState(options, file);
    }

    private string? FindConfigFile(string directory)
    {
        var repository = PackageLocator.FindRepositoryRoot(this, directory);
        foreach (var candidate in PathUtil.Ancestors(directory))
        {
            var path = candidate == "/" ? "/" + ConfigKeys.FileName : candidate + "/" + ConfigKeys.FileName;
            if (FileExists(path)) return path;
            if (candidate == repository) break;
        }
        return null;
    }

    private ApprovedListState LoadApprovedList(ImmutableArray<string> paths)
    {
        if (paths.IsEmpty) return new ApprovedListState(ApprovedList.Empty, false, []);
        var list = ApprovedList.Empty;
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            var read = Read(path);
            if (read.Text is null || read.Problem is not null)
            {
                problems.Add(read.Exists ? $"{path}: {read.Problem ?? "unreadable"}" : $"{path} does not exist");
                continue;
            }
            var parsed = GetParsed(path, static (p, text) => new ApprovedListParse(ApprovedList.Parse(p, text)))!;
            list = list.Combine(parsed.Value.List);
        }
        return new ApprovedListState(list, true, problems.ToImmutable());
    }

    // Wrappers give each parse its own type key in the memo.
    private sealed record ConfigParse(ParsedConfig Value);

    private sealed record ApprovedListParse((ApprovedList List, ImmutableArray<ApprovedListProblem> Problems) Value);
}
