namespace VenvLsp.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change: a range and its new text, or (without a range) the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileSystemWatcher(string GlobPattern, int? Kind);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[] Added, WorkspaceFolder[] Removed);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);
