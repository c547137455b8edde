using System.Text.Json.Nodes;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>
/// Random but well-formed LSP traffic: every method the server knows and some it does not, with
/// parameters that are sometimes right, sometimes of the wrong shape, with positions anywhere, URIs
/// of every kind and versions in any order. Never <c>initialize</c>, <c>shutdown</c> or <c>exit</c>
/// (a test sends those itself), and never settings that would turn rules off.
/// </summary>
public static class RandomMessages
{
    private static readonly string[] Methods =
    [
        "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
        "textDocument/hover", "textDocument/completion", "textDocument/codeAction", "textDocument/diagnostic",
        "workspace/diagnostic", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration",
        "workspace/didChangeWorkspaceFolders", "$/cancelRequest", "$/setTrace", "initialized",
        "venvlsp/unknown", "textDocument/definition", "textDocument/formatting", "$/unknownNotification", "",
    ];

    private static readonly string[] Uris =
    [
        "file:///repo/aigfs.v1.0.0/requirements.txt", "file:///repo/aigfs.v1.0.0/sorc/build_venv.sh",
        "file:///repo/aigfs.v1.0.0/jobs/JAIGFS_FORECAST", "file:///repo/aigfs.v1.0.0/ecf/aigfs/jaigfs.ecf",
        "file:///repo/venvlsp.json", "file:///repo/approved.txt", "file:///repo/aigfs.v1.0.0/versions/build.ver",
        "untitled:Untitled-1", "file:///", "file:///repo/%00%ff", "file://host/share/x.txt", "not a uri", "",
        "file:///repo/aigfs.v1.0.0/" + new string('d', 300) + "/requirements.txt",
    ];

    private static readonly string[] Texts =
    [
        "", "numpy==1.26.4\n", "nunpy\r\n-r missing.txt\n--index-url http://x\n", "#!/bin/bash\npython -m venv venv\npip install numpy\n",
        "\uFEFFscipy>=1\r\n", "\0\0\0binary", "%include <head.h>\nsource venv/bin/activate\n", "{ \"rules\": { \"VENV999\": 1 } }",
        "export python_ver=3.12\n", "\ud800 lone surrogate\n", new string('x', 5000),
    ];

    public static (string Method, JsonNode? Params) Next(Random random)
    {
        var method = Methods[random.Next(Methods.Length)];
        if (random.Next(10) == 0) return (method, RandomJson(random, 3));
        return (method, method switch
        {
            "textDocument/didOpen" => new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["uri"] = Uri(random), ["languageId"] = "plaintext", ["version"] = Version(random), ["text"] = Texts[random.Next(Texts.Length)],
                },
            },
            "textDocument/didChange" => new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri(random), ["version"] = Version(random) },
                ["contentChanges"] = new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => (JsonNode)(random.Next(4) == 0
                    ? new JsonObject { ["text"] = Texts[random.Next(Texts.Length)] }
                    : new JsonObject { ["range"] = Range(random), ["text"] = Texts[random.Next(Texts.Length)] })).ToArray()),
            },
            "textDocument/didClose" or "textDocument/didSave" or "textDocument/diagnostic" =>
                new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri(random) } },
            "textDocument/hover" or "textDocument/completion" or "textDocument/definition" =>
                new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri(random) }, ["position"] = Position(random) },
            "textDocument/codeAction" => new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri(random) },
                ["range"] = Range(random),
                ["context"] = new JsonObject
                {
                    ["diagnostics"] = new JsonArray(),
                    ["only"] = random.Next(2) == 0 ? new JsonArray("source.fixAll.venvlsp") : null,
                },
            },
            "workspace/diagnostic" => new JsonObject { ["previousResultIds"] = new JsonArray() },
            "workspace/didChangeWatchedFiles" => new JsonObject
            {
                ["changes"] = new JsonArray(Enumerable.Range(0, random.Next(5)).Select(_ => (JsonNode)new JsonObject
                {
                    ["uri"] = Uri(random), ["type"] = random.Next(0, 5),
                }).ToArray()),
            },
            "workspace/didChangeConfiguration" => new JsonObject { ["settings"] = random.Next(2) == 0 ? null : RandomJson(random, 2) },
            "workspace/didChangeWorkspaceFolders" => new JsonObject
            {
                ["event"] = new JsonObject
                {
                    ["added"] = new JsonArray(new JsonObject { ["uri"] = Uri(random), ["name"] = "x" }),
                    ["removed"] = new JsonArray(),
                },
            },
            "$/cancelRequest" => new JsonObject { ["id"] = random.Next(0, 20_000) },
            "$/setTrace" => new JsonObject { ["value"] = random.Next(2) == 0 ? "verbose" : "nonsense" },
            _ => random.Next(2) == 0 ? null : RandomJson(random, 2),
        });
    }

    private static string Uri(Random random) => Uris[random.Next(Uris.Length)];

    private static int Version(Random random) => random.Next(4) switch
    {
        0 => -1,
        1 => 0,
        2 => int.MaxValue,
        _ => random.Next(1, 1_000),
    };

    private static JsonNode Position(Random random) => new JsonObject { ["line"] = Coordinate(random), ["character"] = Coordinate(random) };

    private static JsonNode Range(Random random) => new JsonObject { ["start"] = Position(random), ["end"] = Position(random) };

    private static int Coordinate(Random random) => random.Next(6) switch
    {
        0 => -1,
        1 => int.MaxValue,
        2 => random.Next(0, 100_000),
        _ => random.Next(0, 6),
    };

    public static JsonNode? RandomJson(Random random, int depth) => random.Next(depth <= 0 ? 5 : 7) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(int.MinValue, int.MaxValue),
        3 => random.NextDouble() * 1e300,
        4 => Texts[random.Next(Texts.Length)],
        5 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth - 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create(
            new[] { "textDocument", "uri", "position", "range", "settings", "venvlsp", "x", "id" }[random.Next(8)] + (i > 0 ? i.ToString() : ""),
            RandomJson(random, depth - 1)))),
    };
}
