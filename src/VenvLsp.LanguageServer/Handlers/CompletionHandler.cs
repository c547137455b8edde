using VenvLsp.Features;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>textDocument/completion</c> in requirements files (see <see cref="CompletionService"/>).</summary>
internal static class CompletionHandler
{
    private const int ModuleKind = 9;
    private const int ValueKind = 12;

    public static Task<CompletionList> Handle(VenvLspServer server, CompletionParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/completion", (context, _) =>
        {
            Guard.Requests(context.Session);
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path || context.Snapshot.ReadText(path) is not { } text)
                return new CompletionList(false, []);
            var converter = context.Session.Converter(context.Snapshot);
            var offset = Positions.ToOffset(text, @params.Position, converter.Encoding);
            var items = CompletionService.Complete(context.Snapshot, path, offset)
                .Select(e => new CompletionItem(e.Label, e.Kind == CompletionKind.Package ? ModuleKind : ValueKind, e.Detail,
                    e.SortIndex.ToString("D5"), e.Label, new LspTextEdit(converter.RangeOf(path, e.ReplaceSpan), e.Label), null))
                .ToArray();
            return new CompletionList(false, items);
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));
}
