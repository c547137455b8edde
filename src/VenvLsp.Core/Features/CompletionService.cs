using System.Text.RegularExpressions;
using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

public enum CompletionKind
{
    Package,
    Version,
}

/// <summary>A completion: the text to put in place of <see cref="ReplaceSpan"/>.</summary>
public sealed record CompletionEntry(string Label, CompletionKind Kind, string? Detail, TextSpan ReplaceSpan, int SortIndex);

/// <summary>Completion in requirements files: approved package names where a name goes, and the
/// approved versions of the package after a version operator.</summary>
public static partial class CompletionService
{
    public static IReadOnlyList<CompletionEntry> Complete(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (snapshot.ReadText(path) is not { } text) return [];
        var root = snapshot.PackageRootOf(path);
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        if (DocumentAnalyzer.KindOf(path, root, options, text) != DocumentKind.Requirements && !RequirementsIndex.IsIncluded(snapshot, path)) return [];
        var approved = snapshot.GetApprovedList(options);
        if (!approved.IsUsable) return [];

        offset = Math.Clamp(offset, 0, text.Length);
        var line = text.GetLineSpan(text.GetLineIndex(offset));
        var before = text.Content[line.Start..offset];

        var version = VersionPosition().Match(before);
        if (version.Success)
        {
            var name = version.Groups["name"].Value;
            var typed = version.Groups["version"];
            var span = new TextSpan(line.Start + typed.Index, typed.Length);
            // Only versions the list names exactly: a range's bounds need not be releases (or allowed).
            var versions = approved.List.ExactVersions(name);
            return versions.Select((v, i) => new CompletionEntry(v.ToString(), CompletionKind.Version, $"approved {name} version", span, i)).ToList();
        }

        var namePosition = NamePosition().Match(before);
        if (!namePosition.Success) return [];
        var partial = namePosition.Groups["name"];
        var replace = new TextSpan(line.Start + partial.Index, partial.Length);
        return approved.List.Names
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select((name, i) => new CompletionEntry(name, CompletionKind.Package, Detail(approved.List.EntriesFor(name)), replace, i))
            .ToList();
    }

    private static string Detail(System.Collections.Immutable.ImmutableArray<Approval.ApprovedEntry> entries) =>
        "approved: " + string.Join(" or ", entries.Select(e => e.Specifiers.IsEmpty ? "any version" : e.Specifiers.ToString()));

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===|==|~=|>=|<=|!=|<|>)\s*(?<version>[A-Za-z0-9.*+!_-]*)$")]
    private static partial Regex VersionPosition();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9._-]*)$")]
    private static partial Regex NamePosition();
}
