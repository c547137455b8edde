using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;
using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: for each finding in the range, its quick fixes (the safe one
/// preferred) and "suppress on this line"; and <c>source.fixAll.venvlsp</c>, every safe fix of the
/// document that can go together. Edits carry the document version.
/// </summary>
internal static class CodeActionHandler
{
    public static Task<CodeAction[]> Handle(VenvLspServer server, CodeActionParams @params, CancellationToken token) =>
        server.Queue.Read("textDocument/codeAction", (context, cancel) =>
        {
            Guard.Requests(context.Session);
            if (DocumentUri.ToPath(@params.TextDocument.Uri) is not { } path || context.Snapshot.ReadText(path) is not { } text)
                return [];
            var converter = context.Session.Converter(context.Snapshot);
            var span = Positions.ToSpan(text, @params.Range, converter.Encoding);
            var result = DocumentAnalyzer.Analyze(context.Snapshot, path, cancel);
            var own = result.Diagnostics.Where(d => d.Location.Path == path).ToList();
            int? VersionOf(string p) => context.Documents.TryGetValue(p, out var d) ? d.Version : null;
            var documentChanges = context.Client.DocumentChanges;
            var only = @params.Context?.Only;
            bool Wanted(string kind) => only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

            var actions = new List<CodeAction>();
            if (Wanted(CodeActionKinds.QuickFix))
            {
                foreach (var diagnostic in own.Where(d => Touches(d.Location.Span, span)))
                {
                    var lsp = converter.ToLsp(diagnostic);
                    var first = true;
                    foreach (var fix in diagnostic.Fixes)
                    {
                        if (fix.Edits.Any(e => e.CreatesFile) && !context.Client.CreateFiles && fix.Edits.Any(e => context.Snapshot.ReadText(e.Path) is null)) continue;
                        actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix, [lsp], fix.IsSafe && first ? true : null,
                            converter.ToWorkspaceEdit(fix.Edits, VersionOf, documentChanges)));
                        first = false;
                    }
                    if (diagnostic.Rule.Set != RuleSet.Checker && Suppress(text, result.Kind, diagnostic) is { } edit)
                        actions.Add(new CodeAction($"Suppress {diagnostic.RuleId} on this line", CodeActionKinds.QuickFix, [lsp], null,
                            converter.ToWorkspaceEdit([FileEdit.Single(path, edit)], VersionOf, documentChanges)));
                }
            }
            if (Wanted(CodeActionKinds.SourceFixAllVenvLsp) && own.Any(d => d.Fixes.Any(f => f.IsSafe)))
            {
                var (fixedText, count) = FixAll.Apply(context.Snapshot, path, cancel);
                if (FixAll.Difference(text, fixedText) is { } edit)
                    actions.Add(new CodeAction($"Fix all VenvLsp findings ({count})", CodeActionKinds.SourceFixAllVenvLsp, null, null,
                        converter.ToWorkspaceEdit([FileEdit.Single(path, edit)], VersionOf, documentChanges)));
            }
            return actions.ToArray();
        }, token, DocumentUri.ToPath(@params.TextDocument.Uri));

    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;

    /// <summary>A suppression comment: at the end of a requirements line, else on a line of its own
    /// before the finding, indented like it. The reason is left for the user to write.</summary>
    private static TextEdit? Suppress(SourceText text, DocumentKind kind, Diagnostic diagnostic)
    {
        var line = diagnostic.Location.Range.Start.Line;
        if (line >= text.LineCount) return null;
        var comment = $"# venvlsp: disable={diagnostic.RuleId} -- TODO: say why";
        var lineSpan = text.GetLineSpan(line);
        var lineText = text.ToString(lineSpan);
        if (kind == DocumentKind.Requirements && !lineText.TrimEnd().EndsWith('\\') && !lineText.Contains(" #", StringComparison.Ordinal))
            return TextEdit.Insert(lineSpan.End, "  " + comment);
        return LineEdits.InsertLineBefore(text, line, LineEdits.IndentOf(text, line) + comment);
    }
}
