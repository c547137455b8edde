using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Handlers;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// Keeps the server told of changes on disk: it asks a client that can to watch the files that
/// matter (<c>client/registerCapability</c>), watches the workspace itself for a client that cannot,
/// and always watches approved lists outside the workspace. It also ends the server when the editor's
/// process dies.
/// </summary>
public sealed class WatcherService(VenvLspServer server) : IDisposable
{
    /// <summary>The files whose changes matter to some rule.</summary>
    public static readonly string[] Globs =
    [
        "**/*.txt", "**/*.in", "**/*.j2", "**/venvlsp.json", "**/.gitignore", "**/*.ecf", "**/*.h", "**/*.ver",
        "**/*.sh", "**/*.ksh", "**/*.bash", "**/*.py", "**/jobs/*", "**/ecf/**", "**/modulefiles/**", "**/.git/index",
        // A rebuilt venv: its configuration, activate script and installed distributions.
        "**/venv/pyvenv.cfg", "**/venv/bin/activate", "**/venv/lib/python*/site-packages/*.dist-info/*",
        "**/venv/lib/python*/site-packages/*.dist-info",
    ];

    private readonly List<System.IO.FileSystemWatcher> _watchers = [];
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _externalFolders = new(StringComparer.Ordinal);
    private Timer? _flush;
    private Timer? _parent;

    public async Task RegisterAsync()
    {
        var session = server.Session;
        if (session.Client.DynamicWatchedFiles)
        {
            var registration = new Registration("venvlsp-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(Globs.Select(g => new Protocol.FileSystemWatcher(g, null)).ToArray()));
            try
            {
                await server.Rpc.InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams([registration]), server.Stopping).ConfigureAwait(false);
                server.Logger.LogInformation("The client watches {Count} globs", Globs.Length);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                server.Logger.LogWarning("The client refused to watch files ({Message}); watching the workspace itself", e.Message);
                WatchFolders(session.WorkspaceFolders);
            }
        }
        else
        {
            WatchFolders(session.WorkspaceFolders);
        }
        WatchApprovedLists();
    }

    /// <summary>Approved lists outside the workspace are watched by the server in every case.</summary>
    public void WatchApprovedLists()
    {
        if (!server.Options.UseFileSystemWatcher) return;
        var session = server.Session;
        var lists = session.WorkspaceFolders
            .SelectMany(f => session.Snapshot.GetConfiguration(f).Options.ApprovedLists)
            .Where(p => !session.WorkspaceFolders.Any(f => PathUtil.IsUnder(p, f)) || !session.Client.DynamicWatchedFiles);
        foreach (var folder in lists.Select(PathUtil.Directory).Distinct())
        {
            lock (_externalFolders)
            {
                if (!_externalFolders.Add(folder) || !Directory.Exists(folder)) continue;
            }
            Start(folder, recursive: false);
        }
    }

    private void WatchFolders(IEnumerable<string> folders)
    {
        if (!server.Options.UseFileSystemWatcher) return;
        foreach (var folder in folders.Where(Directory.Exists)) Start(folder, recursive: true);
    }

    private void Start(string folder, bool recursive)
    {
        try
        {
            var watcher = new System.IO.FileSystemWatcher(folder)
            {
                IncludeSubdirectories = recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Queue(e.FullPath, FileChangeType.Created);
            watcher.Deleted += (_, e) => Queue(e.FullPath, FileChangeType.Deleted);
            watcher.Changed += (_, e) => Queue(e.FullPath, FileChangeType.Changed);
            watcher.Renamed += (_, e) =>
            {
                Queue(e.OldFullPath, FileChangeType.Deleted);
                Queue(e.FullPath, FileChangeType.Created);
            };
            watcher.Error += (_, e) => server.Logger.LogWarning(e.GetException(), "The file watcher of {Folder} lost events", folder);
            watcher.EnableRaisingEvents = true;
            lock (_watchers) _watchers.Add(watcher);
            server.Logger.LogInformation("Watching {Folder}{Recursive}", folder, recursive ? " and below" : "");
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            server.Logger.LogWarning("Cannot watch {Folder}: {Message}", folder, e.Message);
        }
    }

    private void Queue(string path, int type)
    {
        var normalized = PathUtil.Normalize(path);
        if (normalized.Contains("/.git/", StringComparison.Ordinal)) return;
        // A create then a change is still a create; a delete wins over both.
        _pending.AddOrUpdate(normalized, type, (_, old) => type == FileChangeType.Deleted || old == FileChangeType.Deleted ? type : Math.Min(old, type));
        _flush ??= new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        _flush.Change(50, Timeout.Infinite);
    }

    private void Flush()
    {
        var batch = new List<(string Path, int Type)>();
        foreach (var path in _pending.Keys)
            if (_pending.TryRemove(path, out var type)) batch.Add((path, type));
        if (batch.Count > 0) _ = WatchedFilesHandler.Apply(server, batch);
    }

    /// <summary>Ends the server when the editor's process is gone (it cannot say exit any more).</summary>
    public void WatchParentProcess(int? processId)
    {
        if (processId is not { } pid || pid <= 0) return;
        var interval = server.Options.ParentProcessPollInterval;
        _parent = new Timer(_ =>
        {
            if (IsAlive(pid)) return;
            server.Logger.LogWarning("The editor's process {Pid} is gone: exiting", pid);
            server.Exit(1);
        }, null, interval, interval);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _flush?.Dispose();
        _parent?.Dispose();
        lock (_watchers)
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
        }
    }
}
