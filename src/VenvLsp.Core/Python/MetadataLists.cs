using System.Collections.Immutable;

namespace VenvLsp.Python;

/// <summary>The one-entry-a-line files of installed distributions.</summary>
public static class MetadataLists
{
    /// <summary><c>top_level.txt</c> (setuptools): the top-level import names a distribution installs,
    /// one a line; blank lines are skipped and names trimmed.</summary>
    public static ImmutableArray<string> ParseTopLevel(string text) => NonBlankLines(text);

    /// <summary><c>installed-files.txt</c> (pip, for a legacy <c>.egg-info</c> install): installed
    /// paths relative to the <c>.egg-info</c> folder (<c>../yaml/__init__.py</c>, <c>PKG-INFO</c>).</summary>
    public static ImmutableArray<string> ParseInstalledFiles(string text) => NonBlankLines(text);

    private static ImmutableArray<string> NonBlankLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ImmutableArray.CreateBuilder<string>();
        var position = 0;
        while (TextLines.Next(text, ref position, out var start, out var end))
        {
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0) lines.Add(line.ToString());
        }
        return lines.ToImmutable();
    }
}
