using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.LanguageServer.Tests;

public class PushDiagnosticsTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    [Fact]
    public async Task Publishes_diagnostics_for_an_opened_document_with_its_version()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\nnunpy==1.0\n", version: 7);
        var notification = await fixture.Client.WaitForAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == ServerFixture.Uri(Requirements) && n["params"]!["diagnostics"]!.AsArray().Count > 0);
        Assert.Equal(7, (int)notification["params"]!["version"]!);
        var diagnostic = notification["params"]!["diagnostics"]![0]!;
        Assert.Equal("VENV101", (string?)diagnostic["code"]);
        Assert.Equal(1, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal("venvlsp", (string?)diagnostic["source"]);
        Assert.EndsWith("VENV101.md", (string?)diagnostic["codeDescription"]!["href"]);
    }

    [Fact]
    public async Task Incremental_changes_update_the_diagnostics()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\nscipy==1.13.1\n");
        await fixture.ChangeAsync(Requirements, 2, [ServerFixture.Edit(1, 5, 1, 13, "")]); // "scipy==1.13.1" -> "scipy"
        var diagnostics = await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        Assert.Equal(["VENV103"], ServerFixture.Codes(diagnostics));
        await fixture.ChangeAsync(Requirements, 3, [ServerFixture.Edit(1, 5, 1, 5, "==1.13.1")]);
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
    }

    [Fact]
    public async Task Reports_files_that_are_not_open()
    {
        var files = ServerFixture.DefaultTree().Add(ServerFixture.Package + "/sorc/requirements-dev.txt", "requests\n");
        await using var fixture = new ServerFixture(files);
        await fixture.InitializeAsync();
        var diagnostics = await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(ServerFixture.Package + "/sorc/requirements-dev.txt"), d => d.Count > 0);
        Assert.Equal(["VENV103"], ServerFixture.Codes(diagnostics));
        Assert.Null(fixture.Client.Notifications("textDocument/publishDiagnostics")
            .Last(n => ((string)n["params"]!["uri"]!).EndsWith("requirements-dev.txt"))["params"]!["version"]);
    }

    [Fact]
    public async Task A_file_changed_on_disk_updates_the_diagnostics_of_what_read_it()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\nscipy==1.13.1\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
        fixture.Files.Add(ServerFixture.Root + "/approved.txt", "numpy==1.26.4\n");
        await fixture.Client.NotifyAsync("workspace/didChangeWatchedFiles",
            new { changes = new[] { new { uri = ServerFixture.Uri(ServerFixture.Root + "/approved.txt"), type = 2 } } });
        var diagnostics = await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        Assert.Equal(["VENV101"], ServerFixture.Codes(diagnostics));
    }

    [Fact]
    public async Task An_edit_re_analyses_only_the_edited_document_and_its_dependents()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\nscipy==1.13.1\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements));
        await fixture.Server.Diagnostics.Idle;
        var before = fixture.Server.Session.Snapshot.Cache.ComputationsOf("analysis");
        await fixture.ChangeAsync(Requirements, 2, [ServerFixture.Edit(1, 5, 1, 13, "")]);
        await fixture.SyncAsync();
        Assert.Equal(1, fixture.Server.Diagnostics.LastAffectedCount);
        Assert.Equal(before + 1, fixture.Server.Session.Snapshot.Cache.ComputationsOf("analysis"));
    }

    [Fact]
    public async Task Editing_the_approved_list_re_analyses_every_requirements_file_that_uses_it()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Requirements, "numpy==1.26.4\nscipy==1.13.1\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements));
        await fixture.Server.Diagnostics.Idle;
        await fixture.OpenAsync(ServerFixture.Root + "/approved.txt", "numpy==1.26.4\nscipy==1.13.1\nrequests==2.32.3\nPyYAML==6.0.1\n", languageId: "pip-requirements");
        await fixture.SyncAsync();
        // the list itself and the two requirements files; not venvlsp.json or build.ver
        Assert.Equal(3, fixture.Server.Diagnostics.LastAffectedCount);
    }

    [Fact]
    public async Task Settings_from_the_editor_override_the_configuration_file()
    {
        await using var fixture = new ServerFixture();
        fixture.Client.Settings = new JsonObject { ["rules"] = new JsonObject { ["VENV103"] = "off" } };
        await fixture.InitializeAsync(initializationOptions: new { rules = new Dictionary<string, string> { ["VENV103"] = "error" } });
        await fixture.OpenAsync(Requirements, "scipy\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
        await fixture.Client.NotifyAsync("workspace/didChangeConfiguration",
            new { settings = new { venvlsp = new { rules = new Dictionary<string, string> { ["VENV103"] = "error" } } } });
        var diagnostics = await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        Assert.Equal(1, (int)diagnostics[0]!["severity"]!);
    }

    [Fact]
    public async Task Closing_a_document_outside_the_workspace_clears_its_diagnostics()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(root: null);
        await fixture.OpenAsync(Requirements, "scipy\n");
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count > 0);
        await fixture.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = ServerFixture.Uri(Requirements) } });
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
    }

    [Fact]
    public async Task Ignores_changes_to_unknown_documents_and_out_of_date_versions()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.ChangeAsync(ServerFixture.Package + "/never-opened.txt", 2, [ServerFixture.Edit(0, 0, 0, 0, "x")]);
        await fixture.OpenAsync(Requirements, "scipy==1.13.1\n", version: 5);
        await fixture.ChangeAsync(Requirements, 4, [ServerFixture.Edit(0, 5, 0, 13, "")]);
        await fixture.ChangeAsync(Requirements, 6, [ServerFixture.Edit(0, 0, 0, 0, "numpy==1.26.4\n")]);
        await fixture.SyncAsync();
        await fixture.Client.DiagnosticsAsync(ServerFixture.Uri(Requirements), d => d.Count == 0);
        Assert.Equal("numpy==1.26.4\nscipy==1.13.1\n", fixture.Server.Session.Documents.Values.Single().Text.Content);
    }
}

public class PullDiagnosticsTests
{
    private const string Requirements = ServerFixture.Package + "/requirements.txt";

    [Fact]
    public async Task Answers_document_pulls_with_result_ids_and_unchanged_reports()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        await fixture.OpenAsync(Requirements, "scipy\n");
        var first = await fixture.Client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri = ServerFixture.Uri(Requirements) } });
        Assert.Equal("full", (string?)first!["kind"]);
        Assert.Equal(["VENV103"], ServerFixture.Codes(first["items"]!.AsArray()));
        var second = await fixture.Client.CallAsync("textDocument/diagnostic",
            new { textDocument = new { uri = ServerFixture.Uri(Requirements) }, previousResultId = (string?)first["resultId"] });
        Assert.Equal("unchanged", (string?)second!["kind"]);
        Assert.Empty(fixture.Client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task Answers_workspace_pulls_for_files_that_are_not_open()
    {
        var files = ServerFixture.DefaultTree().Add(ServerFixture.Package + "/sorc/requirements-dev.txt", "requests\n");
        await using var fixture = new ServerFixture(files);
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        JsonArray items = [];
        for (var attempt = 0; attempt < 50 && !items.Any(i => ((string)i!["uri"]!).EndsWith("requirements-dev.txt")); attempt++)
        {
            await Task.Delay(100);
            items = (await fixture.Client.CallAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }))!["items"]!.AsArray();
        }
        var dev = items.Single(i => ((string)i!["uri"]!).EndsWith("requirements-dev.txt"))!;
        Assert.Equal(["VENV103"], ServerFixture.Codes(dev["items"]!.AsArray()));
        Assert.Contains("client/registerCapability", fixture.Client.ServerRequests);
        Assert.Contains("workspace/configuration", fixture.Client.ServerRequests);
    }

    [Fact]
    public async Task Asks_for_a_refresh_when_a_change_reaches_other_documents()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        await fixture.OpenAsync(Requirements, "scipy==1.13.1\n");
        await fixture.Client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri = ServerFixture.Uri(Requirements) } });
        await fixture.Client.NotifyAsync("workspace/didChangeWatchedFiles",
            new { changes = new[] { new { uri = ServerFixture.Uri(ServerFixture.Root + "/approved.txt"), type = 2 } } });
        for (var i = 0; i < 100 && !fixture.Client.ServerRequests.Contains("workspace/diagnostic/refresh"); i++) await Task.Delay(50);
        Assert.Contains("workspace/diagnostic/refresh", fixture.Client.ServerRequests);
    }

    [Fact]
    public async Task Counts_positions_in_utf8_bytes_when_negotiated()
    {
        await using var fixture = new ServerFixture();
        var capabilities = ServerFixture.PullCapabilities();
        capabilities["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8") };
        await fixture.InitializeAsync(capabilities);
        const string line = "numpy==1.26.4 ; platform_release == \"café ☕\" --pre";
        await fixture.OpenAsync(Requirements, line + "\n");
        var report = await fixture.Client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri = ServerFixture.Uri(Requirements) } });
        var diagnostic = Assert.Single(report!["items"]!.AsArray())!;
        Assert.Equal("VENV112", (string?)diagnostic["code"]);
        var start = line.IndexOf("--pre", StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(line[..start]), (int)diagnostic["range"]!["start"]!["character"]!);
        Assert.NotEqual(start, (int)diagnostic["range"]!["start"]!["character"]!);
    }
}
