using System.Collections.Immutable;
using System.Text;
using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Nco;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

/// <summary>A versions variable at a position in a file of a package.</summary>
/// <param name="Name">The variable (<c>python_ver</c>).</param>
/// <param name="Span">The name where the position is (the word to highlight).</param>
/// <param name="IsDefinition">True on an entry of a versions file, false on a use (<c>${python_ver}</c>).</param>
/// <param name="PackageRoot">The package the file is in.</param>
public sealed record VersionSymbol(string Name, TextSpan Span, bool IsDefinition, string PackageRoot);

/// <summary>
/// Navigation between a package's versions files (<c>versions/*.ver</c>) and the files that use their entries:
/// hover, go to definition and find references. Uses are found the way NCO414 finds them
/// (<see cref="VersionReferences"/>): <c>$name</c>, <c>${name...}</c> and a quoted <c>"name"</c> in the package's
/// shell scripts, job cards, includes, versions files, Python and modulefiles. Only <c>*_ver</c> names take part.
/// </summary>
/// <remarks>Positions are offsets into the file's text as the snapshot holds it; a position at the end of a name
/// still counts as on it (editors put the cursor after the last character).</remarks>
public static class VersionsNavigation
{
    private const int MaxListedUses = 20;

    /// <summary>The versions variable at <paramref name="offset"/>, or null.</summary>
    public static VersionSymbol? SymbolAt(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (snapshot.PackageRootOf(path) is not { } root || snapshot.ReadText(path) is not { } text) return null;
        offset = Math.Clamp(offset, 0, text.Length);
        if (IsVersionsFile(snapshot, root, path) && VersionEntries.Parse(snapshot, path) is { } file)
        {
            foreach (var entry in file.Entries)
                if (entry.IsVersionName && entry.NameSpan.Start <= offset && offset <= Math.Max(entry.NameSpan.End, entry.ValueSpan.End))
                    return new VersionSymbol(entry.Name, entry.NameSpan, true, root);
        }
        foreach (var reference in VersionReferences.Scan(text.Content))
        {
            if (reference.Span.Start > offset) break;
            if (offset <= reference.Span.End) return new VersionSymbol(reference.Name, reference.NameSpan, false, root);
        }
        return null;
    }

    /// <summary>Where the variable at <paramref name="offset"/> is set: its entry in each versions file that sets it
    /// (the one that wins when the file is sourced). Build scripts (under <c>sorc/</c>, or reading <c>build.ver</c>) get
    /// <c>build.ver</c> first, every other file <c>run.ver</c> first; from a versions file, its own entry comes first.
    /// Empty when nothing is there or no versions file sets it.</summary>
    public static ImmutableArray<Location> Definition(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (SymbolAt(snapshot, path, offset) is not { } symbol) return [];
        var definitions = VersionEntries.Definitions(snapshot, symbol.PackageRoot, symbol.Name).ToList();
        var first = symbol.IsDefinition ? path : IsBuildFile(snapshot, symbol.PackageRoot, path) ? VersionEntries.BuildFile : VersionEntries.RunFile;
        var ordered = definitions
            .OrderBy(d => d.Path == first || PathUtil.FileName(d.Path) == first ? 0 : 1)
            .Select(d => Location.Create(d.Path, d.Text, d.Entry.NameSpan));
        return [.. ordered];
    }

    /// <summary>Every use of the variable at <paramref name="offset"/> in the package, by file then position; with
    /// <paramref name="includeDeclaration"/>, its entries in the versions files first.</summary>
    public static ImmutableArray<Location> References(WorkspaceSnapshot snapshot, string path, int offset, bool includeDeclaration)
    {
        if (SymbolAt(snapshot, path, offset) is not { } symbol) return [];
        var result = ImmutableArray.CreateBuilder<Location>();
        if (includeDeclaration)
            foreach (var definitionPath in VersionEntries.FilesOf(snapshot, symbol.PackageRoot))
                if (VersionEntries.Parse(snapshot, definitionPath) is { } file && snapshot.ReadText(definitionPath) is { } text)
                    foreach (var entry in file.Entries.Where(e => e.Name == symbol.Name))
                        result.Add(Location.Create(definitionPath, text, entry.NameSpan));
        foreach (var use in Uses(snapshot, symbol.PackageRoot, symbol.Name))
            result.Add(use.Location);
        return result.ToImmutable();
    }

    /// <summary>Markdown for the variable at <paramref name="offset"/>: on an entry, where the package uses it; on a
    /// use, the value each versions file gives it.</summary>
    public static HoverInfo? Hover(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (SymbolAt(snapshot, path, offset) is not { } symbol) return null;
        var root = symbol.PackageRoot;
        var markdown = new StringBuilder($"**{symbol.Name}**");
        var definitions = VersionEntries.Definitions(snapshot, root, symbol.Name);
        var uses = Uses(snapshot, root, symbol.Name);
        var model = PackageModel.GetModel(snapshot, root).Name;
        var kind = VersionEntries.Classify(symbol.Name, model, VersionUses.Find(VersionUses.OfPackage(snapshot, root), symbol.Name));
        if (kind != VersionEntryKind.Unknown) markdown.Append(kind == VersionEntryKind.Module ? " (module version)" : " (package version)");
        markdown.Append("\n\n");

        if (definitions.Count == 0) markdown.Append("Not set by any versions file of the package.\n");
        foreach (var definition in definitions)
            markdown.Append($"- {Code(definition.Entry.Value)} in `{PathUtil.Relative(root, definition.Path)}` line {definition.Entry.Line + 1}\n");

        if (symbol.IsDefinition)
        {
            markdown.Append('\n');
            if (uses.Count == 0)
                markdown.Append(symbol.Name == model + VersionReferences.Suffix
                    ? "No file of the package uses it: it is the package's own version, which the ecFlow suite uses."
                    : "No file of the package uses it.");
            else
                AppendUses(markdown, root, uses);
        }
        else
        {
            markdown.Append($"\nUsed in {Plural(uses.Count, "place")} of the package.");
        }
        return new HoverInfo(markdown.ToString().TrimEnd(), symbol.Span);
    }

    /// <summary>One use, with the line it stands on (for hover and for clients that list references with text).</summary>
    public sealed record VersionUseSite(Location Location, string LineText);

    /// <summary>Every use of <paramref name="name"/> in the package's searched files, by file then position.</summary>
    public static IReadOnlyList<VersionUseSite> Uses(WorkspaceSnapshot snapshot, string root, string name)
    {
        var sites = new List<VersionUseSite>();
        foreach (var file in VersionUses.SearchedFiles(snapshot, root))
        {
            // The per-file summary is cached: most files need no scan at all.
            if (VersionUses.Find(VersionUses.OfFile(snapshot, file), name) is null || snapshot.ReadText(file) is not { } text) continue;
            foreach (var reference in VersionReferences.Scan(text.Content))
                if (reference.Name == name)
                    sites.Add(new VersionUseSite(Location.Create(file, text, reference.NameSpan), text.GetLineText(text.GetLineIndex(reference.Span.Start)).Trim()));
        }
        return sites;
    }

    private static void AppendUses(StringBuilder markdown, string root, IReadOnlyList<VersionUseSite> uses)
    {
        markdown.Append($"Used in {Plural(uses.Count, "place")}:\n");
        foreach (var use in uses.Take(MaxListedUses))
        {
            var line = use.LineText.Length > 100 ? use.LineText[..97] + "..." : use.LineText;
            markdown.Append($"- `{PathUtil.Relative(root, use.Location.Path)}` line {use.Location.Range.Start.Line + 1}: {Code(line)}\n");
        }
        if (uses.Count > MaxListedUses) markdown.Append($"- and {uses.Count - MaxListedUses} more\n");
    }

    private static bool IsVersionsFile(WorkspaceSnapshot snapshot, string root, string path) =>
        VersionEntries.FilesOf(snapshot, root).Contains(path);

    /// <summary>A build script reads build.ver: a file under <c>sorc/</c>, or one that names <c>build.ver</c>.</summary>
    private static bool IsBuildFile(WorkspaceSnapshot snapshot, string root, string path) =>
        PathUtil.Relative(root, path).StartsWith("sorc/", StringComparison.Ordinal) ||
        (snapshot.ReadText(path)?.Content.Contains(VersionEntries.BuildFile, StringComparison.Ordinal) ?? false);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Inline code that survives backticks in the text.</summary>
    private static string Code(string text) => text.Contains('`') ? $"`` {text} ``" : $"`{text}`";
}
