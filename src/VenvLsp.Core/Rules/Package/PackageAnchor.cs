using VenvLsp.Rules.Build;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Package;

/// <summary>
/// Where findings about the package as a whole are reported, so each is reported once: at the first
/// venv creation of the package's first build script, or, when nothing builds the venv, at the first
/// activation of its first job that activates it.
/// </summary>
public static class PackageAnchor
{
    /// <summary>The span in this document to report package findings at, or null when another file is the anchor.</summary>
    public static TextSpan? In(ShellContext context)
    {
        if (context.PackageRoot is not { } root) return null;
        var venv = PackageVenv.Get(context.Snapshot, root);
        if (venv.BuildScripts.Count > 0)
        {
            if (venv.BuildScripts[0] != context.Path || context.VenvCreations.IsEmpty) return null;
            var creation = context.VenvCreations[0];
            return ShellEdits.Through(creation.Command, creation.ToolWord);
        }
        if (venv.ActivatingFiles.Count == 0 || venv.ActivatingFiles[0] != context.Path) return null;
        var activation = context.Script.Commands.Select(VenvCommands.AsActivation).OfType<Activation>().FirstOrDefault();
        return activation?.Command.Span;
    }
}
