using VenvLsp.Ecflow;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Jobs;

/// <summary>An include of a job card, resolved and parsed.</summary>
public sealed record ResolvedEcfInclude(EcfInclude Include, string Path, ShellDocument Document);

/// <summary>The files a job card includes, found where ecFlow finds them: the package's
/// <c>ecf/include/</c>, then the configured <c>ecfIncludePaths</c>. When one cannot be found, rules that
/// need it stay silent rather than guess.</summary>
public static class EcfIncludes
{
    private const int MaxDepth = 8;

    /// <summary>The includes of the job that come before <paramref name="offset"/>, depth first, with
    /// whether every one of them (and theirs) could be resolved.</summary>
    public static (IReadOnlyList<ResolvedEcfInclude> Includes, bool AllResolved) Before(ShellContext context, int offset)
    {
        var result = new List<ResolvedEcfInclude>();
        if (context.Document.Ecf is not { } ecf) return (result, true);
        var allResolved = Collect(context, context.Path, ecf.Includes.Where(i => i.IsInJob && i.LineSpan.Start < offset), result, 0, []);
        return (result, allResolved);
    }

    /// <summary>Every include of the job (anywhere in it), resolved where possible.</summary>
    public static (IReadOnlyList<ResolvedEcfInclude> Includes, bool AllResolved) All(ShellContext context) => Before(context, int.MaxValue);

    public static IReadOnlyList<string> Folders(ShellContext context)
    {
        var folders = new List<string>();
        if (context.PackageRoot is { } root) folders.Add(root + "/ecf/include");
        folders.AddRange(context.Options.EcfIncludePaths);
        return folders;
    }

    private static bool Collect(ShellContext context, string including, IEnumerable<EcfInclude> includes, List<ResolvedEcfInclude> result, int depth, HashSet<string> seen)
    {
        var all = true;
        foreach (var include in includes)
        {
            var path = EcfIncludeResolver.Resolve(including, include, Folders(context), context.Snapshot.FileExists);
            if (path is null || context.Snapshot.GetShell(path) is not { } document)
            {
                all = false;
                continue;
            }
            if (!seen.Add(path)) continue;
            result.Add(new ResolvedEcfInclude(include, path, document));
            if (depth < MaxDepth && document.Ecf is { } nested)
                all &= Collect(context, path, nested.Includes.Where(i => i.IsInJob), result, depth + 1, seen);
        }
        return all;
    }
}
