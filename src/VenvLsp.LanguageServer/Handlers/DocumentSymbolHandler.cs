using VenvLsp.Features;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the outline of job cards, J-jobs, scripts and versions
/// files (see <see cref="DocumentOutline"/>), as a tree, or flat for a client that wants it flat.</summary>
internal static class DocumentSymbolHandler
{
    public static Task<object[]> Handle(VenvLspServer server, DocumentSymbolParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/documentSymbol", (context, cancel) =>
        {
            Guard.Requests(context.Session);
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path || context.Snapshot.ReadText(path) is null) return [];
            var converter = context.Session.Converter(context.Snapshot);
            var outline = DocumentOutline.Get(context.Snapshot, path, cancel);
            if (context.Client.HierarchicalSymbols)
                return outline.Select(s => (object)Tree(s, path, converter)).ToArray();
            var flat = new List<object>();
            Flatten(outline, null, path, converter, flat);
            return [.. flat];
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));

    private static DocumentSymbol Tree(OutlineSymbol symbol, string path, LspConverter converter) =>
        new(symbol.Name, symbol.Detail, Kind(symbol.Kind), converter.RangeOf(path, symbol.Range), converter.RangeOf(path, symbol.SelectionRange),
            symbol.Children.IsEmpty ? null : symbol.Children.Select(c => Tree(c, path, converter)).ToArray());

    private static void Flatten(IEnumerable<OutlineSymbol> symbols, string? container, string path, LspConverter converter, List<object> into)
    {
        foreach (var symbol in symbols)
        {
            into.Add(new SymbolInformation(symbol.Name, Kind(symbol.Kind), new Protocol.Location(DocumentUri.FromPath(path), converter.RangeOf(path, symbol.Range)), container));
            Flatten(symbol.Children, symbol.Name, path, converter, into);
        }
    }

    /// <summary>LSP SymbolKind numbers.</summary>
    private static int Kind(OutlineKind kind) => kind switch
    {
        OutlineKind.SchedulerDirectives => 3,   // Namespace
        OutlineKind.SchedulerDirective => 7,    // Property
        OutlineKind.Include => 1,               // File
        OutlineKind.Variable => 13,             // Variable
        OutlineKind.ModuleCommand => 4,         // Package
        OutlineKind.VenvActivation or OutlineKind.VenvDeactivation or OutlineKind.DataCleanup => 24, // Event
        OutlineKind.JobCall or OutlineKind.ExScriptCall or OutlineKind.Function => 12, // Function
        OutlineKind.ErrorCheck => 17,           // Boolean
        OutlineKind.Section => 15,              // String
        _ => 13,
    };
}
