using System.Text.Json;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>What the client said it can do, read once from <c>initialize</c>. Every choice the server
/// makes per client (push or pull diagnostics, encoding, watching) is decided here.</summary>
public sealed record ClientFeatures(
    string Name,
    PositionEncoding Encoding,
    bool PullDiagnostics,
    bool DiagnosticRefresh,
    bool DynamicWatchedFiles,
    bool RelativePatterns,
    bool ConfigurationRequests,
    bool WorkDoneProgress,
    bool DocumentChanges,
    bool CreateFiles,
    bool MarkdownHover,
    bool HierarchicalSymbols)
{
    public static ClientFeatures None { get; } = From(null, null);

    public static ClientFeatures From(JsonElement? capabilities, ClientInfo? client)
    {
        var encodings = JsonPath.Get(capabilities, "general", "positionEncodings");
        var utf8 = encodings is { ValueKind: JsonValueKind.Array } list && list.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == "utf-8");
        var resourceOperations = JsonPath.Get(capabilities, "workspace", "workspaceEdit", "resourceOperations");
        var hoverFormats = JsonPath.Get(capabilities, "textDocument", "hover", "contentFormat");
        return new ClientFeatures(
            client?.Name ?? "unknown",
            utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16,
            PullDiagnostics: JsonPath.Exists(capabilities, "textDocument", "diagnostic"),
            DiagnosticRefresh: JsonPath.IsTrue(capabilities, "workspace", "diagnostics", "refreshSupport"),
            DynamicWatchedFiles: JsonPath.IsTrue(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration"),
            RelativePatterns: JsonPath.IsTrue(capabilities, "workspace", "didChangeWatchedFiles", "relativePatternSupport"),
            ConfigurationRequests: JsonPath.IsTrue(capabilities, "workspace", "configuration"),
            WorkDoneProgress: JsonPath.IsTrue(capabilities, "window", "workDoneProgress"),
            DocumentChanges: JsonPath.IsTrue(capabilities, "workspace", "workspaceEdit", "documentChanges"),
            CreateFiles: resourceOperations is { ValueKind: JsonValueKind.Array } ops && ops.EnumerateArray().Any(o => o.GetString() == "create"),
            MarkdownHover: hoverFormats is not { ValueKind: JsonValueKind.Array } formats || formats.EnumerateArray().Any(f => f.GetString() == "markdown"),
            HierarchicalSymbols: JsonPath.IsTrue(capabilities, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"));
    }
}
