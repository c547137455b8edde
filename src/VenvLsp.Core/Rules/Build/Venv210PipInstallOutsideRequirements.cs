using VenvLsp.Diagnostics;
using VenvLsp.Pep508;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Build;

/// <summary>VENV210: <c>pip install NAME</c> of a package the requirements file does not list:
/// requirements.txt must hold every venv dependency. Upgrading pip itself is reported as a warning.</summary>
public sealed class Venv210PipInstallOutsideRequirements : Rule<ShellContext>
{
    private static readonly HashSet<string> VenvTools = ["pip", "setuptools", "wheel"];

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.PipInstallOutsideRequirements);

    public override void Analyze(ShellContext context)
    {
        if (context.PipInstalls.IsEmpty) return;
        HashSet<string>? listed = null;
        foreach (var install in context.PipInstalls)
        {
            foreach (var package in install.Packages)
            {
                if (package.StaticValue is not { } text || text.Contains('/') || text.StartsWith('.') || text.Contains(':')) continue;
                var requirement = Pep508Parser.Parse(text);
                if (!requirement.IsValid || requirement.Name.Length == 0) continue;
                var name = requirement.NormalizedName;
                listed ??= ListedPackages(context);
                if (listed.Contains(name)) continue;
                if (VenvTools.Contains(name))
                    context.Report(Descriptor, Severity.Warning, package.Span,
                        $"pip install {text} changes a tool the venv creator installed, outside the requirements file: list it there ({requirement.Name}==VERSION) if the build needs another version.");
                else
                    context.Report(Descriptor, package.Span,
                        $"{requirement.Name} is installed by name, not from the requirements file: requirements.txt must list every venv dependency.");
            }
        }
    }

    private static HashSet<string> ListedPackages(ShellContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (context.PackageRoot is not { } root) return names;
        foreach (var path in PackageVenv.Get(context.Snapshot, root).ExistingRequirementFiles(context.Snapshot, root))
        {
            var file = context.Snapshot.GetRequirements(path) ?? context.Snapshot.GetRequirements(path + ".j2");
            if (file is null) continue;
            foreach (var requirement in file.Requirements)
                if (requirement.NormalizedName is { } name) names.Add(name);
        }
        return names;
    }
}
