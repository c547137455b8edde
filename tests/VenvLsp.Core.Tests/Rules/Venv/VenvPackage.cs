using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Venv;

/// <summary>A package with a build script, a requirements file and (on request) a built venv: the
/// setting of the built-venv and import rules.</summary>
public static class VenvPackage
{
    public const string BuildScriptPath = "sorc/build_venv.sh";

    public const string VenvPath = PackageFixture.Root + "/venv";

    public const string Requirements = """
        # Python dependencies of the aigfs venv, pinned.
        numpy==1.26.4
        PyYAML==6.0.1
        scipy==1.13.1

        """;

    /// <summary>The build script; <paramref name="marked"/> marks the venv creation, where the package
    /// findings are reported; <paramref name="beforeInstall"/> is inserted before the pip install.</summary>
    public static string BuildScript(bool marked = false, string beforeInstall = "") => $$"""
        #!/bin/bash
        # Build, clean or debug the aigfs venv. Usage: build_venv.sh [build|clean|debug]
        set -eu
        export HOMEaigfs=${HOMEaigfs:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
        module reset
        source "${HOMEaigfs}/versions/build.ver"
        module load python/${python_ver:?}
        rm -rf "${HOMEaigfs}/venv"
        {{(marked ? "[|python3 -m venv|]" : "python3 -m venv")}} --copies "${HOMEaigfs}/venv"
        sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\1\2VIRTUAL_ENV=${HOMEaigfs}/venv|' "${HOMEaigfs}/venv/bin/activate"
        {{beforeInstall}}
        "${HOMEaigfs}/venv/bin/python" -m pip install --require-virtualenv --no-cache-dir -r "${HOMEaigfs}/requirements.txt"

        """;

    /// <summary>A package with the build script and <paramref name="requirements"/>.</summary>
    public static PackageFixture Create(string requirements = Requirements, string? buildScript = null) =>
        new PackageFixture()
            .With(BuildScriptPath, buildScript ?? BuildScript())
            .With("requirements.txt", requirements)
            .With("versions/build.ver", "export python_ver=3.12.1\n");

    /// <summary>A venv built as the standard wants it, holding exactly <see cref="Requirements"/>.</summary>
    public static FakeVenv GoodVenv(PackageFixture fixture) =>
        new FakeVenv(fixture.Files, VenvPath).Config().CopiedPython()
            .Activate(ActivateTemplates.Rewritten(ActivateTemplates.Venv312("/lfs/h2/emc/ai/aigfs.v1.0.0/venv")))
            .CreatorTools()
            .Dist("numpy", "1.26.4").Dist("PyYAML", "6.0.1", ["_yaml", "yaml"]).Dist("scipy", "1.13.1");

    /// <summary>The findings of one rule over one file of the package.</summary>
    public static ImmutableArray<Diagnostic> Findings(PackageFixture fixture, string ruleId, string relativePath) =>
        [.. fixture.Analyze(relativePath).Where(d => d.RuleId == ruleId)];

    /// <summary>Every finding in every file of the package the scanner finds.</summary>
    public static ImmutableArray<Diagnostic> AllFindings(PackageFixture fixture)
    {
        var snapshot = new WorkspaceSnapshot(fixture.Files);
        var files = new WorkspaceScanner(snapshot).Scan([PackageFixture.Root]).Files;
        return [.. files.SelectMany(f => DocumentAnalyzer.Analyze(snapshot, f.Path).Diagnostics)];
    }

    /// <summary>Applies the first fix of <paramref name="diagnostic"/> to the files; returns the new text of the one file it edits.</summary>
    public static string Apply(PackageFixture fixture, Diagnostic diagnostic)
    {
        var fix = diagnostic.Fixes[0];
        var edit = Assert.Single(fix.Edits);
        var text = SourceText.From(fixture.Files.Content(edit.Path)).WithEdits(edit.Edits).Content;
        fixture.Files.Add(edit.Path, text);
        return text;
    }

    /// <summary>What <c>check --fix</c> does: apply the safe fixes of every file, re-analyse, repeat.</summary>
    public static void FixAll(PackageFixture fixture, int rounds = 8)
    {
        for (var round = 0; round < rounds; round++)
        {
            var chosen = FixApplier.Choose(AllFindings(fixture));
            if (chosen.IsEmpty) return;
            foreach (var file in chosen)
            {
                var before = fixture.Files.FileExists(file.Path) ? fixture.Files.Content(file.Path) : "";
                fixture.Files.Add(file.Path, SourceText.From(before).WithEdits(file.Edits).Content);
            }
        }
    }
}
