using VenvLsp.Configuration;
using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Configuration;

public class ConfigParserTests
{
    [Fact]
    public void Reads_every_key_with_comments_and_trailing_commas()
    {
        var parsed = ConfigParser.Parse("""
            // team settings
            {
              "model": "aigfs",
              "approvedList": ["approved.txt", "/shared/extra.txt"], /* two lists */
              "newestPython": "3.12.0",
              "ecfIncludePaths": ["ecf/include2"],
              "rules": { "VENV103": "off", "venv209": "info" },
              "exclude": ["sorc/legacy/**"],
              "noSuppressions": true,
              "ruleSets": ["venv"],
            }
            """, "/repo");
        Assert.Empty(parsed.Problems);
        var options = AnalysisOptions.Default.With(parsed.Settings);
        Assert.Equal("aigfs", options.Model);
        Assert.Equal(["/repo/approved.txt", "/shared/extra.txt"], options.ApprovedLists.ToArray());
        Assert.Equal(["/repo/ecf/include2"], options.EcfIncludePaths.ToArray());
        Assert.True(options.NoSuppressions);
        Assert.Null(options.SeverityOf(RuleCatalog.Get("VENV103")));
        Assert.Equal(Severity.Info, options.SeverityOf(RuleCatalog.Get("VENV209")));
        Assert.Null(options.SeverityOf(RuleCatalog.Get("NCO405")));
        Assert.Equal(Severity.Error, options.SeverityOf(RuleCatalog.Get("VENV902")));
    }

    [Theory]
    [InlineData("""{ "aprovedList": "x" }""", "Did you mean \"approvedList\"?")]
    [InlineData("""{ "rules": { "VENV10": "off" } }""", "Unknown rule \"VENV10\"")]
    [InlineData("""{ "rules": { "VENV103": "loud" } }""", "must be one of")]
    [InlineData("""{ "rules": ["VENV103"] }""", "must be an object")]
    [InlineData("""{ "newestPython": 3.12 }""", "must be a string, not a number")]
    [InlineData("""{ "newestPython": "latest" }""", "is not a Python version")]
    [InlineData("""{ "noSuppressions": "yes" }""", "must be true or false")]
    [InlineData("""{ "exclude": "venv/" }""", "must be an array of strings")]
    [InlineData("""{ "ruleSets": ["venv", "pep8"] }""", "Unknown rule set")]
    [InlineData("""{ "model": "ai gfs" }""", "is not a model name")]
    [InlineData("""{ "model": "a", "model": "b" }""", "more than once")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("""{ "model": """, "Invalid JSON")]
    [InlineData("", "empty")]
    public void Reports_unknown_keys_and_wrong_values(string json, string message)
    {
        var parsed = ConfigParser.Parse(json, "/repo");
        Assert.Contains(parsed.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(parsed.Problems, p => Assert.InRange(p.Span.End, 0, json.Length));
    }

    [Fact]
    public void Refuses_a_deeply_nested_document_without_failing()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        var parsed = ConfigParser.Parse(json, "/repo");
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("Invalid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Points_at_the_unknown_key()
    {
        const string json = "{\n  \"rulez\": {}\n}";
        var problem = Assert.Single(ConfigParser.Parse(json, "/repo").Problems);
        Assert.Equal("\"rulez\"", json.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Contains("Did you mean \"rules\"?", problem.Message);
    }
}

public class ConfigResolutionTests
{
    [Fact]
    public void Finds_the_nearest_configuration_walking_up_to_the_repository_root()
    {
        var files = new InMemoryFileSystem()
            .AddDirectory("/home/dev/models/.git")
            .Add("/venvlsp.json", """{ "model": "outside" }""")
            .Add("/home/dev/models/venvlsp.json", """{ "model": "repo" }""")
            .Add("/home/dev/models/pkg.v1.0.0/sub/venvlsp.json", """{ "model": "sub" }""")
            .AddDirectory("/home/dev/models/pkg.v1.0.0/jobs");
        var snapshot = new WorkspaceSnapshot(files);
        Assert.Equal("repo", snapshot.GetConfiguration("/home/dev/models/pkg.v1.0.0/jobs").Options.Model);
        Assert.Equal("sub", snapshot.GetConfiguration("/home/dev/models/pkg.v1.0.0/sub").Options.Model);
    }

    [Fact]
    public void Editor_settings_override_the_file_and_the_command_line_overrides_both()
    {
        var files = new InMemoryFileSystem().AddDirectory("/r/.git").Add("/r/venvlsp.json", """{ "model": "file", "newestPython": "3.11" }""");
        var snapshot = new WorkspaceSnapshot(files,
            editorSettings: ConfigSettings.Empty with { Model = "editor", NewestPython = "3.12" },
            overrides: ConfigSettings.Empty with { Model = "cli" });
        var options = snapshot.GetConfiguration("/r").Options;
        Assert.Equal("cli", options.Model);
        Assert.Equal("3.12", options.NewestPython);
    }

    [Fact]
    public void Reports_configuration_problems_in_the_configuration_file()
    {
        var fixture = new PackageFixture();
        fixture.Files.Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt", "rulez": {} }""");
        var diagnostic = Assert.Single(fixture.Analyze("/repo/venvlsp.json"));
        Assert.Equal(RuleIds.ConfigurationError, diagnostic.RuleId);
        Assert.Equal("/repo/venvlsp.json", diagnostic.Location.Path);
    }

    [Fact]
    public void Reports_invalid_lines_of_the_approved_list_in_that_list()
    {
        var fixture = new PackageFixture();
        fixture.Check(RuleIds.InvalidApprovedListLine, "/repo/approved.txt", "numpy>=1.24\n[|scipy=1.0|]\n[|--index-url https://x|]\n[|git+https://h/r.git#egg=r|]\n");
    }
}
