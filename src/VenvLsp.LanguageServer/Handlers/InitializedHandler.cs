using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;
using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary>
/// <c>initialized</c>: asks the client to watch the files that matter, pulls the settings, and scans
/// the workspace folders in the background (with progress), so files that are not open get
/// diagnostics too.
/// </summary>
internal static class InitializedHandler
{
    public static async Task Handle(VenvLspServer server)
    {
        if (!Guard.AcceptsNotifications(server.Session)) return;
        _ = WarmUp.StartEngine();
        await server.Watchers.RegisterAsync().ConfigureAwait(false);
        await ConfigurationHandler.PullAsync(server).ConfigureAwait(false);
        _ = Task.Run(() => ScanAsync(server));
    }

    public static Task FoldersChanged(VenvLspServer server, DidChangeWorkspaceFoldersParams @params)
    {
        var added = @params.Event.Added.Select(f => DocumentUri.ToPath(f.Uri)).OfType<string>().ToHashSet();
        var removed = @params.Event.Removed.Select(f => DocumentUri.ToPath(f.Uri)).OfType<string>().ToHashSet();
        return server.Queue.Mutate("workspace/didChangeWorkspaceFolders", session =>
        {
            if (!Guard.AcceptsNotifications(session)) return;
            session.WorkspaceFolders = [.. session.WorkspaceFolders.Where(f => !removed.Contains(f)).Concat(added).Distinct()];
            _ = Task.Run(() => ScanAsync(server));
        });
    }

    /// <summary>Finds the documents of every workspace folder, then hands them to the diagnostics.</summary>
    public static async Task ScanAsync(VenvLspServer server)
    {
        try
        {
            await ScanFoldersAsync(server).ConfigureAwait(false);
        }
        finally
        {
            server.ScanFinished();
        }
    }

    private static async Task ScanFoldersAsync(VenvLspServer server)
    {
        var session = server.Session;
        var folders = session.WorkspaceFolders;
        if (folders.IsEmpty) return;
        await using var progress = await Progress.StartAsync(server, "VenvLsp: scanning the workspace").ConfigureAwait(false);
        try
        {
            var snapshot = await server.Queue.Read("scan", (context, _) => context.Snapshot, server.Stopping).ConfigureAwait(false);
            var started = DateTime.UtcNow;
            var lastReport = DateTime.UtcNow;
            var scan = new WorkspaceScanner(snapshot).Scan(folders, server.Stopping, count =>
            {
                if ((DateTime.UtcNow - lastReport).TotalMilliseconds < 200) return;
                lastReport = DateTime.UtcNow;
                _ = progress.ReportAsync($"{count} files");
            });
            var documents = scan.Files.Select(f => f.Path).Take(server.Options.MaxScannedDocuments).ToList();
            foreach (var notice in scan.Notices) server.Logger.LogWarning("Scan: {Notice}", notice);
            server.Logger.LogInformation("Scanned {Folders}: {Count} documents in {Milliseconds} ms",
                string.Join(", ", folders), documents.Count, (int)(DateTime.UtcNow - started).TotalMilliseconds);
            await server.Queue.Mutate("scan", s =>
            {
                s.SetScannedDocuments(documents);
                server.Diagnostics.StateChanged(s, null);
            }).ConfigureAwait(false);
            await progress.ReportAsync($"analysing {documents.Count} files").ConfigureAwait(false);
            await server.Diagnostics.Idle.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            server.Logger.LogError(e, "The workspace scan failed");
        }
    }
}
