using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Cli.Check;

/// <summary>What to check and how.</summary>
public sealed record CheckRequest(
    ImmutableArray<string> Paths,
    string? ConfigPath,
    ImmutableArray<string> ApprovedLists,
    bool Fix,
    bool NoSuppressions,
    string WorkingDirectory);

/// <summary>
/// Runs <c>venvlsp check</c>: scans the paths, analyses every file on both cores, and with
/// <c>--fix</c> applies safe fixes, re-analyses and repeats until nothing more can be fixed.
/// </summary>
public sealed class CheckRunner(IFileSystem files)
{
    private const int MaxFixRounds = 8;

    public CheckReport Run(CheckRequest request, Action<string>? status = null, CancellationToken cancellationToken = default)
    {
        var roots = request.Paths.IsEmpty ? [request.WorkingDirectory] : request.Paths.Select(p => Absolute(request.WorkingDirectory, p)).ToImmutableArray();
        var displayRoots = request.Paths.IsEmpty ? ["."] : request.Paths;
        var overrides = ConfigSettings.Empty with
        {
            BaseDirectory = request.WorkingDirectory,
            ApprovedList = request.ApprovedLists.IsEmpty ? null : request.ApprovedLists,
            NoSuppressions = request.NoSuppressions ? true : null,
        };
        var configPath = request.ConfigPath is null ? null : Absolute(request.WorkingDirectory, request.ConfigPath);
        string Display(string path) => DisplayPath(path, roots, displayRoots, request.WorkingDirectory);

        var snapshot = new WorkspaceSnapshot(files, overrides: overrides, explicitConfigPath: configPath);
        status?.Invoke("Scanning");
        var scan = new WorkspaceScanner(snapshot).Scan(roots, cancellationToken, count => status?.Invoke($"Scanning: {count} files"));
        var notices = scan.Notices.ToBuilder();
        var targets = WithGoverningFiles(snapshot, scan.Files.Select(f => f.Path)).ToImmutableArray();

        var configErrors = ConfigurationErrors(snapshot, targets);
        var fixesApplied = 0;
        var undecodable = new HashSet<string>(StringComparer.Ordinal);
        var results = Analyze(snapshot, targets, status, cancellationToken);
        for (var round = 0; request.Fix && round < MaxFixRounds; round++)
        {
            var chosen = FixApplier.Choose(results.SelectMany(r => r.Diagnostics));
            if (chosen.IsEmpty) break;
            var applied = 0;
            var changed = new List<string>();
            foreach (var file in chosen)
            {
                var before = snapshot.Read(file.Path);
                var original = before.Text ?? SourceText.From("");
                if (before.Problem is not null) continue;
                if (original.HadInvalidUtf8)
                {
                    // Its bad bytes were read as U+FFFD: writing the text back would change them too.
                    if (undecodable.Add(file.Path))
                        notices.Add($"{Display(file.Path)}: not fixed: it is not valid UTF-8, and writing it back would change bytes no fix is about");
                    continue;
                }
                var after = original.WithEdits(file.Edits);
                var originalBytes = before.Exists ? original.ToBytes() : [];
                var problem = AtomicFileWriter.Write(file.Path, originalBytes, after.ToBytes());
                if (problem is null)
                {
                    applied += file.FixCount;
                    changed.AddRange(InputStamps.ForFileEvent(file.Path, presenceChanged: !before.Exists));
                }
                else notices.Add($"{Display(file.Path)}: not fixed: {problem}");
            }
            if (applied == 0) break;
            fixesApplied += applied;
            // Only what the written files feed is analysed again; everything else is reused.
            snapshot = snapshot.With(files, snapshot.Stamps.Bump(changed));
            results = Analyze(snapshot, targets, status, cancellationToken);
        }

        foreach (var result in results)
            if (result.SkipReason is not null && result.Kind != DocumentKind.Other)
                notices.Add($"{Display(result.Path)}: skipped: {result.SkipReason}");
        var diagnostics = results
            .SelectMany(r => r.Diagnostics)
            .Distinct()
            .OrderBy(d => Display(d.Location.Path), StringComparer.Ordinal)
            .ThenBy(d => d.Location.Range.Start)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .Select(d => new ReportedDiagnostic(d, Display(d.Location.Path)))
            .ToImmutableArray();
        var final = snapshot;
        return new CheckReport(diagnostics, results.Count(r => r.Kind != DocumentKind.Other), fixesApplied, notices.ToImmutable(), configErrors, Display, path => final.ReadText(path));
    }

    private static ImmutableArray<DocumentResult> Analyze(WorkspaceSnapshot snapshot, ImmutableArray<string> targets, Action<string>? status, CancellationToken cancellationToken)
    {
        var results = new DocumentResult[targets.Length];
        var done = 0;
        Parallel.For(0, targets.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            results[i] = DocumentAnalyzer.Analyze(snapshot, targets[i], cancellationToken);
            var count = Interlocked.Increment(ref done);
            if (count % 64 == 0) status?.Invoke($"Checking: {count}/{targets.Length} files");
        });
        return [.. results];
    }

    /// <summary>The configuration files and approved lists that govern the scanned files are checked too,
    /// wherever they are: a broken configuration must never pass silently.</summary>
    private static IEnumerable<string> WithGoverningFiles(WorkspaceSnapshot snapshot, IEnumerable<string> scanned)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var path in scanned)
        {
            if (seen.Add(path)) yield return path;
            var configuration = snapshot.GetConfiguration(PathUtil.Directory(path));
            if (configuration.File is { Text: not null } file) extra.Add(file.Path);
            extra.AddRange(configuration.Options.ApprovedLists.Where(snapshot.Files.FileExists));
        }
        foreach (var path in extra)
            if (seen.Add(path)) yield return path;
    }

    private static ImmutableArray<string> ConfigurationErrors(WorkspaceSnapshot snapshot, ImmutableArray<string> targets)
    {
        var errors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var directory in targets.Select(PathUtil.Directory).Distinct())
        {
            var file = snapshot.GetConfiguration(directory).File;
            if (file?.ReadProblem is { } problem) errors.Add(problem);
            else if (file is { Problems.Length: > 0 })
                foreach (var p in file.Problems)
                {
                    var position = file.Text!.GetLinePosition(p.Span.Start);
                    errors.Add($"{file.Path}:{position.Line + 1}:{position.Character + 1}: {p.Message}");
                }
        }
        return [.. errors];
    }

    private static string Absolute(string workingDirectory, string path) =>
        Path.IsPathRooted(path) ? PathUtil.Normalize(path) : PathUtil.Combine(workingDirectory, path);

    /// <summary>The path as reached from the argument that found it: relative when the argument was.</summary>
    private static string DisplayPath(string path, ImmutableArray<string> roots, ImmutableArray<string> displayRoots, string workingDirectory)
    {
        for (var i = 0; i < roots.Length; i++)
        {
            if (!PathUtil.IsUnder(path, roots[i])) continue;
            var relative = PathUtil.Relative(roots[i], path);
            var shown = displayRoots[i].TrimEnd('/');
            if (relative == ".") return displayRoots[i];
            if (shown is "." or "") return relative;
            return shown + "/" + relative;
        }
        return PathUtil.IsUnder(path, workingDirectory) ? PathUtil.Relative(workingDirectory, path) : path;
    }
}
