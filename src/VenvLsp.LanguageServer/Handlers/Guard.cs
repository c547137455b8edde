using StreamJsonRpc;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary>The lifecycle rules every request obeys.</summary>
internal static class Guard
{
    /// <summary>Throws the error the protocol asks for when a request comes before <c>initialize</c>
    /// or after <c>shutdown</c>.</summary>
    public static void Requests(Session session)
    {
        if (session.State == LifecycleState.Created)
            throw new LocalRpcException("The server is not initialized.") { ErrorCode = ErrorCodes.ServerNotInitialized };
        if (session.State == LifecycleState.ShutDown)
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = ErrorCodes.InvalidRequest };
    }

    /// <summary>Notifications before <c>initialize</c> or after <c>shutdown</c> are dropped.</summary>
    public static bool AcceptsNotifications(Session session) => session.State == LifecycleState.Initialized;

    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = ErrorCodes.InvalidParams };
}
