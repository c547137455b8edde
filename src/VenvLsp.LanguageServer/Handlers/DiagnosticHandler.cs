using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>textDocument/diagnostic</c> and <c>workspace/diagnostic</c> (pull diagnostics), with result
/// IDs so unchanged reports cost the client nothing.</summary>
internal static class DiagnosticHandler
{
    public static Task<DocumentDiagnosticReport> Document(VenvLspServer server, DocumentDiagnosticParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/diagnostic", (context, cancel) =>
        {
            Guard.Requests(context.Session);
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path)
                return DocumentDiagnosticReport.Full("0", []);
            return server.Diagnostics.Pull(context.Snapshot, context.Session.Converter(context.Snapshot), path, @params.PreviousResultId, cancel);
        }, token);

    public static Task<WorkspaceDiagnosticReport> Workspace(VenvLspServer server, WorkspaceDiagnosticParams @params, CancellationToken token) =>
        server.Queue.Read("workspace/diagnostic", (context, cancel) =>
        {
            Guard.Requests(context.Session);
            var previous = (@params.PreviousResultIds ?? []).GroupBy(p => p.Uri).ToDictionary(g => g.Key, g => g.Last().Value);
            return server.Diagnostics.PullWorkspace(context, context.Session.Converter(context.Snapshot), previous, cancel);
        }, token);
}
