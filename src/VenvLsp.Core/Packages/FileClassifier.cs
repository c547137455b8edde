using System.Text.RegularExpressions;
using VenvLsp.Configuration;

namespace VenvLsp.Packages;

/// <summary>Decides a file's <see cref="DocumentKind"/> from its path inside a package (and, for files
/// without an extension, from its first line).</summary>
public static partial class FileClassifier
{
    /// <param name="relativePath">The path relative to the package root, with '/'.</param>
    /// <param name="firstLine">The file's first line when the name alone cannot tell; may be null.</param>
    public static DocumentKind Classify(string relativePath, string? firstLine = null)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var folders = relativePath.Split('/')[..^1];
        if (name == ConfigKeys.FileName) return DocumentKind.Configuration;
        if (name == ".gitignore") return DocumentKind.GitIgnore;
        if (IsRequirementsFileName(name)) return DocumentKind.Requirements;
        var top = folders.Length > 0 ? folders[0] : "";
        switch (top)
        {
            case "ecf":
                if (folders.Length >= 2 && folders[1] == "include" && name.EndsWith(".h", StringComparison.Ordinal)) return DocumentKind.EcfInclude;
                if (name.EndsWith(".ecf", StringComparison.Ordinal)) return DocumentKind.EcfJobCard;
                if (!name.Contains('.') && firstLine is not null && LooksLikeJobCard(firstLine)) return DocumentKind.EcfJobCard;
                break;
            case "jobs" when folders.Length == 1 && (name.StartsWith('J') || IsShell(name, firstLine)):
                return DocumentKind.JJob;
            case "scripts" when folders.Length == 1 && (name.StartsWith("ex", StringComparison.Ordinal) || IsShell(name, firstLine)):
                return name.EndsWith(".py", StringComparison.Ordinal) ? DocumentKind.Python : DocumentKind.ExScript;
            case "ush" when IsShell(name, firstLine):
                return DocumentKind.UshScript;
            case "versions" when name.EndsWith(".ver", StringComparison.Ordinal):
                return DocumentKind.Versions;
        }
        if (name.EndsWith(".py", StringComparison.Ordinal)) return DocumentKind.Python;
        if (IsShell(name, firstLine)) return DocumentKind.ShellScript;
        return DocumentKind.Other;
    }

    /// <summary><c>requirements.txt</c>, <c>requirements-dev.txt</c>, <c>dev_requirements.in</c>,
    /// <c>constraints.txt</c>, and their Jinja templates (<c>requirements.txt.j2</c>).</summary>
    public static bool IsRequirementsFileName(string name) => RequirementsName().IsMatch(name);

    public static bool IsTemplate(string name) => name.EndsWith(".j2", StringComparison.OrdinalIgnoreCase);

    private static bool IsShell(string name, string? firstLine)
    {
        if (name.EndsWith(".sh", StringComparison.Ordinal) || name.EndsWith(".ksh", StringComparison.Ordinal) ||
            name.EndsWith(".bash", StringComparison.Ordinal))
            return true;
        return firstLine is not null && ShellShebang().IsMatch(firstLine);
    }

    private static bool LooksLikeJobCard(string firstLine) =>
        firstLine.StartsWith("#PBS", StringComparison.Ordinal) || firstLine.StartsWith("%include", StringComparison.Ordinal) ||
        firstLine.StartsWith("#BSUB", StringComparison.Ordinal) || firstLine.StartsWith("#SBATCH", StringComparison.Ordinal) ||
        ShellShebang().IsMatch(firstLine) || firstLine.StartsWith("%", StringComparison.Ordinal);

    [GeneratedRegex(@"^([\w.-]*[-_.])?(requirements?|constraints?)([-_.][\w.-]*)?\.(txt|in)(\.j2)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementsName();

    [GeneratedRegex(@"^#!\s*(/usr)?(/local)?/bin/(env\s+)?(ba|k|z|da)?sh\b")]
    private static partial Regex ShellShebang();
}
