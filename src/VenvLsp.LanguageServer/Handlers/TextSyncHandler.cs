using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;
using VenvLsp.Text;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>didOpen</c>, <c>didChange</c> (incremental), <c>didClose</c>, <c>didSave</c>: state changes,
/// applied in arrival order; each schedules diagnostics for what it affects.</summary>
internal static class TextSyncHandler
{
    public static Task DidOpen(VenvLspServer server, DidOpenTextDocumentParams @params) =>
        server.Queue.Mutate("textDocument/didOpen", session =>
        {
            if (!Guard.AcceptsNotifications(session)) return;
            var item = @params.TextDocument;
            if (DocumentUri.ToPath(item.Uri) is not { } path)
            {
                server.Logger.LogDebug("Ignoring {Uri}: not a file", item.Uri);
                return;
            }
            session.Open(new OpenDocument(path, item.Uri, SourceText.From(item.Text ?? ""), item.Version, item.LanguageId ?? ""));
            server.Diagnostics.StateChanged(session, path);
        });

    public static Task DidChange(VenvLspServer server, DidChangeTextDocumentParams @params) =>
        server.Queue.Mutate("textDocument/didChange", session =>
        {
            if (!Guard.AcceptsNotifications(session)) return;
            var id = @params.TextDocument;
            if (DocumentUri.ToPath(id.Uri) is not { } path || !session.Documents.TryGetValue(path, out var document))
            {
                server.Logger.LogWarning("didChange for {Uri}, which is not open: ignored", id.Uri);
                return;
            }
            if (id.Version <= document.Version)
            {
                server.Logger.LogWarning("didChange for {Uri} with version {Version}, not newer than {Current}: ignored", id.Uri, id.Version, document.Version);
                return;
            }
            var text = document.Text;
            foreach (var change in @params.ContentChanges ?? [])
            {
                if (change.Range is null)
                {
                    text = SourceText.From(change.Text ?? "");
                    continue;
                }
                var span = Positions.ToSpan(text, change.Range, session.Client.Encoding);
                text = text.WithEdits([TextEdit.Replace(span, change.Text ?? "")]);
            }
            session.Change(path, text, id.Version);
            server.Diagnostics.StateChanged(session, path);
        });

    public static Task DidClose(VenvLspServer server, DidCloseTextDocumentParams @params) =>
        server.Queue.Mutate("textDocument/didClose", session =>
        {
            if (!Guard.AcceptsNotifications(session)) return;
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path) return;
            session.Close(path);
            server.Diagnostics.StateChanged(session, null);
        });

    /// <summary>The editor's text is already known; a save changes nothing the analysis reads.</summary>
    public static Task DidSave(VenvLspServer server, DidSaveTextDocumentParams @params) => Task.CompletedTask;
}
