using VenvLsp.Text;

namespace VenvLsp.Versions;

/// <summary>
/// One variable a versions file sets (<c>export python_ver=3.12.0</c>).
/// </summary>
/// <param name="Name">The variable's name (<c>python_ver</c>).</param>
/// <param name="NameSpan">Where the name is.</param>
/// <param name="Value">The value as the shell sees it after removing quotes; an expansion (<c>${x:-1.0}</c>) is kept as written.</param>
/// <param name="ValueSpan">Where the value is: inside the quotes when the whole value is one quoted string, else the value as written.</param>
/// <param name="Line">The 0-based line.</param>
/// <param name="HasExport">True when the assignment is exported (child processes, such as J-jobs, see it).</param>
/// <param name="IsQuoted">True when the value is quoted, in whole or in part.</param>
/// <param name="HasExpansion">True when the value holds a <c>$</c> or backquote expansion, so the file does not fix it.</param>
public sealed record VersionsEntry(
    string Name,
    TextSpan NameSpan,
    string Value,
    TextSpan ValueSpan,
    int Line,
    bool HasExport,
    bool IsQuoted,
    bool HasExpansion)
{
    /// <summary>The suffix every versions file entry should have.</summary>
    public const string VersionSuffix = "_ver";

    /// <summary>True when the name ends in <c>_ver</c> and has something before it.</summary>
    public bool IsVersionName => Name.Length > VersionSuffix.Length && Name.EndsWith(VersionSuffix, StringComparison.Ordinal);

    /// <summary>The name without <c>_ver</c> (<c>python</c> for <c>python_ver</c>); null when the name is not a version name.</summary>
    public string? Package => IsVersionName ? Name[..^VersionSuffix.Length] : null;
}
