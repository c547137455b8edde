using VenvLsp.Common;
using VenvLsp.Python;
using VenvLsp.Rules.Build;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>
/// The distributions a venv creator installs by itself (<c>pip</c>; <c>setuptools</c> and <c>wheel</c> on
/// older Pythons and virtualenv), and which of them the package's build installs or upgrades from the
/// index anyway (<c>pip install --upgrade pip</c>, <c>python -m venv --upgrade-deps</c>): only those
/// must be listed like any other dependency.
/// </summary>
public static class CreatorTools
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "pip", "setuptools", "wheel" };

    /// <summary>True for <c>pip</c>, <c>setuptools</c> and <c>wheel</c> (names normalized).</summary>
    public static bool IsCreatorTool(string distribution) => Names.Contains(DistributionName.Normalize(distribution));

    /// <summary>The creator tools (normalized names) that the build installs from the index itself.</summary>
    public static EquatableArray<string> UpgradedBy(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("venv-upgraded-tools", root, static (s, r) =>
        {
            var upgraded = new SortedSet<string>(StringComparer.Ordinal);
            var venv = PackageVenv.Get(s, r);
            foreach (var path in venv.PipScripts.Concat(venv.BuildScripts).Distinct())
            {
                if (s.GetShell(path) is not { } document) continue;
                foreach (var occurrence in document.Script.Commands)
                {
                    if (PythonCommands.AsPipInstall(occurrence) is { } install)
                    {
                        foreach (var package in install.Packages)
                            if (NameOf(package.StaticValue ?? package.Text) is { } name && Names.Contains(name)) upgraded.Add(name);
                    }
                    else if (PythonCommands.AsVenvCreation(occurrence) is { } creation && creation.Options.Any(o => o.Text == "--upgrade-deps"))
                    {
                        upgraded.Add("pip");
                        upgraded.Add("setuptools");
                    }
                }
            }
            return new EquatableArray<string>([.. upgraded]);
        });

    /// <summary>The normalized name a pip argument installs (<c>pip==24.0</c> → <c>pip</c>); null for paths and URLs.</summary>
    private static string? NameOf(string argument)
    {
        var end = 0;
        while (end < argument.Length && (char.IsAsciiLetterOrDigit(argument[end]) || argument[end] is '-' or '_' or '.')) end++;
        if (end == 0 || (end < argument.Length && argument[end] is '/' or ':')) return null;
        return DistributionName.Normalize(argument[..end]);
    }
}
