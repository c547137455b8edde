using VenvLsp.Common;
using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>What one installed distribution provides to <c>import</c>.</summary>
/// <param name="NormalizedName">The distribution (PEP 503 normalized).</param>
/// <param name="TopLevel">Its top-level import names.</param>
/// <param name="Modules">The names it owns (see <see cref="ProvidedModules.Modules"/>).</param>
public sealed record DistributionModules(string NormalizedName, EquatableArray<string> TopLevel, EquatableArray<string> Modules)
{
    /// <summary>True when importing <paramref name="dottedModule"/> is satisfied by the distribution.</summary>
    public bool Provides(string dottedModule) => new ProvidedModules(TopLevel.Items, Modules.Items).Provides(dottedModule);
}

/// <summary>
/// The import names every distribution of the built venv provides: from <c>top_level.txt</c> when
/// the distribution has one that no other distribution shares, else from its file list
/// (<c>RECORD</c>), which tells the owners of a namespace package apart (<c>google.protobuf</c> from
/// <c>google.auth</c>) and covers wheels without <c>top_level.txt</c>. File lists can run to thousands
/// of lines, so this value is computed only when an import is not settled by cheaper means.
/// </summary>
public sealed record VenvModules(EquatableArray<DistributionModules> Distributions)
{
    /// <summary>The modules of the package's built venv.</summary>
    public static VenvModules Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("venv-modules", root, static (s, r) =>
        {
            var venv = BuiltVenv.Get(s, r);
            var shared = venv.Distributions.SelectMany(d => d.TopLevel.Distinct())
                .GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            var result = new List<DistributionModules>();
            foreach (var installed in venv.Distributions)
            {
                var modules = installed.HasTopLevelFile && !installed.TopLevel.Any(shared.Contains)
                    ? ProvidedModules.FromTopLevel(installed.TopLevel)
                    : DistributionReader.ModulesFromFileList(s, installed) ?? ProvidedModules.FromTopLevel(installed.TopLevel);
                result.Add(new DistributionModules(installed.NormalizedName, new(modules.TopLevel), new(modules.Modules)));
            }
            return new VenvModules(new EquatableArray<DistributionModules>([.. result]));
        });

    /// <summary>The distributions (normalized names) that provide <paramref name="dottedModule"/>.</summary>
    public IEnumerable<string> ProvidersOf(string dottedModule) =>
        Distributions.Where(d => d.Provides(dottedModule)).Select(d => d.NormalizedName);

    /// <summary>The modules of one distribution, or null when the venv has no such distribution.</summary>
    public DistributionModules? Of(string distribution)
    {
        var normalized = DistributionName.Normalize(distribution);
        return Distributions.FirstOrDefault(d => d.NormalizedName == normalized);
    }
}
