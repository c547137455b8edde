using System.Text.Json;
using StreamJsonRpc;
using VenvLsp.LanguageServer.Handlers;
using VenvLsp.LanguageServer.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// The JSON-RPC target: one method per LSP method, each handing over to its handler in
/// <c>Handlers/</c>. Methods not listed here are answered with MethodNotFound by StreamJsonRpc
/// (requests) or ignored (notifications). Before <c>initialize</c> every request fails with
/// ServerNotInitialized; after <c>shutdown</c>, with InvalidRequest.
/// </summary>
internal sealed class LspEndpoint(VenvLspServer server)
{
    [JsonRpcMethod("initialize")]
    public Task<InitializeResult> Initialize(InitializeParams @params) => InitializeHandler.Handle(server, @params);

    [JsonRpcMethod("initialized")]
    public Task Initialized(JsonElement? @params) => InitializedHandler.Handle(server);

    [JsonRpcMethod("shutdown")]
    public Task<object?> Shutdown() => LifecycleHandler.Shutdown(server);

    [JsonRpcMethod("exit")]
    public void Exit() => LifecycleHandler.Exit(server);

    [JsonRpcMethod("$/setTrace")]
    public void SetTrace(SetTraceParams @params) => LifecycleHandler.SetTrace(server, @params);

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpen(DidOpenTextDocumentParams @params) => TextSyncHandler.DidOpen(server, @params);

    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChange(DidChangeTextDocumentParams @params) => TextSyncHandler.DidChange(server, @params);

    [JsonRpcMethod("textDocument/didClose")]
    public Task DidClose(DidCloseTextDocumentParams @params) => TextSyncHandler.DidClose(server, @params);

    [JsonRpcMethod("textDocument/didSave")]
    public Task DidSave(DidSaveTextDocumentParams @params) => TextSyncHandler.DidSave(server, @params);

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public Task DidChangeWatchedFiles(DidChangeWatchedFilesParams @params) => WatchedFilesHandler.Handle(server, @params);

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public Task DidChangeConfiguration(DidChangeConfigurationParams @params) => ConfigurationHandler.DidChange(server, @params);

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders")]
    public Task DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams @params) => InitializedHandler.FoldersChanged(server, @params);

    [JsonRpcMethod("textDocument/diagnostic")]
    public Task<DocumentDiagnosticReport> Diagnostic(DocumentDiagnosticParams @params, CancellationToken token) =>
        DiagnosticHandler.Document(server, @params, token);

    [JsonRpcMethod("workspace/diagnostic")]
    public Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(WorkspaceDiagnosticParams @params, CancellationToken token) =>
        DiagnosticHandler.Workspace(server, @params, token);

    [JsonRpcMethod("textDocument/codeAction")]
    public Task<CodeAction[]> CodeAction(CodeActionParams @params, CancellationToken token) => CodeActionHandler.Handle(server, @params, token);

    [JsonRpcMethod("textDocument/hover")]
    public Task<Hover?> Hover(HoverParams @params, CancellationToken token) => HoverHandler.Handle(server, @params, token);

    [JsonRpcMethod("textDocument/definition")]
    public Task<Location[]> Definition(DefinitionParams @params, CancellationToken token) => NavigationHandler.Definition(server, @params, token);

    [JsonRpcMethod("textDocument/references")]
    public Task<Location[]> References(ReferenceParams @params, CancellationToken token) => NavigationHandler.References(server, @params, token);

    [JsonRpcMethod("textDocument/documentSymbol")]
    public Task<object[]> DocumentSymbol(DocumentSymbolParams @params, CancellationToken token) => DocumentSymbolHandler.Handle(server, @params, token);

    [JsonRpcMethod("textDocument/completion")]
    public Task<CompletionList> Completion(CompletionParams @params, CancellationToken token) => CompletionHandler.Handle(server, @params, token);
}
