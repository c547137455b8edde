using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.LanguageServer.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task The_start_up_warm_up_reads_and_writes_the_first_messages_with_the_protocol_records()
    {
        // It runs while the process starts; if the records changed so that its sample no longer
        // reads, it would quietly stop helping.
        Assert.True(await VenvLsp.LanguageServer.Server.WarmUp.Start());
    }

    [Fact]
    public async Task The_engine_warm_up_analyses_its_sample_package_without_a_failure()
    {
        Assert.True(await VenvLsp.LanguageServer.Server.WarmUp.StartEngine());
    }

    [Fact]
    public async Task The_workspace_scan_reports_progress_from_begin_to_end()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync(ServerFixture.PullCapabilities());
        var end = await fixture.Client.WaitForAsync("$/progress", m => (string?)m["params"]!["value"]!["kind"] == "end");
        var token = (string?)end["params"]!["token"];
        var kinds = fixture.Client.Notifications("$/progress").Where(m => (string?)m["params"]!["token"] == token)
            .Select(m => (string?)m["params"]!["value"]!["kind"]).ToList();
        Assert.Equal("begin", kinds.First());
        Assert.Equal("end", kinds.Last());
        Assert.Contains(fixture.Client.ServerRequests, r => r.Contains("window/workDoneProgress/create"));
    }

    [Fact]
    public async Task Initialize_offers_push_diagnostics_to_a_client_that_cannot_pull()
    {
        await using var fixture = new ServerFixture();
        var result = await fixture.InitializeAsync();
        var capabilities = result["capabilities"]!;
        Assert.Null(capabilities["diagnosticProvider"]);
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.Equal("venvlsp", (string?)result["serverInfo"]!["name"]);
    }

    [Fact]
    public async Task Initialize_offers_pull_diagnostics_and_utf8_to_a_client_that_has_them()
    {
        await using var fixture = new ServerFixture();
        var capabilities = ServerFixture.PullCapabilities();
        capabilities["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16", "utf-8") };
        var result = await fixture.InitializeAsync(capabilities);
        Assert.True((bool)result["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"]!);
        Assert.Equal("utf-8", (string?)result["capabilities"]!["positionEncoding"]);
    }

    [Fact]
    public async Task Requests_before_initialize_fail_with_ServerNotInitialized()
    {
        await using var fixture = new ServerFixture();
        var response = await fixture.Client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = ServerFixture.Uri(ServerFixture.Package + "/requirements.txt") }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32002, (int)response["error"]!["code"]!);
        await fixture.InitializeAsync();
    }

    [Fact]
    public async Task Unknown_requests_fail_with_MethodNotFound_and_the_server_goes_on()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        var response = await fixture.Client.RequestAsync("venvlsp/noSuchThing", new { });
        Assert.Equal(-32601, (int)response["error"]!["code"]!);
        await fixture.Client.NotifyAsync("venvlsp/noSuchNotification", new { });
        var hover = await fixture.Client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = ServerFixture.Uri(ServerFixture.Package + "/requirements.txt") }, position = new { line = 0, character = 1 } });
        Assert.Null(hover["error"]);
    }

    [Fact]
    public async Task A_second_initialize_is_refused()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        var response = await fixture.Client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });
        Assert.Equal(-32600, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0_and_requests_after_shutdown_fail()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        Assert.Null(await fixture.Client.CallAsync("shutdown", null));
        var late = await fixture.Client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = ServerFixture.Uri(ServerFixture.Package + "/requirements.txt") }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32600, (int)late["error"]!["code"]!);
        await fixture.Client.NotifyAsync("exit", null);
        Assert.Equal(0, await fixture.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var fixture = new ServerFixture();
        await fixture.InitializeAsync();
        await fixture.Client.NotifyAsync("exit", null);
        Assert.Equal(1, await fixture.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exits_when_the_editor_process_is_gone()
    {
        await using var fixture = new ServerFixture();
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "0.2") { UseShellExecute = false })!;
        await fixture.Client.CallAsync("initialize", new { processId = process.Id, capabilities = new { } });
        await process.WaitForExitAsync();
        Assert.Equal(1, await fixture.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
