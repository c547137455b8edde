using System.Text.Json;

namespace VenvLsp.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record ClientInfo(string Name, string? Version);

public sealed record InitializeParams(
    int? ProcessId,
    ClientInfo? ClientInfo,
    string? RootUri,
    string? RootPath,
    JsonElement? InitializationOptions,
    JsonElement? Capabilities,
    string? Trace,
    WorkspaceFolder[]? WorkspaceFolders);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    DiagnosticOptions? DiagnosticProvider,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider,
    CompletionOptions CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentSymbolProvider,
    WorkspaceServerCapabilities Workspace);

public sealed record SetTraceParams(string Value);
