using System.Text.Json.Nodes;
using VenvLsp.Reliability.Tests.Support;
using VenvLsp.Text;

namespace VenvLsp.Reliability.Tests.Fixes;

/// <summary>The editor's "fix all" keeps the document's form too: line endings, the absence of a final
/// newline, and a second fix-all has nothing left to do.</summary>
public class CodeActionFormTests
{
    private static string Apply(string text, JsonNode edit)
    {
        var source = SourceText.From(text);
        var edits = edit["documentChanges"]!.AsArray().SelectMany(c => c!["edits"]!.AsArray()).Select(e =>
        {
            var range = e!["range"]!;
            var start = source.GetOffset(new LinePosition((int)range["start"]!["line"]!, (int)range["start"]!["character"]!));
            var end = source.GetOffset(new LinePosition((int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
            return TextEdit.Replace(TextSpan.FromBounds(start, end), (string)e["newText"]!);
        });
        return source.WithEdits(edits).Content;
    }

    private static async Task<JsonNode?> FixAllAsync(InProcessServer server, string uri) =>
        (await server.Client.CallAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll.venvlsp" } },
        }))!.AsArray().SingleOrDefault()?["edit"];

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\n", false)]
    public async Task Fix_all_in_the_editor_keeps_line_endings_and_the_final_newline_and_is_idempotent(string newLine, bool finalNewline)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var uri = InProcessServer.Uri(InProcessServer.Package + "/sorc/requirements-dev.txt");
        var lines = new[] { "nunpy==1.26.4", "scipy", "--index-url https://example.org/simple", "numpy==1.26.4", "scipy==1.13.1" };
        var text = string.Join(newLine, lines) + (finalNewline ? newLine : "");
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pip-requirements", version = 1, text } });
        await server.Client.DiagnosticsAsync(uri, d => d.Count > 0);

        var fixedText = Apply(text, (await FixAllAsync(server, uri))!);
        Assert.NotEqual(text, fixedText);
        Assert.Equal(newLine == "\r\n", fixedText.Contains("\r\n"));
        Assert.DoesNotMatch(newLine == "\r\n" ? @"(?<!\r)\n" : @"\r", fixedText);
        Assert.Equal(finalNewline, fixedText.EndsWith(newLine, StringComparison.Ordinal));

        await server.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new object[] { new { text = fixedText } } });
        await server.Client.DiagnosticsAsync(uri, _ => true);
        Assert.Null(await FixAllAsync(server, uri));
    }
}
