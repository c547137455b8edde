using VenvLsp.Python;
using VenvLsp.Rules.Venv;
using VenvLsp.Versions;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>The Python version a package's code runs on, as far as the package shows it.</summary>
/// <param name="Major">Major version; 0 when unknown.</param>
/// <param name="Minor">Minor version; 0 when unknown.</param>
/// <param name="Source">Where it was read (<c>venv/pyvenv.cfg</c>, <c>versions/build.ver</c>); null when unknown.</param>
public sealed record PackagePython(int Major, int Minor, string? Source)
{
    /// <summary>No version known: every standard-library list counts.</summary>
    public static PackagePython Unknown { get; } = new(0, 0, null);

    /// <summary>True when a version was found.</summary>
    public bool IsKnown => Source is not null;

    /// <summary>The version for <see cref="StandardLibrary"/>.</summary>
    public (int Major, int Minor) Version => (Major, Minor);

    /// <summary>"3.12" or "unknown".</summary>
    public override string ToString() => IsKnown ? $"{Major}.{Minor}" : "unknown";

    /// <summary>The built venv's <c>pyvenv.cfg</c> version, else <c>python_ver</c> of <c>versions/build.ver</c>
    /// (then <c>run.ver</c>), else unknown.</summary>
    public static PackagePython Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-python", root, static (s, r) =>
        {
            if (BuiltVenv.Get(s, r) is { Exists: true, PythonVersion: { } built }) return new PackagePython(built.Major, built.Minor, "venv/pyvenv.cfg");
            foreach (var name in new[] { "build.ver", "run.ver" })
            {
                var path = r + "/versions/" + name;
                var file = s.GetParsed(path, static (_, text) => VersionsFileParser.Parse(text.Content));
                if (file?.Find("python_ver") is { HasExpansion: false } entry && PyvenvConfig.ParseVersion(entry.Value) is { } version)
                    return new PackagePython(version.Major, version.Minor, "versions/" + name);
            }
            return Unknown;
        });
}
