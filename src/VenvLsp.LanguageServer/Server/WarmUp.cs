using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VenvLsp.LanguageServer.Protocol;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// Work the first <c>initialize</c> would otherwise wait for, done on another core while the process
/// sets up its logging, host and JSON-RPC connection: System.Text.Json builds the contract of the
/// protocol's large first messages (the client's capabilities, ours) once per process through
/// reflection, and a second build for the connection's own options is a fraction of the first.
/// Nothing here reads input or changes state; a failure only costs the head start.
/// </summary>
public static class WarmUp
{
    /// <summary>The serializer settings of the protocol (camelCase, nulls left out, required members).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = true;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequiredMembers.Apply } };
    }

    /// <summary>Starts the warm-up in the background; the task says whether it ran through.</summary>
    public static Task<bool> Start() => Task.Run(() =>
    {
        try
        {
            var options = new JsonSerializerOptions();
            Configure(options);
            const string initialize = """
                { "processId": 1, "rootUri": null, "workspaceFolders": [{ "uri": "file:///w", "name": "w" }],
                  "capabilities": { "general": { "positionEncodings": ["utf-16"] }, "workspace": { "configuration": true },
                    "textDocument": { "synchronization": { "dynamicRegistration": false }, "publishDiagnostics": { "versionSupport": true } } } }
                """;
            var request = JsonSerializer.Deserialize<InitializeParams>(initialize, options);
            var client = ClientFeatures.From(request!.Capabilities, request.ClientInfo);
            JsonSerializer.Serialize(new InitializeResult(Handlers.InitializeHandler.Capabilities(client), new ServerInfo("venvlsp", "0")), options);
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(StreamJsonRpc.JsonRpc).TypeHandle);
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Only a head start: the real connection builds what it needs itself.
            return false;
        }
    });
}
