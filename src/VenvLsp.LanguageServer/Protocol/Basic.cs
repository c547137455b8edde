using System.Text.Json;
using System.Text.Json.Serialization;

namespace VenvLsp.LanguageServer.Protocol;

// The LSP 3.17 structures this server uses, and only those. Property names follow the specification
// through the camelCase naming policy of the connection; absent optional values are omitted.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document identifier whose version may be null (a file that is not open).</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; } = Version;
}

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record LspTextEdit(Range Range, string NewText);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, LspTextEdit[] Edits);

/// <summary>A resource operation that creates a file (for a fix that adds a <c>.gitignore</c>).</summary>
public sealed record CreateFile(string Uri, CreateFileOptions? Options)
{
    public string Kind => "create";
}

public sealed record CreateFileOptions(bool? Overwrite, bool? IgnoreIfExists);

/// <summary>Edits to documents: <see cref="DocumentChanges"/> (with versions) when the client supports
/// them, else <see cref="Changes"/> by URI. Entries of DocumentChanges are TextDocumentEdit or CreateFile.</summary>
public sealed record WorkspaceEdit(Dictionary<string, LspTextEdit[]>? Changes, object[]? DocumentChanges);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int UnknownErrorCode = -32001;
    public const int RequestFailed = -32803;
    public const int ServerCancelled = -32802;
    public const int ContentModified = -32801;
    public const int RequestCancelled = -32800;
}

/// <summary>Reads optional values out of a JSON tree (client capabilities, settings) without failing
/// on shapes other clients send.</summary>
public static class JsonPath
{
    public static JsonElement? Get(JsonElement? element, params string[] path)
    {
        if (element is not { } current) return null;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out var next)) return null;
            current = next;
        }
        return current;
    }

    public static bool IsTrue(JsonElement? element, params string[] path) =>
        Get(element, path) is { ValueKind: JsonValueKind.True };

    public static bool Exists(JsonElement? element, params string[] path) =>
        Get(element, path) is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
}
