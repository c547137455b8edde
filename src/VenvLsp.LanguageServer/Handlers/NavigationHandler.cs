using VenvLsp.Features;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;
using EngineLocation = VenvLsp.Diagnostics.Location;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>textDocument/definition</c> and <c>textDocument/references</c>: from <c>${python_ver}</c> in
/// any script to its line in the versions files, and back (see <see cref="VersionsNavigation"/>).</summary>
internal static class NavigationHandler
{
    public static Task<Protocol.Location[]> Definition(VenvLspServer server, DefinitionParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/definition", (context, _) =>
        {
            Guard.Requests(context.Session);
            if (!At(context, @params.TextDocument.Uri, @params.Position, out var path, out var offset)) return [];
            return ToLsp(context, VersionsNavigation.Definition(context.Snapshot, path, offset));
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));

    public static Task<Protocol.Location[]> References(VenvLspServer server, ReferenceParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/references", (context, _) =>
        {
            Guard.Requests(context.Session);
            if (!At(context, @params.TextDocument.Uri, @params.Position, out var path, out var offset)) return [];
            return ToLsp(context, VersionsNavigation.References(context.Snapshot, path, offset, @params.Context?.IncludeDeclaration ?? true));
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));

    private static bool At(ReadContext context, string uri, Position position, out string path, out int offset)
    {
        offset = 0;
        path = DocumentUri.ToPath(uri) ?? "";
        if (path.Length == 0 || context.Snapshot.ReadText(path) is not { } text) return false;
        offset = Positions.ToOffset(text, position, context.Client.Encoding);
        return true;
    }

    private static Protocol.Location[] ToLsp(ReadContext context, IEnumerable<EngineLocation> locations)
    {
        var converter = context.Session.Converter(context.Snapshot);
        return locations.Select(l => new Protocol.Location(DocumentUri.FromPath(l.Path), converter.RangeOf(l.Path, l.Span))).ToArray();
    }
}
