using StreamJsonRpc;
using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>initialize</c>: reads what the client can do and answers with what the server will do
/// for this client (pull diagnostics only to a client that pulls, UTF-8 positions when offered).</summary>
public static class InitializeHandler
{
    public static Task<InitializeResult> Handle(VenvLspServer server, InitializeParams @params) =>
        server.Queue.Exclusive("initialize", session =>
        {
            if (session.State != LifecycleState.Created)
                throw new LocalRpcException("initialize was already received.") { ErrorCode = ErrorCodes.InvalidRequest };
            var client = ClientFeatures.From(@params.Capabilities, @params.ClientInfo);
            session.Client = client;
            session.ClientProcessId = @params.ProcessId;
            session.WorkspaceFolders = Folders(@params);
            if (ConfigurationHandler.FromJson(server, @params.InitializationOptions) is { } settings) session.SettingsChanged(settings);
            session.State = LifecycleState.Initialized;
            server.Logger.LogInformation("Initialized by {Client}: encoding {Encoding}, {Mode} diagnostics, folders {Folders}",
                client.Name, client.Encoding.Name(), client.PullDiagnostics ? "pull" : "push", string.Join(", ", session.WorkspaceFolders));
            server.Watchers.WatchParentProcess(@params.ProcessId);

            var capabilities = Capabilities(client);
            return Task.FromResult(new InitializeResult(capabilities, new ServerInfo("venvlsp", server.Options.Version)));
        });

    /// <summary>What the server offers a client with these features.</summary>
    public static ServerCapabilities Capabilities(ClientFeatures client) => new(
            client.Encoding.Name(),
            new TextDocumentSyncOptions(true, 2, new SaveOptions(false)),
            client.PullDiagnostics ? new DiagnosticOptions("venvlsp", InterFileDependencies: true, WorkspaceDiagnostics: true) : null,
            new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAllVenvLsp], false),
            HoverProvider: true,
            new CompletionOptions(["=", "<", ">", "~", "!", "["], false),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentSymbolProvider: true,
            new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(true, true)));

    private static System.Collections.Immutable.ImmutableArray<string> Folders(InitializeParams @params)
    {
        if (@params.WorkspaceFolders is { Length: > 0 } folders)
            return [.. folders.Select(f => DocumentUri.ToPath(f.Uri)).OfType<string>().Distinct()];
        if (@params.RootUri is { } rootUri && DocumentUri.ToPath(rootUri) is { } root) return [root];
        if (@params.RootPath is { Length: > 0 } rootPath) return [Workspace.PathUtil.Normalize(rootPath)];
        return [];
    }
}
