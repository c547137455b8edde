using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Package;

/// <summary>VENV003: files under the package's <c>venv/</c> are tracked by git (read from <c>.git/index</c>).</summary>
public sealed class Venv003VenvCommitted : Rule<ShellContext>
{
    private const long MaxIndexBytes = 64 * 1024 * 1024;

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvCommitted);

    public override void Analyze(ShellContext context)
    {
        if (PackageAnchor.In(context) is not { } span) return;
        var root = context.PackageRoot!;
        var tracked = TrackedVenvFiles(context.Snapshot, root);
        if (tracked.Count == 0) return;
        context.Report(Descriptor, span,
            $"{tracked.Count} file{(tracked.Count == 1 ? " is" : "s are")} under venv/ tracked by git (e.g. {tracked[0]}): remove them with git rm -r --cached venv and ignore venv/.");
    }

    public static IReadOnlyList<string> TrackedVenvFiles(WorkspaceSnapshot snapshot, string root)
    {
        if (PackageLocator.FindRepositoryRoot(snapshot, root) is not { } repository) return [];
        var bytes = snapshot.ReadBytes(repository + "/.git/index", MaxIndexBytes);
        if (bytes is null) return [];
        var prefix = (PathUtil.Relative(repository, root) is "." ? "" : PathUtil.Relative(repository, root) + "/") + "venv/";
        return GitIndex.TrackedPaths(bytes).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }
}
