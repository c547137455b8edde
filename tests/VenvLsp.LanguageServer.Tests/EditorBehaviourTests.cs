using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Handlers;
using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.LanguageServer.Tests;

/// <summary>Behaviour real editors depend on, found by driving the server from Neovim and VS Code.</summary>
public class EditorBehaviourTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    [Fact]
    public async Task Fix_all_runs_to_a_fixed_point_like_check_fix()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "--pre requests\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        var actions = await fixture.Client.CallAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = ServerFixture.Uri(Requirements) },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll.venvlsp" } },
        });
        var edit = Assert.Single(Assert.Single(actions!.AsArray())!["edit"]!["documentChanges"]![0]!["edits"]!.AsArray())!;
        var text = VenvLsp.Text.SourceText.From("--pre requests\n");
        var span = VenvLsp.Text.TextSpan.FromBounds(
            text.GetOffset(new((int)edit["range"]!["start"]!["line"]!, (int)edit["range"]!["start"]!["character"]!)),
            text.GetOffset(new((int)edit["range"]!["end"]!["line"]!, (int)edit["range"]!["end"]!["character"]!)));
        // Splitting the line reveals an unpinned requests, which the same fix-all pins.
        Assert.Equal("--pre\nrequests==2.32.3\n", text.WithEdits([new VenvLsp.Text.TextEdit(span, (string)edit["newText"]!)]).Content);
    }

    [Fact]
    public async Task An_empty_settings_section_clears_the_editor_settings()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(initializationOptions: new { rules = new Dictionary<string, string> { ["VENV103"] = "off" } });
        await fixture.OpenAsync(Requirements, "scipy\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
        await fixture.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { venvlsp = Array.Empty<object>() } });
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => ServerFixture.Codes(d).Contains("VENV103"));
    }

    [Fact]
    public async Task A_workspace_pull_with_nothing_new_waits_for_a_change()
    {
        DiagnosticHandler.LongPoll = TimeSpan.FromSeconds(30);
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        var first = await fixture.Client.CallAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var previous = first!["items"]!.AsArray().Select(i => new { uri = (string)i!["uri"]!, value = (string)i["resultId"]! }).ToArray();

        var second = fixture.Client.CallAsync("workspace/diagnostic", new { previousResultIds = previous });
        await Task.Delay(500);
        Assert.False(second.IsCompleted, "the pull answered although nothing changed");

        await fixture.OpenAsync(Requirements, "scipy\n");
        var report = await second.WaitAsync(TimeSpan.FromSeconds(20));
        var changed = report!["items"]!.AsArray().Single(i => (string)i!["uri"]! == ServerFixture.Uri(Requirements))!;
        Assert.Equal("full", (string?)changed["kind"]);
        Assert.Equal(["VENV103"], ServerFixture.Codes(changed["items"]!.AsArray()));
    }
}
