using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc's connection with one correction for LSP: parameters that cannot be read as the
/// method's parameter type (a string where an object belongs) are the client's mistake, answered with
/// InvalidParams as JSON-RPC asks, not with a generic invocation error carrying our stack trace.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var cause = exception;
        while (cause is not JsonException && cause.InnerException is not null) cause = cause.InnerException;
        if (cause is JsonException)
            return new JsonRpcError.ErrorDetail
            {
                Code = JsonRpcErrorCode.InvalidParams,
                Message = $"The parameters of {request.Method} do not have the shape the method takes: {cause.Message}",
            };
        return base.CreateErrorDetails(request, exception);
    }
}
