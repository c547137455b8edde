using VenvLsp.Diagnostics;
using VenvLsp.Rules.Package;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>
/// VENV006: the built venv holds symbolic links that point outside it (<c>bin/python -&gt;
/// /apps/.../python3</c>): it was built with links, not copies. Links that stay inside the venv
/// (<c>lib64 -&gt; lib</c>, <c>bin/python3 -&gt; python</c>) are fine. Reported once, at the package
/// anchor, with the links as related locations.
/// </summary>
public sealed class Venv006VenvHasOutsideLinks : Rule<ShellContext>
{
    /// <summary>Related locations beyond this many add nothing for a reader.</summary>
    private const int MaxRelated = 10;

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvHasOutsideLinks);

    public override void Analyze(ShellContext context)
    {
        if (PackageAnchor.In(context) is not { } span) return;
        var root = context.PackageRoot!;
        var venv = BuiltVenv.Get(context.Snapshot, root);
        if (!venv.Exists) return;
        var outside = venv.OutsideLinks.ToList();
        if (outside.Count == 0) return;
        var first = outside[0];
        var count = outside.Count == 1 ? "a symbolic link" : $"{outside.Count} symbolic links";
        context.Report(Descriptor, span,
            $"venv/ holds {count} pointing outside it ({PathUtil.Relative(root, first.Path)} -> {first.Target}): it was built with links, not copies. " +
            "Create it with python -m venv --copies (VENV200) and rebuild it.",
            related: outside.Take(MaxRelated).Select(l => new RelatedLocation(Location.StartOf(l.Path), $"{PathUtil.Relative(root, l.Path)} -> {l.Target}")));
    }
}
