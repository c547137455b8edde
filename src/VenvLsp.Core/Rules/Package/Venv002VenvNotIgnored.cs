using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Ignore;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Package;

/// <summary>VENV002: <c>venv/</c> is not ignored by the package's <c>.gitignore</c> (nor one above it in the
/// repository): the built venv could be committed, and production code is public.</summary>
public sealed class Venv002VenvNotIgnored : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvNotIgnored);

    public override void Analyze(ShellContext context)
    {
        if (PackageAnchor.In(context) is not { } span) return;
        var root = context.PackageRoot!;
        if (IsIgnored(context.Snapshot, root)) return;
        var gitignore = root + "/.gitignore";
        var existing = context.Snapshot.ReadText(gitignore);
        var edit = existing is null ? TextEdit.Insert(0, "venv/\n") : LineEdits.AppendLine(existing, "venv/");
        var fix = new Fix(existing is null ? "Create .gitignore with venv/" : "Add venv/ to .gitignore",
            [new FileEdit(gitignore, [edit], CreatesFile: existing is null)]);
        context.Report(Descriptor, span, "venv/ is not ignored by git: add venv/ to the package's .gitignore so the built venv is never committed.", [fix]);
    }

    /// <summary>True when git would ignore <c>venv/</c> of the package (and what is inside it).</summary>
    public static bool IsIgnored(WorkspaceSnapshot snapshot, string root)
    {
        var repository = PackageLocator.FindRepositoryRoot(snapshot, root) ?? root;
        var files = new List<GitIgnoreFile>();
        var exclude = snapshot.ReadText(repository + "/.git/info/exclude");
        if (exclude is not null) files.Add(GitIgnoreFile.Parse(exclude.Content, "", repository + "/.git/info/exclude"));
        foreach (var directory in PathUtil.Ancestors(root).TakeWhile(d => PathUtil.IsUnder(d, repository)).Reverse())
        {
            var path = directory == "/" ? "/.gitignore" : directory + "/.gitignore";
            if (snapshot.ReadText(path) is { } text)
                files.Add(GitIgnoreFile.Parse(text.Content, PathUtil.Relative(repository, directory) is "." ? "" : PathUtil.Relative(repository, directory), path));
        }
        var matcher = new IgnoreMatcher(files);
        var venv = (PathUtil.Relative(repository, root) is "." ? "" : PathUtil.Relative(repository, root) + "/") + "venv";
        // "venv/" ignores the folder; "venv/**" ignores all inside it; "bin/" alone ignores only part.
        return matcher.IsIgnored(venv, isDirectory: true) ||
               new[] { "/pyvenv.cfg", "/bin/activate", "/lib/python3/site-packages/x.py" }.All(p => matcher.IsIgnored(venv + p, isDirectory: false));
    }
}
