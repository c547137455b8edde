using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeWatchedFiles</c> (and the server's own watcher): files created,
/// changed or deleted on disk update the diagnostics of every document that read them.</summary>
internal static class WatchedFilesHandler
{
    public static Task Handle(VenvLspServer server, DidChangeWatchedFilesParams @params)
    {
        var changes = (@params.Changes ?? [])
            .Select(c => (Path: DocumentUri.ToPath(c.Uri), c.Type))
            .Where(c => c.Path is not null)
            .Select(c => (c.Path!, c.Type))
            .ToList();
        return Apply(server, changes);
    }

    public static Task Apply(VenvLspServer server, IReadOnlyList<(string Path, int Type)> changes) =>
        server.Queue.Mutate("workspace/didChangeWatchedFiles", session =>
        {
            if (!Guard.AcceptsNotifications(session) || changes.Count == 0) return;
            session.FilesChanged(changes.Select(c => (c.Path, c.Type != FileChangeType.Changed)));
            var scanned = session.ScannedDocuments;
            foreach (var (path, type) in changes)
            {
                if (type == FileChangeType.Deleted) scanned = scanned.Remove(path);
                else if (type == FileChangeType.Created && session.WorkspaceFolders.Any(f => Workspace.PathUtil.IsUnder(path, f)) &&
                         !path.Contains("/venv/", StringComparison.Ordinal) && !path.Contains("/.git/", StringComparison.Ordinal))
                    scanned = scanned.Add(path);
            }
            session.ScannedDocuments = scanned;
            server.Diagnostics.StateChanged(session, null);
        });
}
