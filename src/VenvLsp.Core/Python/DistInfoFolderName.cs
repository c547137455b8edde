namespace VenvLsp.Python;

/// <summary>Which metadata folder format an installed distribution uses.</summary>
public enum DistributionInfoKind
{
    /// <summary><c>name-version.dist-info</c> (wheels, PEP 376/427).</summary>
    DistInfo,

    /// <summary><c>name-version[-pyX.Y].egg-info</c> (legacy setuptools and distutils installs).</summary>
    EggInfo,
}

/// <summary>
/// The name of an installed distribution's metadata folder: <c>python_dateutil-2.9.0.post0.dist-info</c>.
/// The name part is escaped (every run of <c>-</c>, <c>_</c>, <c>.</c> is one <c>_</c>; older tools kept
/// the case, newer ones lower-case it) so the first <c>-</c> ends it.
/// </summary>
/// <param name="Name">The name part as written (<c>python_dateutil</c>, <c>PyYAML</c>).</param>
/// <param name="Version">The version part; null when the folder name has none (a develop install's
/// <c>name.egg-info</c>).</param>
/// <param name="Kind">dist-info or egg-info.</param>
/// <param name="PythonTag">The <c>py3.12</c> of an egg-info name; null otherwise.</param>
public sealed record DistInfoFolderName(string Name, string? Version, DistributionInfoKind Kind, string? PythonTag)
{
    private const string DistInfo = ".dist-info";
    private const string EggInfo = ".egg-info";

    /// <summary>The PEP 503 normalized name: compare this with requirement names.</summary>
    public string NormalizedName => DistributionName.Normalize(Name);

    /// <summary>True when this folder belongs to <paramref name="distribution"/> (names normalized).</summary>
    public bool IsFor(string distribution) => NormalizedName == DistributionName.Normalize(distribution);

    /// <summary>Reads a folder name (a trailing path is allowed: only the last component counts).
    /// Null when it is not a <c>.dist-info</c> or <c>.egg-info</c> name.</summary>
    public static DistInfoFolderName? TryParse(string folderName)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        var name = folderName.Replace('\\', '/').TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..];
        DistributionInfoKind kind;
        if (name.EndsWith(DistInfo, StringComparison.OrdinalIgnoreCase)) kind = DistributionInfoKind.DistInfo;
        else if (name.EndsWith(EggInfo, StringComparison.OrdinalIgnoreCase)) kind = DistributionInfoKind.EggInfo;
        else return null;
        var stem = name[..^(kind == DistributionInfoKind.DistInfo ? DistInfo.Length : EggInfo.Length)];
        var parts = stem.Split('-');
        if (parts[0].Length == 0) return null;
        var version = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
        string? pythonTag = null;
        if (kind == DistributionInfoKind.EggInfo && parts.Length > 2 && parts[2].StartsWith("py", StringComparison.Ordinal))
            pythonTag = parts[2];
        else if (parts.Length > 2)
            version = string.Join('-', parts[1..]);
        return new DistInfoFolderName(parts[0], version, kind, pythonTag);
    }

    /// <summary>The folder name an installer writes for a wheel today:
    /// <c>Format("Python-DateUtil", "2.9.0")</c> → <c>python_dateutil-2.9.0.dist-info</c>.</summary>
    public static string Format(string distribution, string version) =>
        $"{EscapeName(distribution)}-{EscapeVersion(version)}{DistInfo}";

    /// <summary>The escaped name part: normalized, with <c>-</c> written as <c>_</c>.</summary>
    public static string EscapeName(string distribution) => DistributionName.Normalize(distribution).Replace('-', '_');

    /// <summary>The escaped version part: <c>-</c> written as <c>_</c>.</summary>
    public static string EscapeVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Replace('-', '_');
    }
}
