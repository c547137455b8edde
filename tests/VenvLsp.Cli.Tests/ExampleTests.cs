using System.Diagnostics;
using System.Text.Json;
using VenvLsp.Ecflow;

namespace VenvLsp.Cli.Tests;

/// <summary>The example packages shipped in examples/: the compliant one is clean, the others show
/// the findings they were written to show, and --fix repairs what has a fix without breaking a script.</summary>
public class ExampleTests
{
    private static string Examples => Path.Combine(TempTree.RepositoryRoot, "examples");

    private static List<(string Rule, string Path, int Line)> Findings(string root, params string[] args)
    {
        var result = CliRunner.Run(root, ["check", "--format", "json", .. args]);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("ruleId").GetString()!, d.GetProperty("path").GetString()!, d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() + 1))
            .ToList();
    }

    [Fact]
    public void The_compliant_example_package_has_no_findings()
    {
        var result = CliRunner.Run(Examples, "check", "aigefs.v1.0.0");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("No problems found", result.Stdout);
    }

    [Fact]
    public void The_non_compliant_example_shows_each_finding_it_was_written_for()
    {
        var findings = Findings(Examples, "aigfs.v1.0.0");
        var expected = new (string Rule, string Path, int Line)[]
        {
            ("VENV002", "aigfs.v1.0.0/sorc/build_venv.sh", 11),
            ("VENV200", "aigfs.v1.0.0/sorc/build_venv.sh", 11),
            ("VENV201", "aigfs.v1.0.0/sorc/build_venv.sh", 13),
            ("VENV202", "aigfs.v1.0.0/sorc/build_venv.sh", 20),
            ("VENV202", "aigfs.v1.0.0/sorc/build_venv.sh", 21),
            ("VENV203", "aigfs.v1.0.0/sorc/build_venv.sh", 22),
            ("VENV204", "aigfs.v1.0.0/sorc/build_venv.sh", 20),
            ("VENV204", "aigfs.v1.0.0/sorc/build_venv.sh", 21),
            ("VENV206", "aigfs.v1.0.0/sorc/build_venv.sh", 17),
            ("VENV207", "aigfs.v1.0.0/sorc/build_venv.sh", 11),
            ("VENV209", "aigfs.v1.0.0/sorc/build_venv.sh", 11),
            ("VENV210", "aigfs.v1.0.0/sorc/build_venv.sh", 20),
            ("VENV211", "aigfs.v1.0.0/sorc/build_venv.sh", 11),
            ("VENV212", "aigfs.v1.0.0/sorc/build_venv.sh", 5),
            ("VENV300", "aigfs.v1.0.0/ecf/aigfs/jaigfs_forecast.ecf", 16),
            ("VENV301", "aigfs.v1.0.0/ecf/aigfs/jaigfs_forecast.ecf", 16),
            ("VENV303", "aigfs.v1.0.0/ecf/aigfs/jaigfs_forecast.ecf", 16),
            ("VENV304", "aigfs.v1.0.0/ecf/aigfs/jaigfs_post.ecf", 13),
            ("VENV305", "aigfs.v1.0.0/ecf/aigfs/jaigfs_post.ecf", 12),
            ("VENV306", "aigfs.v1.0.0/ecf/aigfs/jaigfs_post.ecf", 15),
            ("VENV302", "aigfs.v1.0.0/jobs/JAIGFS_FORECAST", 14),
            ("VENV101", "aigfs.v1.0.0/requirements.txt", 4),
            ("VENV102", "aigfs.v1.0.0/requirements.txt", 5),
            ("VENV103", "aigfs.v1.0.0/requirements.txt", 5),
            ("VENV104", "aigfs.v1.0.0/requirements.txt", 11),
            ("VENV105", "aigfs.v1.0.0/requirements.txt", 13),
            ("VENV106", "aigfs.v1.0.0/requirements.txt", 3),
            ("VENV112", "aigfs.v1.0.0/requirements.txt", 12),
        };
        foreach (var finding in expected)
            Assert.True(findings.Contains(finding), $"missing {finding}; found:\n{string.Join("\n", findings)}");
        // The manual block's "pip install" and "source" lines are documentation, not commands.
        Assert.DoesNotContain(findings, f => f.Path.EndsWith("jaigfs_forecast.ecf") && f.Line > 19);
    }

    [Fact]
    public void The_example_without_a_build_script_shows_the_package_findings()
    {
        var findings = Findings(Examples, "evs.v2.0.0");
        Assert.Equal(["VENV001", "VENV002", "VENV004"], findings.Where(f => f.Rule.StartsWith("VENV")).Select(f => f.Rule).Order());
    }

    [Fact]
    public void Fix_repairs_what_has_a_fix_keeps_scripts_valid_and_executable()
    {
        using var tree = new TempTree();
        tree.CopyFrom(Examples);
        var before = Findings(tree.Root, "aigfs.v1.0.0");
        var scripts = Directory.EnumerateFiles(Path.Combine(tree.Root, "aigfs.v1.0.0"), "*", SearchOption.AllDirectories)
            .Where(p => IsScript(p)).ToList();
        var modes = scripts.ToDictionary(p => p, File.GetUnixFileMode);

        var fix = CliRunner.Run(tree.Root, "check", "--fix", "aigfs.v1.0.0");
        Assert.Contains("fixed", fix.Stdout);

        var result = CliRunner.Run(tree.Root, "check", "--format", "json", "aigfs.v1.0.0");
        using var json = JsonDocument.Parse(result.Stdout);
        var remaining = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var stillFixable = remaining.Where(d => d.GetProperty("fixes").EnumerateArray().Any(f => f.GetProperty("safe").GetBoolean()))
            .Select(d => $"{d.GetProperty("ruleId").GetString()} {d.GetProperty("path").GetString()}:{d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() + 1} {d.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(stillFixable.Count == 0, "still fixable after --fix:\n" + string.Join("\n", stillFixable));
        Assert.True(remaining.Count < before.Count);

        foreach (var script in scripts)
        {
            Assert.Equal(modes[script], File.GetUnixFileMode(script));
            AssertBashAccepts(script);
        }
    }

    private static bool IsScript(string path) =>
        path.EndsWith(".sh", StringComparison.Ordinal) || path.EndsWith(".ecf", StringComparison.Ordinal) ||
        path.Contains("/jobs/", StringComparison.Ordinal) || path.EndsWith(".h", StringComparison.Ordinal);

    /// <summary><c>bash -n</c> on the script; for an ecf job card, on its shell after ecFlow's pre-processing lines.</summary>
    private static void AssertBashAccepts(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".ecf", StringComparison.Ordinal) || path.EndsWith(".h", StringComparison.Ordinal)) text = EcfParser.Parse(text).ShellText;
        var start = new ProcessStartInfo("bash", "-n") { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        using var bash = Process.Start(start)!;
        bash.StandardInput.Write(text);
        bash.StandardInput.Close();
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, $"bash -n rejects {path}: {errors}\n{text}");
    }
}
