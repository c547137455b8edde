namespace VenvLsp.LanguageServer.Protocol;

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation,
    int[]? Tags,
    object? Data);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A full or unchanged report (kind "full" or "unchanged").</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, LspDiagnostic[]? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, LspDiagnostic[] items) => new("full", resultId, items);
    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams(string? Identifier, PreviousResultId[]? PreviousResultIds);

public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, int? Version, string? ResultId, LspDiagnostic[]? Items)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public int? Version { get; init; } = Version;
}

public sealed record WorkspaceDiagnosticReport(WorkspaceDocumentDiagnosticReport[] Items);
