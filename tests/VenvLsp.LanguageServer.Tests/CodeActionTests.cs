using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Text;

namespace VenvLsp.LanguageServer.Tests;

public class CodeActionTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    private static async Task<JsonArray> ActionsAsync(ServerFixture fixture, int line, string[]? only = null)
    {
        var result = await fixture.Client.CallAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = ServerFixture.Uri(Requirements) },
            range = new { start = new { line, character = 0 }, end = new { line, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only },
        });
        return result!.AsArray();
    }

    /// <summary>Applies a versioned text-document edit the way an editor does: as a didChange.</summary>
    private static async Task<string> ApplyAsync(ServerFixture fixture, JsonNode action, string text, int version)
    {
        var change = action["edit"]!["documentChanges"]![0]!;
        Assert.Equal(version - 1, (int)change["textDocument"]!["version"]!);
        var source = SourceText.From(text);
        var edits = change["edits"]!.AsArray().Select(e => new TextEdit(TextSpan.FromBounds(
            source.GetOffset(new LinePosition((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!)),
            source.GetOffset(new LinePosition((int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!))), (string)e["newText"]!)).ToList();
        var after = source.WithEdits(edits).Content;
        await fixture.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = ServerFixture.Uri(Requirements), version },
            contentChanges = change["edits"]!.AsArray().Reverse().Select(e => new { range = e!["range"]!.DeepClone(), text = (string)e["newText"]! }).ToArray(),
        });
        return after;
    }

    [Fact]
    public async Task Offers_the_preferred_quick_fix_and_applying_it_clears_the_finding()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        const string text = "numpy==1.26.4\nnunpy==1.26.4\n";
        await fixture.OpenAsync(Requirements, text);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        var actions = await ActionsAsync(fixture, 1);
        var fix = actions.Single(a => (string?)a!["title"] == "Replace with numpy")!;
        Assert.Equal("quickfix", (string?)fix["kind"]);
        Assert.True((bool)fix["isPreferred"]!);
        Assert.Equal("VENV101", (string?)fix["diagnostics"]![0]!["code"]);
        var after = await ApplyAsync(fixture, fix, text, 2);
        Assert.Equal("numpy==1.26.4\nnumpy==1.26.4\n", after);
        var diagnostics = await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => !ServerFixture.Codes(d).Contains("VENV101"));
        Assert.Equal(["VENV104"], ServerFixture.Codes(diagnostics));
    }

    [Fact]
    public async Task Offers_to_suppress_a_finding_with_a_comment_that_asks_for_a_reason()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        const string text = "scipy\n";
        await fixture.OpenAsync(Requirements, text);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        var suppress = (await ActionsAsync(fixture, 0)).Single(a => (string?)a!["title"] == "Suppress VENV103 on this line")!;
        Assert.Null(suppress["isPreferred"]);
        var after = await ApplyAsync(fixture, suppress, text, 2);
        Assert.Equal("scipy  # venvlsp: disable=VENV103 -- TODO: say why\n", after);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => !ServerFixture.Codes(d).Contains("VENV103"));
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_fix_of_the_document_at_once()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        const string text = "nunpy==1.26.4\n--index-url https://x/simple\nscipy\n";
        await fixture.OpenAsync(Requirements, text);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count >= 3);
        var actions = await ActionsAsync(fixture, 0, ["source.fixAll"]);
        var fixAll = Assert.Single(actions)!;
        Assert.Equal("source.fixAll.venvlsp", (string?)fixAll["kind"]);
        var after = await ApplyAsync(fixture, fixAll, text, 2);
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", after);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
    }
}

public class HoverAndCompletionTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    private static Task<JsonNode?> HoverAsync(ServerFixture fixture, int line, int character) =>
        fixture.Client.CallAsync("textDocument/hover", new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, position = new { line, character } });

    [Fact]
    public async Task Hover_on_a_requirement_shows_what_the_approved_list_allows()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\n");
        var hover = await HoverAsync(fixture, 0, 2);
        var value = (string)hover!["contents"]!["value"]!;
        Assert.Contains("**numpy** pinned to `==1.26.4`", value);
        Assert.Contains("Approved: `>=1.24,<2.3`, `==1.26.4`", value);
    }

    [Fact]
    public async Task Hover_on_a_rule_id_in_a_suppression_shows_the_rule_page()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "scipy  # venvlsp: disable=VENV103 -- pinned by constraints\n");
        var hover = await HoverAsync(fixture, 0, 30);
        Assert.StartsWith("# VENV103", (string)hover!["contents"]!["value"]!);
    }

    [Fact]
    public async Task Hover_on_a_finding_explains_the_rule()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "--extra-index-url https://x/simple\n");
        var hover = await HoverAsync(fixture, 0, 3);
        Assert.Contains("**VENV106** (error)", (string)hover!["contents"]!["value"]!);
    }

    [Fact]
    public async Task Completes_approved_names_then_their_approved_versions()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "nu\nnumpy==\n");
        var names = await fixture.Client.CallAsync("textDocument/completion",
            new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, position = new { line = 0, character = 2 } });
        var labels = names!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList();
        Assert.Contains("numpy", labels);
        Assert.Contains("PyYAML", labels);
        var versions = await fixture.Client.CallAsync("textDocument/completion",
            new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, position = new { line = 1, character = 7 } });
        Assert.Equal(["1.26.4"], versions!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList());
    }
}
