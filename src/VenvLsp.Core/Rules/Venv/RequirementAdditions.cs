using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Python;
using VenvLsp.Requirements;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>The edit that adds a requirement line to a requirements file, shared by the fixes of
/// VENV109 and VENV111 (so that both add the same line at the same place, and applying both adds it once).</summary>
public static class RequirementAdditions
{
    /// <summary>The line to add: <c>name==version</c>, or the name alone without a version.</summary>
    public static string LineFor(string distribution, string? version) =>
        version is null ? distribution : $"{distribution}=={version}";

    /// <summary>
    /// A fix that adds <paramref name="line"/> to the requirements file at <paramref name="path"/>: in
    /// name order when the file's requirements are sorted (before the first one whose name sorts after
    /// it), else at the end. Null when the file cannot be read.
    /// </summary>
    public static Fix? Create(WorkspaceSnapshot snapshot, string path, string distribution, string line, string title, bool isSafe = true)
    {
        if (snapshot.ReadText(path) is not { } text || snapshot.GetRequirements(path) is not { } file) return null;
        var edit = Insertion(text, file, distribution, line);
        return new Fix(title, [FileEdit.Single(path, edit)], isSafe);
    }

    /// <summary>Where and how <paramref name="line"/> is inserted (see <see cref="Create"/>).</summary>
    public static TextEdit Insertion(SourceText text, RequirementsFile file, string distribution, string line)
    {
        var named = file.Requirements.Where(r => r.Name is not null).ToList();
        var normalized = DistributionName.Normalize(distribution);
        if (named.Count > 0 && IsSorted(named))
        {
            var next = named.FirstOrDefault(r => string.CompareOrdinal(DistributionName.Normalize(r.Name!), normalized) > 0);
            if (next is not null) return LineEdits.InsertLineBefore(text, next.Line.FirstLine, line);
        }
        // A file that ends in a backslash continues its last line into whatever follows: an empty line
        // ends the continuation first.
        if (text.Content.TrimEnd('\r', '\n').EndsWith('\\'))
            return TextEdit.Insert(text.Length, (text.EndsWithNewline ? "" : text.NewLine) + text.NewLine + line + text.NewLine);
        return LineEdits.AppendLine(text, line);
    }

    private static bool IsSorted(List<RequirementEntry> requirements)
    {
        for (var i = 1; i < requirements.Count; i++)
            if (string.CompareOrdinal(DistributionName.Normalize(requirements[i - 1].Name!), DistributionName.Normalize(requirements[i].Name!)) > 0)
                return false;
        return true;
    }
}
