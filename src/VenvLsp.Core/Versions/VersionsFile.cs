using System.Collections.Immutable;

namespace VenvLsp.Versions;

/// <summary>
/// A parsed <c>versions/build.ver</c> or <c>versions/run.ver</c>: the variables it sets, and the lines that are not a
/// plain <c>export name_ver=value</c>.
/// </summary>
/// <param name="Entries">Every assignment the shell would perform, in order (a name set twice appears twice).</param>
/// <param name="Problems">Lines or parts of lines that are not a plain <c>export name_ver=value</c>.</param>
public sealed record VersionsFile(ImmutableArray<VersionsEntry> Entries, ImmutableArray<VersionsProblem> Problems)
{
    /// <summary>The entry that wins for <paramref name="name"/> when the file is sourced (the last one), or null.</summary>
    public VersionsEntry? Find(string name)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
            if (Entries[i].Name == name) return Entries[i];
        return null;
    }

    /// <summary>True for a package version as the NCO standard writes it: <c>v</c> then a digit (<c>v2.4.0</c>).</summary>
    public static bool IsPackageVersion(string value) =>
        value.Length >= 2 && value[0] == 'v' && char.IsAsciiDigit(value[1]);

    /// <summary>True for a module version as the NCO standard writes it: a digit first, no <c>v</c> (<c>3.12.0</c>).</summary>
    public static bool IsModuleVersion(string value) => value.Length >= 1 && char.IsAsciiDigit(value[0]);
}
