using System.Text.Json;

namespace VenvLsp.Cli.Tests;

public class CheckCommandTests
{
    private const string Approved = "numpy==1.26.4\nscipy==1.13.1\nrequests==2.32.3\n";

    private static TempTree Package(string requirements)
    {
        var tree = new TempTree();
        tree.Write(".git/HEAD", "ref: refs/heads/main\n");
        tree.Write("approved.txt", Approved);
        tree.Write("venvlsp.json", """{ "approvedList": "approved.txt" }""");
        tree.Write("pkg.v1.0.0/versions/build.ver", "export python_ver=3.12.0\n");
        tree.Write("pkg.v1.0.0/requirements.txt", requirements);
        return tree;
    }

    [Fact]
    public void Prints_findings_as_path_line_column_severity_id_message()
    {
        using var tree = Package("numpy==1.26.4\nnunpy==1.26.4\n");
        var result = CliRunner.Run(tree.Root, "check", "pkg.v1.0.0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pkg.v1.0.0/requirements.txt:2:1: error VENV101 nunpy is not on the approved software list. Did you mean numpy?", result.Stdout);
        Assert.Contains("Found 1 problem (1 error) in", result.Stdout);
    }

    [Fact]
    public void Exits_0_when_nothing_reaches_the_threshold()
    {
        using var tree = Package("numpy==1.26.4\nscipy\n");
        Assert.Equal(1, CliRunner.Run(tree.Root, "check", ".").ExitCode);
        Assert.Equal(0, CliRunner.Run(tree.Root, "check", "--severity", "error", ".").ExitCode);
        using var clean = Package("numpy==1.26.4\n");
        var result = CliRunner.Run(clean.Root, "check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No problems found", result.Stdout);
    }

    [Fact]
    public void Exits_2_on_usage_errors()
    {
        using var tree = Package("numpy==1.26.4\n");
        Assert.Equal(2, CliRunner.Run(tree.Root, "check", "--no-such-option", ".").ExitCode);
        Assert.Equal(2, CliRunner.Run(tree.Root, "check", "--format", "xml", ".").ExitCode);
        Assert.Equal(2, CliRunner.Run(tree.Root, "frobnicate").ExitCode);
    }

    [Fact]
    public void Exits_2_with_the_problem_on_stderr_when_the_configuration_is_wrong()
    {
        using var tree = Package("numpy==1.26.4\n");
        tree.Write("venvlsp.json", """{ "approvedList": "approved.txt", "aprovedList": "x" }""");
        var result = CliRunner.Run(tree.Root, "check", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean \"approvedList\"?", result.Stderr);
        Assert.Contains("venvlsp.json:1:", result.Stdout);
    }

    [Fact]
    public void Writes_one_json_document_with_zero_based_positions()
    {
        using var tree = Package("numpy==1.26.4\nnunpy==1.26.4\n");
        var result = CliRunner.Run(tree.Root, "check", "--format", "json", "pkg.v1.0.0");
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("VENV101", diagnostic.GetProperty("ruleId").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("pkg.v1.0.0/requirements.txt", diagnostic.GetProperty("path").GetString());
        Assert.Equal(1, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(0, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        var fix = Assert.Single(diagnostic.GetProperty("fixes").EnumerateArray());
        Assert.Equal("numpy", Assert.Single(fix.GetProperty("edits").EnumerateArray()).GetProperty("newText").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Writes_github_workflow_commands()
    {
        using var tree = Package("nunpy==1.26.4\n");
        var result = CliRunner.Run(tree.Root, "check", "--format", "github", "pkg.v1.0.0");
        Assert.StartsWith("::error file=pkg.v1.0.0/requirements.txt,line=1,col=1,endLine=1,endColumn=6,title=VENV101 ", result.Stdout);
    }

    [Fact]
    public void Shows_absolute_paths_when_the_argument_was_absolute()
    {
        using var tree = Package("nunpy==1.26.4\n");
        var result = CliRunner.Run("/", "check", Path.Combine(tree.Root, "pkg.v1.0.0"));
        Assert.Contains(Path.Combine(tree.Root, "pkg.v1.0.0", "requirements.txt") + ":1:1:", result.Stdout);
    }

    [Fact]
    public void Takes_the_approved_list_from_the_command_line()
    {
        using var tree = Package("pandas==2.2.2\n");
        tree.Write("other-approved.txt", "pandas==2.2.2\n");
        Assert.Equal(1, CliRunner.Run(tree.Root, "check", "pkg.v1.0.0").ExitCode);
        Assert.Equal(0, CliRunner.Run(tree.Root, "check", "--approved-list", "other-approved.txt", "pkg.v1.0.0").ExitCode);
    }

    [Fact]
    public void Review_mode_ignores_suppressions()
    {
        using var tree = Package("scipy  # venvlsp: disable=VENV103 -- pinned by constraints\n");
        Assert.Equal(0, CliRunner.Run(tree.Root, "check", "pkg.v1.0.0").ExitCode);
        Assert.Equal(1, CliRunner.Run(tree.Root, "check", "--no-suppressions", "pkg.v1.0.0").ExitCode);
    }
}

public class FixTests
{
    [Fact]
    public void Fixes_in_place_keeping_crlf_bom_missing_final_newline_and_mode()
    {
        using var tree = new TempTree();
        tree.Write("approved.txt", "numpy==1.26.4\nscipy==1.13.1\n");
        tree.Write("venvlsp.json", """{ "approvedList": "approved.txt" }""");
        var path = Path.Combine(tree.Root, "pkg.v1.0.0", "requirements.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(Path.Combine(tree.Root, "pkg.v1.0.0", "jobs"));
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "nunpy==1.26.4\r\n--extra-index-url https://x/simple\r\nscipy"u8.ToArray()]);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        var result = CliRunner.Run(tree.Root, "check", "--fix", "pkg.v1.0.0");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("numpy==1.26.4\r\nscipy==1.13.1", System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fixed 3", result.Stdout);
    }

    [Fact]
    public void Fixing_twice_changes_nothing_the_second_time()
    {
        using var tree = new TempTree();
        tree.Write("approved.txt", "numpy==1.26.4\n");
        tree.Write("venvlsp.json", """{ "approvedList": "approved.txt" }""");
        tree.Write("pkg.v1.0.0/jobs/.keep", "");
        tree.Write("pkg.v1.0.0/requirements.txt", "nunpy\nnumpy==1.26.4\n--pre numpy==1.26.4\n");
        CliRunner.Run(tree.Root, "check", "--fix", "pkg.v1.0.0");
        var once = tree.Read("pkg.v1.0.0/requirements.txt");
        var second = CliRunner.Run(tree.Root, "check", "--fix", "pkg.v1.0.0");
        Assert.Equal(once, tree.Read("pkg.v1.0.0/requirements.txt"));
        Assert.DoesNotContain("fixed", second.Stdout);
    }
}
