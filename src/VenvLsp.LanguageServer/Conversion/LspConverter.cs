using VenvLsp.Diagnostics;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.Rules;
using VenvLsp.Text;

namespace VenvLsp.LanguageServer.Conversion;

/// <summary>Engine values to protocol records. Needs each file's text to count positions in the
/// negotiated encoding; a file it cannot read (a fix that creates it) counts from an empty text.</summary>
public sealed class LspConverter(Func<string, SourceText?> textOf, PositionEncoding encoding)
{
    private static readonly SourceText Empty = SourceText.From("");

    public PositionEncoding Encoding => encoding;

    public Protocol.Range RangeOf(string path, TextSpan span) => Positions.ToLsp(textOf(path) ?? Empty, span, encoding);

    public LspDiagnostic ToLsp(Diagnostic diagnostic)
    {
        var related = diagnostic.Related.Length == 0
            ? null
            : diagnostic.Related.Select(r => new DiagnosticRelatedInformation(
                new Protocol.Location(DocumentUri.FromPath(r.Location.Path), RangeOf(r.Location.Path, r.Location.Span)), r.Message)).ToArray();
        return new LspDiagnostic(
            RangeOf(diagnostic.Location.Path, diagnostic.Location.Span),
            Severity(diagnostic.Severity),
            diagnostic.RuleId,
            new CodeDescription(RuleDocumentation.HelpUri(diagnostic.RuleId).AbsoluteUri),
            "venvlsp",
            diagnostic.Message,
            related,
            null,
            null);
    }

    public static int Severity(Diagnostics.Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => 1,
        Diagnostics.Severity.Warning => 2,
        Diagnostics.Severity.Info => 3,
        _ => 4,
    };

    /// <summary>The edit that carries out <paramref name="fixes"/> (already free of overlaps) as one
    /// workspace edit: with document versions when the client takes <c>documentChanges</c>.</summary>
    public WorkspaceEdit ToWorkspaceEdit(IEnumerable<FileEdit> edits, Func<string, int?> versionOf, bool documentChanges)
    {
        var byFile = edits.GroupBy(e => e.Path).ToList();
        if (!documentChanges)
        {
            var changes = byFile.ToDictionary(
                g => DocumentUri.FromPath(g.Key),
                g => g.SelectMany(e => e.Edits).Select(e => new LspTextEdit(RangeOf(g.Key, e.Span), e.NewText)).ToArray());
            return new WorkspaceEdit(changes, null);
        }
        var operations = new List<object>();
        foreach (var group in byFile)
        {
            var uri = DocumentUri.FromPath(group.Key);
            if (group.Any(e => e.CreatesFile) && textOf(group.Key) is null)
                operations.Add(new CreateFile(uri, new CreateFileOptions(false, true)));
            operations.Add(new TextDocumentEdit(
                new OptionalVersionedTextDocumentIdentifier(uri, versionOf(group.Key)),
                group.SelectMany(e => e.Edits).Select(e => new LspTextEdit(RangeOf(group.Key, e.Span), e.NewText)).ToArray()));
        }
        return new WorkspaceEdit(null, [.. operations]);
    }
}
