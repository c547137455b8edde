using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Python;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>A distribution installed in the built venv, as its metadata folder describes it.</summary>
/// <param name="Name">The name as published (METADATA's <c>Name</c>, else the folder name).</param>
/// <param name="NormalizedName">PEP 503 normalized: compare with requirement names.</param>
/// <param name="Version">The installed version as written (METADATA's <c>Version</c>, else the folder name's); null when neither says.</param>
/// <param name="MetadataPath">The metadata file (<c>METADATA</c>, <c>PKG-INFO</c>, or an <c>.egg-info</c> file), for related locations.</param>
/// <param name="InfoPath">The <c>.dist-info</c> or <c>.egg-info</c> folder (or file).</param>
/// <param name="Kind">dist-info or egg-info.</param>
/// <param name="TopLevel">The names of its <c>top_level.txt</c>; empty when it has none (see <see cref="HasTopLevelFile"/>).</param>
/// <param name="HasTopLevelFile">It has a <c>top_level.txt</c> (setuptools writes one; other build backends do not).</param>
/// <param name="LocalPath">For a distribution installed from a folder or archive on this machine
/// (<c>direct_url.json</c> with a <c>file://</c> URL), that path; null otherwise.</param>
public sealed record InstalledDistribution(
    string Name,
    string NormalizedName,
    string? Version,
    string MetadataPath,
    string InfoPath,
    DistributionInfoKind Kind,
    EquatableArray<string> TopLevel,
    bool HasTopLevelFile,
    string? LocalPath);

/// <summary>A symbolic link inside the venv.</summary>
/// <param name="Path">The link itself.</param>
/// <param name="Target">The target as stored in the link.</param>
/// <param name="ResolvedTarget">The target as an absolute path (a relative target is taken from the link's folder).</param>
/// <param name="PointsOutside">The resolved target is not inside the venv folder.</param>
public sealed record VenvLink(string Path, string Target, string ResolvedTarget, bool PointsOutside);

/// <summary>One <c>VIRTUAL_ENV</c> assignment of the built <c>bin/activate</c>.</summary>
/// <param name="Value">Quotes removed, expansions as written.</param>
/// <param name="ValueText">The value as written.</param>
/// <param name="Quote">How the value is quoted.</param>
/// <param name="IsCommandSubstitution">The value is one <c>$(...)</c>: the cygwin/msys branch or a
/// self-locating value, which is never the build path on the operational machines.</param>
/// <param name="Location">The assignment in the activate script.</param>
public sealed record ActivateAssignment(string Value, string ValueText, ShellQuoteStyle Quote, bool IsCommandSubstitution, Location Location);

/// <summary>The built <c>bin/activate</c>.</summary>
public sealed record ActivateFacts(string Path, EquatableArray<ActivateAssignment> Assignments);

/// <summary>
/// What the package's built <c>venv/</c> holds, read as data through the snapshot (never run): its
/// <c>pyvenv.cfg</c>, its <c>bin/activate</c>, the distributions in <c>lib/python*/site-packages</c>
/// and its symbolic links. One value per package, compared by value, so that a rebuilt venv that holds
/// the same things re-analyses nothing.
/// </summary>
/// <remarks>Reading is bounded: of each distribution only <c>METADATA</c>'s header, <c>top_level.txt</c>
/// and <c>direct_url.json</c> are read (file lists, which can be long, are read by
/// <see cref="VenvModules"/> only when an import needs them); of the folders, every one but the inside of
/// site-packages' packages is listed, up to <see cref="BuiltVenvReader.MaxEntries"/> entries.</remarks>
/// <param name="Path">The venv folder (<c>&lt;root&gt;/venv</c>).</param>
/// <param name="Exists">A built venv is there: <c>pyvenv.cfg</c>, <c>bin/activate</c> or a site-packages folder.</param>
/// <param name="ConfigPath">The <c>pyvenv.cfg</c>, when it exists.</param>
/// <param name="PythonVersion">The base interpreter's (major, minor) from <c>pyvenv.cfg</c>; null when unknown.</param>
/// <param name="Activate">The activate script, when it exists.</param>
/// <param name="SitePackages">The site-packages folders read.</param>
/// <param name="Distributions">Installed distributions, by normalized name.</param>
/// <param name="Links">Every symbolic link found, in path order.</param>
public sealed record BuiltVenv(
    string Path,
    bool Exists,
    string? ConfigPath,
    (int Major, int Minor)? PythonVersion,
    ActivateFacts? Activate,
    EquatableArray<string> SitePackages,
    EquatableArray<InstalledDistribution> Distributions,
    EquatableArray<VenvLink> Links)
{
    /// <summary>The venv of a package (at <c>&lt;root&gt;/venv</c>), read once while its files are unchanged.</summary>
    public static BuiltVenv Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("built-venv", root, static (s, r) => BuiltVenvReader.Read(s, r + "/venv"));

    /// <summary>The installed distribution named <paramref name="distribution"/> (names normalized), or null.</summary>
    public InstalledDistribution? Find(string distribution)
    {
        var normalized = DistributionName.Normalize(distribution);
        foreach (var installed in Distributions)
            if (installed.NormalizedName == normalized) return installed;
        return null;
    }

    /// <summary>The distributions whose <c>top_level.txt</c> alone claims the top-level name of
    /// <paramref name="dottedModule"/>: cheap and certain. A name that several distributions claim (a
    /// namespace package such as <c>google</c>) is left to <see cref="VenvModules"/>, which reads the
    /// file lists.</summary>
    public IReadOnlyList<InstalledDistribution> DeclaredProvidersOf(string dottedModule)
    {
        var dot = dottedModule.IndexOf('.');
        var top = dot < 0 ? dottedModule : dottedModule[..dot];
        InstalledDistribution? only = null;
        foreach (var installed in Distributions)
        {
            if (!installed.TopLevel.Any(t => t == top || t.StartsWith(top + "/", StringComparison.Ordinal))) continue;
            if (only is not null) return [];
            only = installed;
        }
        return only is not null && ProvidedModules.FromTopLevel(only.TopLevel).Provides(dottedModule) ? [only] : [];
    }

    /// <summary>The links that point outside the venv.</summary>
    public IEnumerable<VenvLink> OutsideLinks => Links.Where(l => l.PointsOutside);
}
