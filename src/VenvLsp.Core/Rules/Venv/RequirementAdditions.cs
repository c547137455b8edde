using System.Collections.Immutable;
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
    public static Fix? Create(WorkspaceSnapshot snapshot, string path, string distribution, string line, string title, bool isSafe = true) =>
        Create(snapshot, path, [(distribution, line)], title, isSafe);

    /// <summary>A fix that adds several lines at once, each where <see cref="Create(WorkspaceSnapshot, string, string, string, string, bool)"/>
    /// would put it. Null when the file cannot be read.</summary>
    public static Fix? Create(WorkspaceSnapshot snapshot, string path, IReadOnlyList<(string Distribution, string Line)> additions, string title, bool isSafe = true)
    {
        if (snapshot.ReadText(path) is not { } text || snapshot.GetRequirements(path) is not { } file) return null;
        return new Fix(title, [new FileEdit(path, Insertions(text, file, additions))], isSafe);
    }

    /// <summary>The edits that insert <paramref name="additions"/>: one per place, the lines of a place in
    /// name order (two edits at one place would make their order arbitrary).</summary>
    public static ImmutableArray<TextEdit> Insertions(SourceText text, RequirementsFile file, IReadOnlyList<(string Distribution, string Line)> additions)
    {
        const int AtEnd = int.MaxValue;
        var named = file.Requirements.Where(r => r.Name is not null).Select(r => (Name: DistributionName.Normalize(r.Name!), r.Line.FirstLine)).ToList();
        var sorted = named.Count > 0 && IsSorted(named);
        var places = new SortedDictionary<int, List<(string Normalized, string Line)>>();
        foreach (var (distribution, line) in additions)
        {
            var normalized = DistributionName.Normalize(distribution);
            var place = sorted ? named.FirstOrDefault(r => string.CompareOrdinal(r.Name, normalized) > 0) is { Name: not null } next ? next.FirstLine : AtEnd : AtEnd;
            if (!places.TryGetValue(place, out var lines)) places[place] = lines = [];
            lines.Add((normalized, line));
        }
        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        foreach (var (place, lines) in places)
        {
            var content = string.Join(text.NewLine, lines.OrderBy(l => l.Normalized, StringComparer.Ordinal).Select(l => l.Line));
            edits.Add(place == AtEnd ? Append(text, content) : LineEdits.InsertLineBefore(text, place, content));
        }
        return edits.ToImmutable();
    }

    private static TextEdit Append(SourceText text, string content)
    {
        // A file that ends in a backslash continues its last line into whatever follows: an empty line
        // ends the continuation first.
        if (text.Content.TrimEnd('\r', '\n').EndsWith('\\'))
            return TextEdit.Insert(text.Length, (text.EndsWithNewline ? "" : text.NewLine) + text.NewLine + content + text.NewLine);
        return LineEdits.AppendLine(text, content);
    }

    private static bool IsSorted(List<(string Name, int FirstLine)> requirements)
    {
        for (var i = 1; i < requirements.Count; i++)
            if (string.CompareOrdinal(requirements[i - 1].Name, requirements[i].Name) > 0) return false;
        return true;
    }
}
