using VenvLsp.Features;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: rule documentation and requirement details (see <see cref="HoverService"/>).</summary>
internal static class HoverHandler
{
    public static Task<Hover?> Handle(VenvLspServer server, HoverParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/hover", (context, cancel) =>
        {
            Guard.Requests(context.Session);
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path || context.Snapshot.ReadText(path) is not { } text) return null;
            var converter = context.Session.Converter(context.Snapshot);
            var offset = Positions.ToOffset(text, @params.Position, converter.Encoding);
            var hover = HoverService.Hover(context.Snapshot, path, offset, cancel);
            return hover is null ? null : new Hover(MarkupContent.Markdown(hover.Markdown), converter.RangeOf(path, hover.Span));
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));
}
