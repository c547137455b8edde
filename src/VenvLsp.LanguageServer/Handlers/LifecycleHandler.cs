using Microsoft.Extensions.Logging;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary><c>shutdown</c>, <c>exit</c> and <c>$/setTrace</c>.</summary>
internal static class LifecycleHandler
{
    public static Task<object?> Shutdown(VenvLspServer server) =>
        server.Queue.Exclusive<object?>("shutdown", session =>
        {
            Guard.Requests(session);
            session.State = LifecycleState.ShutDown;
            server.Logger.LogInformation("Shutdown requested");
            return Task.FromResult<object?>(null);
        });

    /// <summary>Exit code 0 after a shutdown, 1 without one (as the protocol says).</summary>
    public static void Exit(VenvLspServer server)
    {
        var code = server.Session.State == LifecycleState.ShutDown ? 0 : 1;
        server.Logger.LogInformation("Exit requested; exit code {Code}", code);
        server.Exit(code);
    }

    public static void SetTrace(VenvLspServer server, SetTraceParams @params) =>
        server.Logger.LogInformation("Trace set to {Value}", @params.Value);
}
