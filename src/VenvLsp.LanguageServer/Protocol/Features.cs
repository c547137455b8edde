using System.Text.Json;

namespace VenvLsp.LanguageServer.Protocol;

public sealed record CodeActionContext(LspDiagnostic[] Diagnostics, string[]? Only, int? TriggerKind);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit? Edit);

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, JsonElement? Context);

public sealed record CompletionItem(string Label, int? Kind, string? Detail, string? SortText, string? FilterText, LspTextEdit? TextEdit, MarkupContent? Documentation);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllVenvLsp = "source.fixAll.venvlsp";
}

public sealed record DefinitionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);
