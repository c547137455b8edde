using System.Text.Json.Nodes;
using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.LanguageServer.Tests;

public class NavigationTests
{
    private const string Build = ServerFixture.Package + "/sorc/build_venv.sh";
    private const string BuildVer = ServerFixture.Package + "/versions/build.ver";
    private const string Job = ServerFixture.Package + "/ecf/aigfs/jaigfs_forecast.ecf";
    private const string Script = ServerFixture.Package + "/ush/aigfs_run.py";

    private static ServerFixture Fixture() => new(ServerFixture.DefaultTree()
        .Add(BuildVer, "export python_ver=3.12.0\nexport netcdf_ver=4.9.2\n")
        .Add(Build, "#!/bin/bash\nset -x\nsource ../versions/build.ver\nmodule load python/${python_ver:?}\n")
        .Add(Job, "#PBS -N aigfs_forecast\n#PBS -j oe\nexport model=aigfs\n%include <head.h>\nmodule load python/${python_ver}\nmodule load netcdf/${netcdf_ver}\nsource ${HOMEaigfs}/venv/bin/activate\n${HOMEaigfs}/jobs/JAIGFS_FORECAST\ndeactivate\n%include <tail.h>\n")
        .Add(Script, "import numpy\nimport yaml\n"));

    private static object At(string path, int line, int character) =>
        new { textDocument = new { uri = ServerFixture.Uri(path) }, position = new { line, character } };

    [Fact]
    public async Task Goes_from_a_versions_variable_to_its_line_in_the_versions_file_and_back()
    {
        await using var fixture = Fixture();
        await fixture.InitializeAsync();
        var definitions = (await fixture.Client.CallAsync("textDocument/definition", At(Build, 3, 25)))!.AsArray();
        var definition = Assert.Single(definitions)!;
        Assert.Equal(ServerFixture.Uri(BuildVer), (string?)definition["uri"]);
        Assert.Equal(0, (int)definition["range"]!["start"]!["line"]!);

        var references = (await fixture.Client.CallAsync("textDocument/references",
            new { textDocument = new { uri = ServerFixture.Uri(BuildVer) }, position = new { line = 0, character = 9 }, context = new { includeDeclaration = false } }))!.AsArray();
        Assert.Contains(references, r => (string?)r!["uri"] == ServerFixture.Uri(Build) && (int)r["range"]!["start"]!["line"]! == 3);
        Assert.Contains(references, r => (string?)r!["uri"] == ServerFixture.Uri(Job) && (int)r["range"]!["start"]!["line"]! == 4);
    }

    [Fact]
    public async Task Hovering_a_versions_entry_shows_where_it_is_used()
    {
        await using var fixture = Fixture();
        await fixture.InitializeAsync();
        var hover = await fixture.Client.CallAsync("textDocument/hover", At(BuildVer, 1, 9));
        Assert.Contains("jaigfs_forecast.ecf", (string)hover!["contents"]!["value"]!);
    }

    [Fact]
    public async Task Hovering_an_import_says_what_provides_it()
    {
        await using var fixture = Fixture();
        await fixture.InitializeAsync();
        await fixture.OpenAsync(Script, "import numpy\nimport yaml\n", languageId: "python");
        var hover = await fixture.Client.CallAsync("textDocument/hover", At(Script, 0, 9));
        Assert.Contains("numpy", (string)hover!["contents"]!["value"]!);
    }

    [Fact]
    public async Task Outlines_a_job_card_as_a_tree_or_flat()
    {
        await using var tree = Fixture();
        var capabilities = ServerFixture.PushCapabilities();
        capabilities["textDocument"] = new JsonObject { ["documentSymbol"] = new JsonObject { ["hierarchicalDocumentSymbolSupport"] = true } };
        await tree.InitializeAsync(capabilities);
        var symbols = (await tree.Client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri = ServerFixture.Uri(Job) } }))!.AsArray();
        Assert.Contains(symbols, s => s!["children"] is JsonArray { Count: 2 });   // the two #PBS lines
        Assert.Contains(symbols, s => ((string)s!["name"]!).Contains("JAIGFS_FORECAST"));

        await using var flat = Fixture();
        await flat.InitializeAsync();
        var information = (await flat.Client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri = ServerFixture.Uri(Job) } }))!.AsArray();
        Assert.All(information, s => Assert.NotNull(s!["location"]));
    }
}
