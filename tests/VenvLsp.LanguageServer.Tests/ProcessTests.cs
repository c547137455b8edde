using System.Diagnostics;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Text;

namespace VenvLsp.LanguageServer.Tests;

/// <summary>The real executable over stdio, as an editor starts it.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "venvlsp-server-" + Guid.NewGuid().ToString("N")[..10]);

    public ProcessTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "aigfs.v1.0.0", "versions"));
        File.WriteAllText(Path.Combine(_root, "approved.txt"), "numpy==1.26.4\nscipy==1.13.1\n");
        File.WriteAllText(Path.Combine(_root, "venvlsp.json"), """{ "approvedList": "approved.txt" }""");
        File.WriteAllText(Path.Combine(_root, "aigfs.v1.0.0", "requirements.txt"), "numpy==1.26.4\n");
    }

    private static Process Start(string logFile)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "venvlsp.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" serve --log-file \"{logFile}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    [Fact]
    public async Task Serves_diagnostics_and_fixes_over_stdio_and_exits_with_0_after_shutdown()
    {
        var log = Path.Combine(_root, "server.log");
        using var process = Start(log);
        await using var client = new LspTestClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        var requirements = Path.Combine(_root, "aigfs.v1.0.0", "requirements.txt");
        var uri = ServerFixture.Uri(requirements);

        await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = ServerFixture.Uri(_root), capabilities = ServerFixture.PushCapabilities() });
        await client.NotifyAsync("initialized", new { });
        const string text = "nunpy==1.26.4\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pip-requirements", version = 1, text } });
        var diagnostics = await client.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Equal(["VENV101"], ServerFixture.Codes(diagnostics));

        var actions = await client.CallAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 5 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var fix = actions!.AsArray().Single(a => (bool?)a!["isPreferred"] == true)!;
        var edit = fix["edit"]!["documentChanges"]![0]!["edits"]![0]!;
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new[] { new { range = edit["range"]!.DeepClone(), text = (string)edit["newText"]! } },
        });
        await client.DiagnosticsAsync(uri, d => d.Count == 0);

        Assert.Null(await client.CallAsync("shutdown", null));
        await client.NotifyAsync("exit", null);
        Assert.True(process.WaitForExit(15_000), "the server did not exit");
        Assert.Equal(0, process.ExitCode);
        var firstLine = File.ReadLines(log).First();
        Assert.Contains($"process {process.Id}", firstLine);
        Assert.Contains(log, firstLine);
        Assert.True(client.Unexpected.IsEmpty, string.Join("\n", client.Unexpected));
    }

    [Fact]
    public async Task Updates_diagnostics_when_a_file_changes_on_disk_behind_its_back()
    {
        using var process = Start(Path.Combine(_root, "server.log"));
        await using var client = new LspTestClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        var requirements = Path.Combine(_root, "aigfs.v1.0.0", "requirements.txt");
        var uri = ServerFixture.Uri(requirements);

        // A client that cannot watch files: the server watches the workspace itself.
        await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = ServerFixture.Uri(_root), capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        await Task.Delay(500);
        File.WriteAllText(requirements, "numpy==1.26.4\nscipy\n");
        var diagnostics = await client.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Equal(["VENV103"], ServerFixture.Codes(diagnostics));

        File.WriteAllText(Path.Combine(_root, "approved.txt"), "scipy==1.13.1\n");
        diagnostics = await client.DiagnosticsAsync(uri, d => ServerFixture.Codes(d).Contains("VENV101"));
        Assert.Contains("numpy", (string)diagnostics.First(d => (string)d!["code"]! == "VENV101")!["message"]!);

        await client.CallAsync("shutdown", null);
        await client.NotifyAsync("exit", null);
        Assert.True(process.WaitForExit(15_000));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
