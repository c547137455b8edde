using System.Text.Json.Nodes;

namespace VenvLsp.Bench.Lsp;

/// <summary>The messages the benchmarks send, built as JSON.</summary>
public static class Lsp
{
    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    /// <summary>
    /// A client that cannot pull diagnostics (so the server pushes them, as to Neovim), shows work-done
    /// progress (so the end of the workspace scan is visible), and watches files when asked (so the
    /// server does not put its own watcher on the tree, as with VS Code and current Neovim).
    /// </summary>
    public static JsonObject PushClientCapabilities() => new()
    {
        ["workspace"] = new JsonObject
        {
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
        },
        ["textDocument"] = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false },
            ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true },
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
    };

    public static JsonObject Initialize(string? rootPath) => new()
    {
        ["processId"] = Environment.ProcessId,
        ["clientInfo"] = new JsonObject { ["name"] = "venvlsp-bench", ["version"] = "1" },
        ["rootUri"] = rootPath is null ? null : Uri(rootPath),
        ["workspaceFolders"] = rootPath is null ? null : new JsonArray(new JsonObject { ["uri"] = Uri(rootPath), ["name"] = Path.GetFileName(rootPath) }),
        ["capabilities"] = PushClientCapabilities(),
    };

    public static JsonObject DidOpen(string uri, string languageId, int version, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
    };

    /// <summary>An incremental change replacing [start, end) on one line with <paramref name="text"/>.</summary>
    public static JsonObject DidChange(string uri, int version, int line, int start, int end, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject
        {
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = line, ["character"] = start },
                ["end"] = new JsonObject { ["line"] = line, ["character"] = end },
            },
            ["text"] = text,
        }),
    };

    public static JsonObject DocumentDiagnostic(string uri, string? previousResultId) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["previousResultId"] = previousResultId,
    };

    /// <summary>True for a <c>publishDiagnostics</c> of <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public static bool IsPublishOf(JsonNode? @params, string uri, int? version) =>
        (string?)@params?["uri"] == uri && (version is null || (int?)@params?["version"] == version);

    /// <summary>True for the end of a work-done progress.</summary>
    public static bool IsProgressEnd(JsonNode? @params) => (string?)@params?["value"]?["kind"] == "end";
}
