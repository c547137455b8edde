using System.Collections.Concurrent;
using System.Collections.Immutable;
using VenvLsp.Approval;
using VenvLsp.Configuration;
using VenvLsp.Packages;
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
    private readonly ConcurrentDictionary<(string, string), Lazy<AnalysisCache.Entry>> _local = new();

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

    public FileRead Read(string path) => Memo("read", path, () =>
    {
        Record(InputStamps.File(path));
        return Files.Read(path);
    });

    public bool FileExists(string path) => Memo("file?", path, () =>
    {
        Record(InputStamps.File(path));
        return Files.FileExists(path);
    });

    public bool DirectoryExists(string path) => Memo("dir?", path, () =>
    {
        Record(InputStamps.File(path));
        return Files.DirectoryExists(path);
    });

    public IReadOnlyList<DirectoryEntry> List(string directory) => Memo("list", directory, () =>
    {
        Record(InputStamps.Folder(directory));
        return Files.List(directory);
    });

    public string? LinkTarget(string path)
    {
        Record(InputStamps.File(path));
        return Files.LinkTarget(path);
    }

    public SourceText? ReadText(string path) => Read(path) is { Text: { } text, Problem: null } ? text : null;

    /// <summary>The package root that holds a path, or null.</summary>
    public string? PackageRootOf(string path) =>
        Memo("root", PathUtil.Directory(path), () => PackageLocator.FindRoot(this, PathUtil.Directory(path), isDirectory: true));

    /// <summary>A parse of a file, computed once while the file is unchanged; null when it cannot be read.</summary>
    public T? GetParsed<T>(string path, Func<SourceText, T> parse) where T : class =>
        Memo("parse:" + typeof(T).FullName, path, () => ReadText(path) is { } text ? parse(text) : null);

    /// <summary>The configuration that governs files in <paramref name="directory"/>.</summary>
    public ConfigurationState GetConfiguration(string directory) => Memo("config", directory, () => ResolveConfiguration(directory));

    /// <summary>The approved list the options name.</summary>
    public ApprovedListState GetApprovedList(AnalysisOptions options) =>
        Memo("approved", string.Join('\n', options.ApprovedLists), () => LoadApprovedList(options.ApprovedLists));

    /// <summary>The problems in one approved-list file (VENV903), for when that file is analysed itself.</summary>
    public ImmutableArray<ApprovedListProblem> GetApprovedListProblems(string path) =>
        GetParsed(path, text => new ApprovedListParse(ApprovedList.Parse(path, text)))?.Value.Problems ?? [];

    /// <summary>A value computed from this snapshot, reused from the cache while its inputs are unchanged.</summary>
    public T Memo<T>(string kind, string key, Func<T> compute)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lazy = _local.GetOrAdd((kind, key), k => new Lazy<AnalysisCache.Entry>(() =>
            {
                if (Cache.TryGet(k, Stamps, out var cached)) return cached;
                var (value, dependencies) = DependencyRecorder.Run(compute);
                var entry = new AnalysisCache.Entry(value, dependencies);
                Cache.Store(k, entry);
                return entry;
            }));
            AnalysisCache.Entry result;
            try
            {
                result = lazy.Value;
            }
            catch (OperationCanceledException) when (attempt < 3)
            {
                // Another caller's computation was cancelled (its token, not ours): drop it and compute
                // again with this caller's own closure, which throws if this caller is cancelled too.
                _local.TryRemove(new KeyValuePair<(string, string), Lazy<AnalysisCache.Entry>>((kind, key), lazy));
                continue;
            }
            catch
            {
                // A failed computation must not stay in the snapshot.
                _local.TryRemove(new KeyValuePair<(string, string), Lazy<AnalysisCache.Entry>>((kind, key), lazy));
                throw;
            }
            DependencyRecorder.RecordAll(result.Dependencies);
            return (T)result.Value!;
        }
    }

    private void Record(string key) => DependencyRecorder.Record(new Dependency(key, Stamps[key]));

    private ConfigurationState ResolveConfiguration(string directory)
    {
        Record(InputStamps.Settings);
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
                var parsed = GetParsed(configPath, text => new ConfigParse(ConfigParser.Parse(text.Content, PathUtil.Directory(configPath))))!.Value;
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
            var parsed = GetParsed(path, text => new ApprovedListParse(ApprovedList.Parse(path, text)))!;
            list = list.Combine(parsed.Value.List);
        }
        return new ApprovedListState(list, true, problems.ToImmutable());
    }

    // Wrappers give each parse its own type key in the memo.
    private sealed record ConfigParse(ParsedConfig Value);

    private sealed record ApprovedListParse((ApprovedList List, ImmutableArray<ApprovedListProblem> Problems) Value);
}
