using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Package;

/// <summary>VENV001: the package builds or activates a venv, but has no requirements file the build installs from.</summary>
public sealed class Venv001MissingRequirementsFile : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.MissingRequirementsFile);

    public override void Analyze(ShellContext context)
    {
        if (PackageAnchor.In(context) is not { } span) return;
        var root = context.PackageRoot!;
        if (PackageVenv.Get(context.Snapshot, root).ExistingRequirementFiles(context.Snapshot, root).Count > 0) return;
        context.Report(Descriptor, span,
            "The package has a venv but no requirements file the build installs from: add requirements.txt (at the package root or in sorc/) listing every dependency, and install it with pip install -r.");
    }
}
