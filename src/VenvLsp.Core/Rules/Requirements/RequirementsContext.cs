using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Packages;
using VenvLsp.Requirements;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Requirements;

/// <summary>An include of the analysed file, resolved: where it points, and its parse when it exists.</summary>
/// <param name="Directive">The include as written in the analysed file.</param>
/// <param name="Path">The absolute path, or null when it cannot be known (a URL, a variable).</param>
/// <param name="File">The parsed file, or null when it does not exist or cannot be read.</param>
/// <param name="IsCycle">True when following it leads back to a file already on the include chain.</param>
public sealed record ResolvedInclude(RequirementsInclude Directive, string? Path, RequirementsFile? File, bool IsCycle, string? ReadProblem);

/// <summary>A requirement and the file it stands in, for checks that span includes.</summary>
public sealed record RequirementSource(RequirementEntry Entry, string Path, SourceText Text, RequirementsInclude? Via);

/// <summary>What requirements rules see: the parsed file, the approved list and the includes.</summary>
public sealed class RequirementsContext : DocumentContext
{
    private readonly Lazy<ImmutableArray<ResolvedInclude>> _includes;
    private readonly Lazy<ApprovedListState> _approved;

    public RequirementsContext(WorkspaceSnapshot snapshot, string path, SourceText text, AnalysisOptions options,
        string? packageRoot, RequirementsFile file, CancellationToken cancellationToken)
        : base(snapshot, path, text, DocumentKind.Requirements, options, packageRoot, cancellationToken)
    {
        File = file;
        _includes = new Lazy<ImmutableArray<ResolvedInclude>>(ResolveIncludes);
        _approved = new Lazy<ApprovedListState>(() => snapshot.GetApprovedList(options));
    }

    public RequirementsFile File { get; }

    public ApprovedListState Approved => _approved.Value;

    /// <summary>The <c>-r</c>/<c>-c</c> includes of this file, resolved relative to it.</summary>
    public ImmutableArray<ResolvedInclude> Includes => _includes.Value;

    /// <summary>Parses a requirements file of the workspace (cached per snapshot).</summary>
    public RequirementsFile? ParseRequirements(string path) =>
        Snapshot.GetRequirements(path);

    /// <summary>Every requirement pip would install from this file, in pip's order, following <c>-r</c>
    /// includes (not constraints), each file once.</summary>
    public IEnumerable<RequirementSource> AllRequirements()
    {
        var visited = new HashSet<string> { Path };
        return Walk(File, Path, Text, null, visited);
    }

    private IEnumerable<RequirementSource> Walk(RequirementsFile file, string path, SourceText text, RequirementsInclude? via, HashSet<string> visited)
    {
        foreach (var entry in file.Entries)
        {
            if (entry is RequirementEntry requirement)
            {
                yield return new RequirementSource(requirement, path, text, via);
                continue;
            }
            var include = file.Includes.FirstOrDefault(i => i.Option.NameSpan.Start >= entry.Span.Start && i.Option.NameSpan.End <= entry.Span.End);
            if (include is null || include.IsConstraint || ResolvePath(path, include.Path) is not { } target || !visited.Add(target)) continue;
            if (ParseRequirements(target) is not { } nested) continue;
            foreach (var inner in Walk(nested, target, nested.Text, via ?? include, visited)) yield return inner;
        }
    }

    /// <summary>Where an include points, relative to the including file; null for URLs and variables.</summary>
    public static string? ResolvePath(string includingFile, string include)
    {
        if (include.Contains("://", StringComparison.Ordinal) || include.Contains("${", StringComparison.Ordinal)) return null;
        return System.IO.Path.IsPathRooted(include)
            ? PathUtil.Normalize(include)
            : PathUtil.Combine(PathUtil.Directory(includingFile), include);
    }

    private ImmutableArray<ResolvedInclude> ResolveIncludes()
    {
        var result = ImmutableArray.CreateBuilder<ResolvedInclude>();
        foreach (var include in File.Includes)
        {
            var target = ResolvePath(Path, include.Path);
            if (target is null)
            {
                result.Add(new ResolvedInclude(include, null, null, false, null));
                continue;
            }
            var read = Snapshot.Read(target);
            if (!read.Exists)
            {
                result.Add(new ResolvedInclude(include, target, null, false, null));
                continue;
            }
            var parsed = read.Problem is null ? ParseRequirements(target) : null;
            result.Add(new ResolvedInclude(include, target, parsed, LeadsBack(target), read.Problem));
        }
        return result.ToImmutable();
    }

    /// <summary>True when the include chain from <paramref name="start"/> reaches this file again.</summary>
    private bool LeadsBack(string start)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            if (current == Path) return true;
            if (!seen.Add(current) || ParseRequirements(current) is not { } file) continue;
            foreach (var include in file.Includes)
                if (ResolvePath(current, include.Path) is { } next) pending.Push(next);
        }
        return false;
    }
}
