using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Support;

/// <summary>
/// A package tree in memory and the one helper every rule test uses: write files (one of them with
/// <c>[|expected|]</c> spans), analyse, and compare the findings of one rule with the marked spans.
/// </summary>
public sealed class PackageFixture
{
    public const string Root = "/repo/aigfs.v1.0.0";

    public const string DefaultApprovedList = """
        numpy>=1.24,<2.3
        numpy==1.26.4
        scipy==1.13.1
        xarray>=2024.1
        netCDF4==1.7.1.post2
        pandas==2.2.2
        torch==2.3.1
        PyYAML==6.0.1
        requests==2.32.3
        scikit-learn==1.5.0
        """;

    public InMemoryFileSystem Files { get; } = new();

    public PackageFixture(bool withApprovedList = true)
    {
        Files.AddDirectory("/repo/.git").AddDirectory(Root + "/ecf").AddDirectory(Root + "/jobs").AddDirectory(Root + "/versions");
        if (withApprovedList)
        {
            Files.Add("/repo/approved.txt", DefaultApprovedList);
            Files.Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt" }""");
        }
    }

    public PackageFixture With(string relativePath, string content)
    {
        Files.Add(Path(relativePath), content);
        return this;
    }

    public static string Path(string relativePath) => relativePath.StartsWith('/') ? relativePath : Root + "/" + relativePath;

    public ImmutableArray<Diagnostic> Analyze(string relativePath) =>
        DocumentAnalyzer.Analyze(new WorkspaceSnapshot(Files), Path(relativePath)).Diagnostics;

    /// <summary>Writes <paramref name="markup"/> (without its markers) to the file, analyses it, and
    /// asserts that <paramref name="ruleId"/> reports exactly at the marked spans.</summary>
    public ImmutableArray<Diagnostic> Check(string ruleId, string relativePath, string markup)
    {
        var (text, spans) = Markup.Parse(markup);
        With(relativePath, text);
        var found = Analyze(relativePath).Where(d => d.RuleId == ruleId).ToImmutableArray();
        var actual = found.Select(d => d.Location.Span).OrderBy(s => s.Start).ToList();
        if (!actual.SequenceEqual(spans))
        {
            var source = SourceText.From(text);
            string Show(IEnumerable<TextSpan> list) => string.Join(", ", list.Select(s => $"{source.GetLinePosition(s.Start)} \"{source.ToString(s)}\""));
            Assert.Fail($"{ruleId}: expected [{Show(spans)}]\n  but found [{Show(actual)}]\n  messages: {string.Join(" | ", found.Select(d => d.Message))}");
        }
        return found;
    }

    /// <summary>Applies the first fix of the single finding of <paramref name="ruleId"/> and returns the new text.</summary>
    public string ApplyFix(string ruleId, string relativePath)
    {
        var diagnostic = Assert.Single(Analyze(relativePath), d => d.RuleId == ruleId);
        var fix = Assert.Single(diagnostic.Fixes);
        var fileEdit = Assert.Single(fix.Edits);
        var text = SourceText.From(Files.Content(fileEdit.Path));
        return text.WithEdits(fileEdit.Edits).Content;
    }
}
