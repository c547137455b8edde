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

    /// <summary>How long a workspace pull with nothing new waits for a change before answering anyway.</summary>
    public static TimeSpan LongPoll { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A client that pulls workspace diagnostics asks again as soon as it has an answer (VS Code: every
    /// two seconds). When nothing changed since its last answer, the request is held until a change
    /// (or <see cref="LongPoll"/>) instead of analysing the workspace again for nothing.
    /// </summary>
    public static async Task<WorkspaceDiagnosticReport> Workspace(VenvLspServer server, WorkspaceDiagnosticParams @params, CancellationToken token)
    {
        var previous = (@params.PreviousResultIds ?? []).GroupBy(p => p.Uri).ToDictionary(g => g.Key, g => g.Last().Value);
        var deadline = DateTime.UtcNow + LongPoll;
        while (true)
        {
            var change = server.Diagnostics.NextChange;
            var report = await server.Queue.Read("workspace/diagnostic", (context, cancel) =>
            {
                Guard.Requests(context.Session);
                return server.Diagnostics.PullWorkspace(context, context.Session.Converter(context.Snapshot), previous, cancel);
            }, token).ConfigureAwait(false);
            var left = deadline - DateTime.UtcNow;
            if (previous.Count == 0 || report.Items.Any(i => i.Kind == "full") || left <= TimeSpan.Zero) return report;
            try
            {
                await change.WaitAsync(left, token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return report;
            }
        }
    }
}
