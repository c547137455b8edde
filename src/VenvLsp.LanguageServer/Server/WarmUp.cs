using System.Text.Json;
using System.Collections.Immutable;
using VenvLsp.LanguageServer.Protocol;
using VenvLsp.Text;
using VenvLsp.Workspace;

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
    /// <summary>Starts the warm-up in the background; the task says whether it ran through.</summary>
    public static Task<bool> Start() => Task.Run(() =>
    {
        try
        {
            var options = new JsonSerializerOptions();
            VenvLspServer.ConfigureSerializer(options);
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

    /// <summary>Analyses a small package held in memory (a build script, a J-job, an ecf job card, a
    /// versions file, requirements, a Python script) on another core, so that the code of the parsers
    /// and rules is ready before the first document the editor opens. Nothing on disk is read but
    /// what a lookup of these paths touches (they name no real folder); the task says whether it ran through.</summary>
    public static Task<bool> StartEngine() => Task.Run(() =>
    {
        try
        {
            const string root = "/venvlsp-warm-up/warmup.v1.0.0";
            var documents = ImmutableDictionary<string, SourceText>.Empty
                .Add(root + "/requirements.txt", SourceText.From("numpy==1.26.4\nscipy\n"))
                .Add(root + "/versions/run.ver", SourceText.From("export python_ver=3.12.0\n"))
                .Add(root + "/sorc/build_venv.sh", SourceText.From("""
                    #!/bin/bash
                    set -eu
                    export HOMEwarmup=${HOMEwarmup:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
                    build() {
                        module load python/${python_ver}
                        python3 -m venv --copies "${HOMEwarmup}/venv"
                        sed -i 's|^VIRTUAL_ENV=.*|VIRTUAL_ENV=${HOMEwarmup}/venv|' "${HOMEwarmup}/venv/bin/activate"
                        "${HOMEwarmup}/venv/bin/pip" install --no-cache-dir -r "${HOMEwarmup}/requirements.txt"
                    }
                    case "${1:-build}" in build) build ;; clean) rm -rf "${HOMEwarmup}/venv" ;; debug) set -x; build ;; esac
                    """))
                .Add(root + "/jobs/JWARMUP_RUN", SourceText.From("""
                    #!/bin/bash
                    set -xa
                    source ${HOMEwarmup}/venv/bin/activate
                    ${HOMEwarmup}/scripts/exwarmup_run.sh
                    err_chk
                    deactivate
                    """))
                .Add(root + "/ecf/warmup/jwarmup_run.ecf", SourceText.From("""
                    #PBS -N warmup_run
                    #PBS -l walltime=00:10:00
                    model=warmup
                    %include <head.h>
                    module load python/%PYTHON_VER:3.12.0%
                    ${HOMEwarmup}/jobs/JWARMUP_RUN
                    %include <tail.h>
                    %manual
                    Runs the model.
                    %end
                    """))
                .Add(root + "/ush/warmup_post.py", SourceText.From("import numpy\nfrom scipy import stats\n"));
            var snapshot = new WorkspaceSnapshot(new OverlayFileSystem(PhysicalFileSystem.Instance, documents));
            foreach (var path in documents.Keys) DocumentAnalyzer.Analyze(snapshot, path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    });
}
