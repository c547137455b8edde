using System.Collections.Immutable;
using System.Text;
using CsCheck;
using VenvLsp.Cli.Check;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Reliability.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Reliability.Tests.Fixes;

/// <summary><c>check --fix</c> never loses data: what a fix does not mean to change stays byte for byte.</summary>
public sealed class FixSafetyTests : IDisposable
{
    private readonly TempTree _tree = new();

    private static readonly string[] RequirementLines =
    [
        "nunpy==1.26.4", "numpy", "numpy==1.26.4", "scipy", "scipy==1.13.1", "--index-url https://example.org/simple",
        "# a comment", "", "   ", "-r other.txt", "--no-binary :all: scipy==1.13.1", "numpy==1.26.4 ; python_version >= \"3.9\"",
        "sciPy == 1.13.1  # pinned", "requests @ https://example.org/requests.whl",
    ];

    private static readonly string[] ScriptLines =
    [
        "#!/bin/bash", "set -eu", "python3 -m venv --copies \"${HOMEaigfs}/venv\"", "source \"${HOMEaigfs}/venv/bin/activate\"",
        "pip install -r requirements.txt", "pip install --no-cache-dir --require-virtualenv -r requirements.txt",
        "python -m pip install numpy", "echo done", "# comment", "", "module load python/${python_ver}",
    ];

    /// <summary>A file made of some of the given lines, with one line ending, a BOM or not, a final newline or not.</summary>
    private static Gen<(string Text, string NewLine, bool Bom, bool FinalNewline)> FileOf(string[] lines) =>
        Gen.Select(Gen.Int[0, lines.Length - 1].Array[1, 12], Gen.OneOfConst("\n", "\r\n"), Gen.Bool, Gen.Bool)
            .Select((picks, newLine, bom, final) =>
            {
                var text = string.Join(newLine, picks.Select(i => lines[i])) + (final ? newLine : "");
                // An empty last line ends the text with a line break as well.
                return (text, newLine, bom, text.EndsWith(newLine, StringComparison.Ordinal));
            });

    private static byte[] Encode(string text, bool bom) => [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)];

    private CheckReport RunFix(IFileSystem? disk = null) =>
        new CheckRunner(disk ?? PhysicalFileSystem.Instance).Run(new CheckRequest([_tree.Root], null, [], Fix: true, NoSuppressions: false, _tree.Root));

    /// <summary>What must hold between a file before and after any fix.</summary>
    private static void AssertKeptForm(byte[] before, byte[] after, string newLine, bool bom, bool finalNewline)
    {
        var hadBom = after.Length >= 3 && after[0] == 0xEF && after[1] == 0xBB && after[2] == 0xBF;
        Assert.Equal(bom, hadBom);
        var text = Encoding.UTF8.GetString(after, hadBom ? 3 : 0, after.Length - (hadBom ? 3 : 0));
        // A file without any line break has no style to keep (inserted lines get "\n").
        var hadBreak = Encoding.UTF8.GetString(before).Contains('\n');
        if (hadBreak && newLine == "\r\n") Assert.DoesNotMatch(@"(?<!\r)\n", text);
        else if (hadBreak) Assert.DoesNotContain('\r', text);
        if (finalNewline && text.Length > 0) Assert.EndsWith(newLine, text);
        if (!finalNewline && text.EndsWith('\n'))
        {
            // Deleting a last line that had no break takes the break before it instead. When the line
            // before it was blank, the text now ends with that blank line, which is the same as ending
            // with a break ("a\n" is the line "a" and an empty last line): allowed only then.
            var beforeLines = Encoding.UTF8.GetString(before).TrimStart('\uFEFF').Split(newLine);
            Assert.True(beforeLines.SkipLast(1).Any(string.IsNullOrWhiteSpace), "a line break was added at the end of:\n" + Encoding.UTF8.GetString(before) + "\n=== giving:\n" + text);
        }
    }

    [Fact]
    public void Fixing_generated_requirements_files_and_build_scripts_keeps_their_form_and_a_second_fix_changes_nothing()
    {
        var requirements = _tree.PathOf(TempTree.PackageName + "/requirements.txt");
        var script = _tree.PathOf(TempTree.PackageName + "/sorc/build_venv.sh");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        Gen.Select(FileOf(RequirementLines), FileOf(ScriptLines)).Sample((req, sh) =>
        {
            File.WriteAllBytes(requirements, Encode(req.Text, req.Bom));
            File.WriteAllBytes(script, Encode(sh.Text, sh.Bom));
            File.SetUnixFileMode(requirements, (UnixFileMode)Convert.ToInt32("640", 8));
            File.SetUnixFileMode(script, (UnixFileMode)Convert.ToInt32("750", 8));
            var requirementsBefore = File.ReadAllBytes(requirements);
            var scriptBefore = File.ReadAllBytes(script);

            var first = RunFix();
            AssertKeptForm(requirementsBefore, File.ReadAllBytes(requirements), req.NewLine, req.Bom, req.FinalNewline);
            AssertKeptForm(scriptBefore, File.ReadAllBytes(script), sh.NewLine, sh.Bom, sh.FinalNewline);
            Assert.Equal((UnixFileMode)Convert.ToInt32("640", 8), File.GetUnixFileMode(requirements));
            Assert.Equal((UnixFileMode)Convert.ToInt32("750", 8), File.GetUnixFileMode(script));

            // Fixing twice is fixing once.
            var requirementsOnce = File.ReadAllBytes(requirements);
            var scriptOnce = File.ReadAllBytes(script);
            var second = RunFix();
            Assert.Equal(0, second.FixesApplied);
            Assert.Equal(requirementsOnce, File.ReadAllBytes(requirements));
            Assert.Equal(scriptOnce, File.ReadAllBytes(script));
            Assert.DoesNotContain(first.Notices, n => n.Contains("not fixed"));
            Assert.Empty(Directory.EnumerateFiles(_tree.Root, "*.tmp", SearchOption.AllDirectories));
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void A_file_that_changes_between_the_analysis_and_the_write_is_not_touched_and_the_refusal_is_reported()
    {
        var path = _tree.Write(TempTree.PackageName + "/requirements.txt", "nunpy==1.26.4\n");
        const string edited = "nunpy==1.26.4\nscipy==1.13.1  # typed in the editor meanwhile\n";
        // Someone saves the file right after the checker read it: deterministic, through the disk the checker reads.
        var disk = new AfterReadFileSystem(PhysicalFileSystem.Instance, read =>
        {
            if (read == path && File.ReadAllText(path) != edited) File.WriteAllText(path, edited);
        });
        var report = RunFix(disk);
        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Contains(report.Notices, n => n.Contains("requirements.txt: not fixed: it changed since it was read"));
        Assert.Equal(0, report.FixesApplied);
    }

    [Fact]
    public void A_file_removed_between_the_analysis_and_the_write_is_not_recreated()
    {
        var path = _tree.Write(TempTree.PackageName + "/requirements.txt", "nunpy==1.26.4\n");
        var disk = new AfterReadFileSystem(PhysicalFileSystem.Instance, read =>
        {
            if (read == path) File.Delete(path);
        });
        var report = RunFix(disk);
        Assert.False(File.Exists(path));
        Assert.Contains(report.Notices, n => n.Contains("not fixed"));
    }

    [Fact]
    public void Overlapping_fixes_are_never_chosen_together_and_the_rest_waits_for_the_next_round()
    {
        const string path = "/repo/requirements.txt";
        Diagnostic Finding(int start, int length, string text) => new(
            new RuleDescriptor("VENV999", "test", Severity.Warning, default),
            Severity.Warning,
            "test",
            new Location(path, new TextSpan(start, length), default),
            [Fix.Create("fix", path, TextEdit.Replace(new TextSpan(start, length), text))],
            []);
        Gen.Int[0, 40].Select(Gen.Int[0, 10], Gen.String[0, 3], (s, l, t) => (s, l, t)).Array[1, 12].Sample(findings =>
        {
            var chosen = FixApplier.Choose(findings.Select(f => Finding(f.s, f.l, f.t)));
            // Edits may touch (an insertion right before a replacement) but never share a character, and
            // two insertions never share a point (their order would be arbitrary).
            var edits = chosen.SelectMany(c => c.Edits).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
            for (var i = 1; i < edits.Count; i++)
            {
                var (a, b) = (edits[i - 1], edits[i]);
                Assert.True(a.Span.End <= b.Span.Start && !(a.Span.IsEmpty && b.Span.IsEmpty && a.Span.Start == b.Span.Start), $"{a.Span} and {b.Span} overlap");
            }
            // What is chosen always applies.
            SourceText.From(new string('x', 60)).WithEdits(edits);
        }, iter: 2000);
    }

    public void Dispose() => _tree.Dispose();
}

/// <summary>The disk, with a hook that runs right after each file read.</summary>
public sealed class AfterReadFileSystem(IFileSystem inner, Action<string> afterRead) : IFileSystem
{
    public FileRead Read(string path)
    {
        var read = inner.Read(path);
        afterRead(path);
        return read;
    }

    public bool FileExists(string path) => inner.FileExists(path);
    public bool DirectoryExists(string path) => inner.DirectoryExists(path);
    public IReadOnlyList<DirectoryEntry> List(string directory) => inner.List(directory);
    public byte[]? ReadBytes(string path, long maxBytes) => inner.ReadBytes(path, maxBytes);
    public string? LinkTarget(string path) => inner.LinkTarget(path);
}
