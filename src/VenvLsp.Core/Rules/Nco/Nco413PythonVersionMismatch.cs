using VenvLsp.Diagnostics;
using VenvLsp.Rules.Versions;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Nco;

/// <summary>The <c>python_ver</c> a versions file sets, as a value compared by value (NCO413 in the other file
/// re-runs only when it changes).</summary>
public sealed record PythonVersionFact(string Value, int Start, int Length);

/// <summary>
/// NCO413: <c>versions/build.ver</c> and <c>versions/run.ver</c> both set <c>python_ver</c>, to different values. Reported
/// in each of the two files, at its own value, with a related location at the other; values built from expansions are
/// not compared. No fix: which of the two is right is the developer's call.
/// </summary>
public sealed class Nco413PythonVersionMismatch : Rule<VersionsContext>
{
    private const string PythonVersion = "python_ver";

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.PythonVersionMismatch);

    public override void Analyze(VersionsContext context)
    {
        if (context.PackageRoot is not { } root || PathUtil.Directory(context.Path) != root + "/versions") return;
        var name = PathUtil.FileName(context.Path);
        var otherName = name switch
        {
            VersionEntries.BuildFile => VersionEntries.RunFile,
            VersionEntries.RunFile => VersionEntries.BuildFile,
            _ => null,
        };
        if (otherName is null || context.File.Find(PythonVersion) is not { HasExpansion: false } mine) return;
        var otherPath = root + "/versions/" + otherName;
        if (Fact(context.Snapshot, otherPath) is not { } other || other.Value == mine.Value) return;

        var related = context.Snapshot.ReadText(otherPath) is { } otherText
            ? new[] { new RelatedLocation(Location.Create(otherPath, otherText, new TextSpan(other.Start, other.Length)), $"python_ver={other.Value} in {otherName}") }
            : null;
        var builds = name == VersionEntries.BuildFile;
        context.Report(Descriptor, mine.ValueSpan,
            $"python_ver is {mine.Value} here but {other.Value} in versions/{otherName}: the venv is {(builds ? "built with this python and run with that one" : "run with this python but built with that one")}, and its compiled packages fail to load. Give both files the same version.",
            null, related);
    }

    private static PythonVersionFact? Fact(WorkspaceSnapshot snapshot, string path) =>
        snapshot.Query("nco-python-ver", path, static (s, p) =>
            VersionEntries.Parse(s, p)?.Find(PythonVersion) is { HasExpansion: false } entry
                ? new PythonVersionFact(entry.Value, entry.ValueSpan.Start, entry.ValueSpan.Length)
                : null);
}
