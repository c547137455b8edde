using System.Text;
using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;
using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Security;

/// <summary>
/// The real executable, watched from outside: it runs nothing from the workspace (every program a
/// build script names is a trap on PATH that leaves a mark), opens no network socket (its descriptors
/// are sampled through /proc while it works and after), works the same without a network, and as a
/// server writes nothing to stdout but well-formed protocol messages.
/// </summary>
public sealed class ProcessAuditTests : IDisposable
{
    private static readonly string[] Traps = ["python", "python3", "pip", "pip3", "bash", "sh", "ksh", "module", "git", "curl", "wget", "uv", "virtualenv", "ecflow_client", "env"];

    private readonly TempTree _tree = new();
    private readonly string _traps;
    private readonly string _marks;

    public ProcessAuditTests()
    {
        _traps = _tree.PathOf(".traps");
        _marks = _tree.PathOf(".marks");
        Directory.CreateDirectory(_traps);
        Directory.CreateDirectory(_marks);
        foreach (var name in Traps)
            File.WriteAllText(Path.Combine(_traps, name), $"#!/bin/sh\necho \"$0 $*\" > '{_marks}/{name}'\n");
        foreach (var name in Traps) File.SetUnixFileMode(Path.Combine(_traps, name), (UnixFileMode)Convert.ToInt32("755", 8));
        var package = TempTree.PackageName;
        _tree.Write(package + "/sorc/build_venv.sh", "#!/bin/bash\nset -eu\npython3 -m venv venv\nsource venv/bin/activate\npip install -r ../requirements.txt\ncurl http://example.org\n", (UnixFileMode)Convert.ToInt32("755", 8));
        _tree.Write(package + "/jobs/JAIGFS_FORECAST", "#!/bin/bash\nmodule load python/3.12\nsource ${HOMEaigfs}/venv/bin/activate\npython ${USHaigfs}/run.py\n", (UnixFileMode)Convert.ToInt32("755", 8));
        _tree.Write(package + "/ush/run.py", "import os\nos.system('sh -c true')\n");
        _tree.Write(package + "/venv/bin/activate", "VIRTUAL_ENV=/x\n");
        _tree.Write(package + "/venv/pyvenv.cfg", "home = /usr/bin\n");
        _tree.Write(package + "/sorc/requirements-dev.txt", "nunpy==1.26.4\n");
        // Enough files that the check runs long enough to be watched.
        for (var i = 0; i < 300; i++) _tree.Write($"{package}/ush/mod{i}/helper_{i}.sh", $"#!/bin/bash\npython3 -c 'print({i})'\npip install x{i}\n");
    }

    private Dictionary<string, string> TrappedPath() => new()
    {
        ["PATH"] = _traps + ":" + Environment.GetEnvironmentVariable("PATH"),
        ["HOME"] = _tree.Root,
    };

    private void AssertNothingRan() => Assert.Empty(Directory.EnumerateFiles(_marks));

    [Fact]
    public async Task Check_runs_nothing_from_the_workspace_and_opens_no_network_socket()
    {
        using var process = ProcessAudit.Start(["check", "--fix", "--format", "json", "."], _tree.Root, TrappedPath());
        var audit = new ProcessAudit(process.Id);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await audit.WatchAsync(process.WaitForExitAsync());
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("\"diagnostics\"", await stdout);
        // The fix was made, without running anything.
        Assert.Equal("numpy==1.26.4\n", File.ReadAllText(_tree.PathOf(TempTree.PackageName + "/sorc/requirements-dev.txt")));
        Assert.DoesNotContain("Exception", await stderr);
        Assert.True(audit.Samples > 0);
        Assert.Empty(audit.NetworkSockets);
        AssertNothingRan();
    }

    [Fact]
    public void Check_gives_the_same_answer_without_any_network()
    {
        string Run(IReadOnlyList<string>? prefix)
        {
            using var process = ProcessAudit.Start(["check", "--format", "json", "."], _tree.Root, TrappedPath(), prefix);
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(60_000));
            return process.ExitCode + output;
        }
        // unshare -n gives the process a network namespace of its own, with no interface up.
        Assert.Equal(Run(null), Run(["unshare", "-n"]));
        AssertNothingRan();
    }

    [Fact]
    public async Task A_server_session_runs_nothing_opens_no_network_socket_and_writes_only_protocol_to_stdout()
    {
        var log = _tree.PathOf(".server.log");
        using var process = ProcessAudit.Start(["serve", "--log-file", log], _tree.Root, TrappedPath());
        var audit = new ProcessAudit(process.Id);
        var recorded = new RecordingStream(process.StandardOutput.BaseStream);
        var stderr = process.StandardError.ReadToEndAsync();
        var session = Task.Run(async () =>
        {
            await using var client = new LspTestClient(recorded, process.StandardInput.BaseStream);
            var capabilities = new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } };
            await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = ServerUri(_tree.Root), capabilities });
            await client.NotifyAsync("initialized", new { });
            var script = ServerUri(_tree.PathOf(TempTree.PackageName + "/sorc/build_venv.sh"));
            var text = File.ReadAllText(_tree.PathOf(TempTree.PackageName + "/sorc/build_venv.sh"));
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = script, languageId = "shellscript", version = 1, text } });
            await client.DiagnosticsAsync(script, d => d.Count > 0);
            for (var version = 2; version < 40; version++)
                await client.NotifyAsync("textDocument/didChange", new
                {
                    textDocument = new { uri = script, version },
                    contentChanges = new object[] { new { range = new { start = new { line = 1, character = 0 }, end = new { line = 1, character = 0 } }, text = "# edit\n" } },
                });
            await client.SendRawAsync(Frames.Of("{ not json"));
            var actions = await client.CallAsync("textDocument/codeAction", new
            {
                textDocument = new { uri = script },
                range = new { start = new { line = 0, character = 0 }, end = new { line = 50, character = 0 } },
                context = new { diagnostics = Array.Empty<object>() },
            });
            Assert.NotEmpty(actions!.AsArray());
            await client.CallAsync("textDocument/hover", new { textDocument = new { uri = script }, position = new { line = 3, character = 2 } });
            audit.Sample();
            await client.CallAsync("shutdown", null);
            await client.NotifyAsync("exit", null);
        });
        await audit.WatchAsync(session);
        await session;
        Assert.True(process.WaitForExit(20_000), "the server did not exit");
        Assert.Equal(0, process.ExitCode);
        Assert.Empty(audit.NetworkSockets);
        AssertNothingRan();
        Assert.DoesNotContain("Exception", await stderr);

        // Everything the process wrote to stdout, parsed strictly: frames of JSON-RPC 2.0 and nothing else.
        var messages = ParseStrictly(recorded.Bytes);
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("2.0", (string?)m["jsonrpc"]));
        Assert.Contains(messages, m => m["error"]?["code"]?.GetValue<int>() == -32700);

        // The server's own log file names what happened, never what the files hold.
        var logged = File.ReadAllText(log);
        Assert.Contains("Dropped a malformed message", logged);
        Assert.DoesNotContain("curl http://example.org", logged);
        Assert.DoesNotContain("# edit", logged);
    }

    /// <summary>Splits a byte stream into LSP frames, failing on anything that is not one.</summary>
    public static List<JsonObject> ParseStrictly(byte[] bytes)
    {
        var messages = new List<JsonObject>();
        var position = 0;
        while (position < bytes.Length)
        {
            var headerEnd = bytes.AsSpan(position).IndexOf("\r\n\r\n"u8);
            Assert.True(headerEnd > 0, $"bytes at {position} are not a header: {Encoding.UTF8.GetString(bytes, position, Math.Min(80, bytes.Length - position))}");
            var header = Encoding.ASCII.GetString(bytes, position, headerEnd);
            var length = -1;
            foreach (var line in header.Split("\r\n"))
            {
                var parts = line.Split(':', 2);
                Assert.True(parts.Length == 2, "bad header line: " + line);
                if (parts[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) length = int.Parse(parts[1].Trim());
                else Assert.Equal("content-type", parts[0].Trim().ToLowerInvariant());
            }
            Assert.True(length >= 0, "a frame without Content-Length");
            position += headerEnd + 4;
            Assert.True(position + length <= bytes.Length, "a frame cut short");
            messages.Add(Assert.IsType<JsonObject>(JsonNode.Parse(bytes.AsSpan(position, length))));
            position += length;
        }
        return messages;
    }

    private static string ServerUri(string path) => new Uri(path).AbsoluteUri;

    public void Dispose() => _tree.Dispose();
}

/// <summary>A read-only stream that keeps a copy of every byte read through it.</summary>
public sealed class RecordingStream(Stream inner) : Stream
{
    private readonly MemoryStream _copy = new();

    public byte[] Bytes { get { lock (_copy) return _copy.ToArray(); } }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        lock (_copy) _copy.Write(buffer.Span[..read]);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        lock (_copy) _copy.Write(buffer, offset, read);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
