using System.Text.Json;
using Microsoft.Extensions.Logging;
using VenvLsp.Configuration;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.LanguageServer.Server;

namespace VenvLsp.LanguageServer.Handlers;

/// <summary>
/// Editor settings: from <c>initializationOptions</c>, from <c>workspace/configuration</c> (always
/// asked with the section "venvlsp": some clients drop items without one), and from
/// <c>didChangeConfiguration</c>. They use the keys of <c>venvlsp.json</c> and override it.
/// </summary>
internal static class ConfigurationHandler
{
    public const string Section = "venvlsp";

    /// <summary>Settings only editors have (server path, logging); not configuration of the checks.</summary>
    private static readonly HashSet<string> EditorOnlyKeys = ["trace", "logFile", "logLevel", "server", "enable"];

    public static async Task PullAsync(VenvLspServer server)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(server.Stopping);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var result = await server.Rpc.InvokeWithParameterObjectAsync<JsonElement[]>("workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(null, Section)]), timeout.Token).ConfigureAwait(false);
            // A null answer means the client has nothing under "venvlsp": the settings given at
            // initialize stay. An empty object or list is an answer: no editor settings.
            if (result is { Length: > 0 } && result[0].ValueKind != JsonValueKind.Null && FromJson(server, result[0]) is { } settings)
                await server.Queue.Mutate("workspace/configuration", session =>
                {
                    session.SettingsChanged(settings);
                    server.Diagnostics.StateChanged(session, null);
                }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ObjectDisposedException)
        {
            server.Logger.LogDebug("workspace/configuration was not answered: {Message}", e.Message);
        }
    }

    public static async Task DidChange(VenvLspServer server, DidChangeConfigurationParams @params)
    {
        if (!Guard.AcceptsNotifications(server.Session)) return;
        // Settings pushed with the notification are used as they are; else they are asked for. An empty
        // section (Neovim sends an empty table as [], others null) clears the editor's settings.
        var pushed = JsonPath.Get(@params.Settings, Section);
        if (pushed is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null } && FromJson(server, pushed) is { } settings)
        {
            await server.Queue.Mutate("workspace/didChangeConfiguration", session =>
            {
                session.SettingsChanged(settings);
                server.Diagnostics.StateChanged(session, null);
            }).ConfigureAwait(false);
            return;
        }
        await PullAsync(server).ConfigureAwait(false);
    }

    /// <summary>Reads settings from a JSON object (or one under "venvlsp"); problems go to the log and
    /// to the user as a warning. Null when there is nothing usable.</summary>
    public static ConfigSettings? FromJson(VenvLspServer server, JsonElement? element)
    {
        if (element is { ValueKind: JsonValueKind.Null } || element is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() == 0)
        {
            server.Logger.LogInformation("Editor settings cleared");
            return ConfigSettings.Empty;
        }
        if (element is not { ValueKind: JsonValueKind.Object } value) return null;
        if (value.TryGetProperty(Section, out var nested) && nested.ValueKind == JsonValueKind.Object) value = nested;
        var filtered = new Dictionary<string, JsonElement>();
        foreach (var property in value.EnumerateObject())
            if (!EditorOnlyKeys.Contains(property.Name) && !IsUnset(property.Value))
                filtered[property.Name] = property.Value;
        var baseDirectory = server.Session.WorkspaceFolders.FirstOrDefault();
        var parsed = ConfigParser.Parse(JsonSerializer.Serialize(filtered), baseDirectory);
        if (parsed.Problems.Length > 0)
        {
            var message = "VenvLsp settings: " + string.Join("; ", parsed.Problems.Select(p => p.Message));
            server.Logger.LogWarning("{Message}", message);
            _ = server.Rpc.NotifyWithParameterObjectAsync("window/showMessage", new ShowMessageParams(MessageType.Warning, message));
        }
        server.Logger.LogInformation("Editor settings: {Settings}", JsonSerializer.Serialize(filtered));
        return parsed.Settings;
    }

    // Editors send every setting, with empty defaults: an empty value means "not set here".
    private static bool IsUnset(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => value.GetString()!.Length == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };
}
