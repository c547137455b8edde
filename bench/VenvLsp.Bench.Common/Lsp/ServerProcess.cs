using System.Diagnostics;
using System.Text.Json.Nodes;
using VenvLsp.Bench.Measure;

namespace VenvLsp.Bench.Lsp;

/// <summary>A server process on stdio with a connection to it, started the way an editor starts it.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, long started)
    {
        _process = process;
        Started = started;
        Connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        // The server logs to a file; anything on stderr is read so that it can never block.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        Connection.Start();
    }

    /// <summary>The timestamp taken just before the process was started.</summary>
    public long Started { get; }

    public LspConnection Connection { get; }

    public int Id => _process.Id;

    /// <summary>Starts <c>venvlsp serve</c> with its log in <paramref name="logFile"/>.</summary>
    public static ServerProcess Start(ServerBuild build, string logFile, string logLevel = "information")
    {
        var info = build.StartInfo($"serve --log-file \"{logFile}\" --log-level {logLevel}");
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("the server did not start");
        return new ServerProcess(process, started);
    }

    /// <summary>Sends <c>initialize</c> and <c>initialized</c>; the first figure is start → response.</summary>
    public async Task<double> InitializeAsync(string? root)
    {
        var response = await Connection.RequestAsync("initialize", Lsp.Initialize(root), TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (response.Error is not null) throw new InvalidOperationException($"initialize failed: {response.Error.ToJsonString()}");
        Connection.Notify("initialized", new JsonObject());
        return Stopwatch.GetElapsedTime(Started, response.Received).TotalMilliseconds;
    }

    public ProcessMemory Memory() => ProcessMemory.Read(_process.Id);

    /// <summary>shutdown, exit; the exit code (or -1 when it had to be killed).</summary>
    public async Task<int> StopAsync()
    {
        try
        {
            await Connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            Connection.Notify("exit", null);
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
        }
        if (!_process.WaitForExit(15_000))
        {
            _process.Kill(entireProcessTree: true);
            return -1;
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
        await Connection.DisposeAsync().ConfigureAwait(false);
        _process.Dispose();
    }
}
