using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.Cli.Serve;

/// <summary>
/// <c>venvlsp serve</c> (also <c>venvlsp --stdio</c>): the language server on stdin/stdout, hosted by
/// Microsoft.Extensions.Hosting, logging with Serilog to a file. stdout belongs to JSON-RPC: the
/// console writer is pointed at stderr before anything else runs, so a stray write cannot corrupt
/// the protocol.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var logFile = new Option<string?>("--log-file") { Description = "Write the log here (default: the user's state directory)." };
        var logLevel = new Option<string>("--log-level") { Description = "debug, information, warning or error.", DefaultValueFactory = _ => "information" };
        logLevel.AcceptOnlyFromAmong("debug", "information", "info", "warning", "error");
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin/stdout (the only transport; accepted for editors that pass it)." };
        var command = new Command("serve", "Run the language server on stdin/stdout.") { logFile, logLevel, stdio };
        command.SetAction(parse => Run(parse.GetValue(logFile), parse.GetValue(logLevel) ?? "information"));
        return command;
    }

    public static int Run(string? logFile, string logLevel)
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        _ = VenvLsp.LanguageServer.Server.WarmUp.Start();

        var logPath = Path.GetFullPath(logFile ?? LogSettings.DefaultPath());
        var level = logLevel switch
        {
            "debug" => LogEventLevel.Debug,
            "warning" => LogEventLevel.Warning,
            "error" => LogEventLevel.Error,
            _ => LogEventLevel.Information,
        };
        // The log file is opened on another core while the host is built: both take tens of
        // milliseconds, and the editor waits for the answer to initialize.
        var logging = Task.Run(() =>
        {
            var logger = CreateLogger(logPath, level);
            return (Logger: logger, Factory: (ILoggerFactory)new Serilog.Extensions.Logging.SerilogLoggerFactory(logger, dispose: false));
        });

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(_ => logging.GetAwaiter().GetResult().Factory);
        // So is the JSON-RPC connection (about 100 ms of its own set-up); it starts listening only
        // once the host runs it.
        var options = new ServerOptions { Version = VersionInfo.Version, LogPath = logPath };
        var server = Task.Run(() => new VenvLspServer(input, output, options, logging.GetAwaiter().GetResult().Factory.CreateLogger("VenvLsp")));
        builder.Services.AddSingleton(new PendingServer(server));
        var exitCode = new ExitCode();
        builder.Services.AddSingleton(exitCode);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddHostedService<LanguageServerService>();
        using var host = builder.Build();
        Log.Logger = logging.GetAwaiter().GetResult().Logger;
        try
        {
            host.Run();
            return exitCode.Value;
        }
        catch (Exception e)
        {
            Log.Fatal(e, "The server stopped on an error");
            return 1;
        }
        finally
        {
            Log.Information("venvlsp {Version} stopped", VersionInfo.Version);
            Log.CloseAndFlush();
        }
    }

    /// <summary>The file logger (stderr when the file cannot be written), its first line already written:
    /// version, process id, log path.</summary>
    private static Serilog.Core.Logger CreateLogger(string logPath, LogEventLevel level)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Is(level);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
            configuration = configuration.WriteTo.File(logPath, shared: true, fileSizeLimitBytes: 16 * 1024 * 1024, rollOnFileSizeLimit: true, retainedFileCountLimit: 3,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"venvlsp: cannot log to {logPath}: {e.Message}; logging to stderr");
            configuration = configuration.WriteTo.Sink(new StderrSink());
        }
        var logger = configuration.CreateLogger();
        logger.Information("venvlsp {Version} serving, process {Pid}, log {LogPath}", VersionInfo.Version, Environment.ProcessId, logPath);
        return logger;
    }

    private sealed class StderrSink : Serilog.Core.ILogEventSink
    {
        public void Emit(LogEvent logEvent) => Console.Error.WriteLine($"[{logEvent.Level}] {logEvent.RenderMessage()}");
    }
}

/// <summary>The server, being built on another core while the host starts.</summary>
internal sealed record PendingServer(Task<VenvLspServer> Server);

internal sealed class ExitCode
{
    public int Value { get; set; }
}

/// <summary>Runs one server over the process's stdin/stdout and stops the host when it ends.</summary>
internal sealed class LanguageServerService(PendingServer pending, ExitCode exitCode, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var server = await pending.Server.ConfigureAwait(false);
        var run = server.RunAsync();
        await Task.WhenAny(run, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        exitCode.Value = run.IsCompletedSuccessfully ? run.Result : 1;
        lifetime.StopApplication();
    }
}
