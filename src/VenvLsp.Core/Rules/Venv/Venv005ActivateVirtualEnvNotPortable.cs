using VenvLsp.Diagnostics;
using VenvLsp.Python;
using VenvLsp.Rules.Package;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>
/// VENV005: the built <c>venv/bin/activate</c> sets <c>VIRTUAL_ENV</c> to something other than
/// <c>${HOME&lt;model&gt;}/venv</c> (typically the absolute path it was built at). Reported once, at the
/// package anchor, with the assignments in the activate script as related locations.
/// </summary>
/// <remarks>A value that is one command substitution is not judged: it is the cygwin/msys branch of
/// the templates (<c>$(cygpath ...)</c>, never run on Linux) or a self-locating value
/// (<c>$(realpath ...)</c>), never a stale build path.</remarks>
public sealed class Venv005ActivateVirtualEnvNotPortable : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.ActivateVirtualEnvNotPortable);

    public override void Analyze(ShellContext context)
    {
        if (context.HomeVariable is not { } home || PackageAnchor.In(context) is not { } span) return;
        var root = context.PackageRoot!;
        var venv = BuiltVenv.Get(context.Snapshot, root);
        if (!venv.Exists || venv.Activate is not { } activate) return;
        var expected = "${" + home + "}/venv";
        var activatePath = PathUtil.Relative(root, activate.Path);
        if (activate.Assignments.Count == 0)
        {
            context.Report(Descriptor, span, $"{activatePath} never sets VIRTUAL_ENV: rebuild the venv, and rewrite the assignment to {expected}.",
                related: [new RelatedLocation(Location.StartOf(activate.Path), "the built activate script")]);
            return;
        }
        var wrong = activate.Assignments.Where(a => !a.IsCommandSubstitution && !IsPortable(a, home)).ToList();
        if (wrong.Count == 0) return;
        var first = wrong[0];
        var why = Explain(first, home, root);
        context.Report(Descriptor, span,
            $"{activatePath} sets VIRTUAL_ENV to {first.ValueText}{why}, not {expected}: jobs that source it run the venv at that path. " +
            $"Fix the rewrite in the build script (VENV205, VENV206) and rebuild the venv.",
            related: wrong.Select(a => new RelatedLocation(a.Location, $"VIRTUAL_ENV={a.ValueText}")));
    }

    /// <summary>True for <c>$H/venv</c>, <c>${H}/venv</c> and <c>${H:?...}/venv</c> (a trailing slash
    /// allowed), written so that the shell expands it: not in single quotes.</summary>
    public static bool IsPortable(ActivateAssignment assignment, string homeVariable)
    {
        if (assignment.Quote is ShellQuoteStyle.Single or ShellQuoteStyle.AnsiC) return false;
        var value = assignment.Value.TrimEnd('/');
        if (!value.EndsWith("/venv", StringComparison.Ordinal)) return false;
        var head = value[..^"/venv".Length];
        if (head == "$" + homeVariable || head == "${" + homeVariable + "}") return true;
        // ${HOMEaigfs:?message} and ${HOMEaigfs:-default} still name the package root when it is set.
        return head.StartsWith("${" + homeVariable + ":", StringComparison.Ordinal) && head.EndsWith('}') && head.IndexOf('}') == head.Length - 1;
    }

    private static string Explain(ActivateAssignment assignment, string home, string root)
    {
        if (assignment.Quote is ShellQuoteStyle.Single or ShellQuoteStyle.AnsiC && assignment.Value.Contains(home, StringComparison.Ordinal))
            return " (single-quoted, so it never expands)";
        if (assignment.Value.TrimEnd('/').EndsWith("/bin/activate", StringComparison.Ordinal))
            return " (the activate script, not the venv folder)";
        if ((assignment.Value.StartsWith("$HOME", StringComparison.Ordinal) || assignment.Value.StartsWith("${HOME", StringComparison.Ordinal))
            && !assignment.Value.Contains(home, StringComparison.Ordinal))
            return $" (another package's HOME variable; this package's is {home})";
        if (assignment.Value.StartsWith('/'))
            return PathUtil.IsUnder(assignment.Value.TrimEnd('/'), root) ? " (this package's absolute path)" : " (the absolute path it was built at)";
        return "";
    }
}
