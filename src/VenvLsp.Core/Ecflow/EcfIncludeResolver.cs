namespace VenvLsp.Ecflow;

/// <summary>
/// Finds the file an include names, following ecFlow's search rules as far as a checker without a running suite can.
/// </summary>
/// <remarks>
/// <para>ecFlow's rules, and what is kept of them here (a checker has no <c>ECF_HOME</c>, <c>SUITE</c> or
/// <c>FAMILY</c>, and never guesses):</para>
/// <list type="bullet">
/// <item><c>&lt;f&gt;</c>: each folder of <c>ECF_INCLUDE</c> in order, then <c>ECF_HOME</c>. Here: each of the given
/// include folders in order (the package's <c>ecf/include/</c>, then configured ones); the first that holds the file
/// wins. The <c>ECF_HOME</c> fallback is unknown, so a miss is null.</item>
/// <item><c>"./f"</c> and <c>"../f"</c>: relative to the folder of the job card. Kept as is.</item>
/// <item><c>"f"</c>: <c>ECF_HOME/SUITE/FAMILY/f</c>, which only the suite knows: null.</item>
/// <item><c>f</c> (plain, relative): relative to the ecFlow server's working directory, which only the server
/// knows: null.</item>
/// <item>An absolute path in any form (<c>/x.h</c>, <c>&lt;/x.h&gt;</c>, <c>"/x.h"</c>): the path itself.</item>
/// </list>
/// <para>A name holding an ecFlow variable (<c>%ECF_HOME%</c>), a shell variable (<c>$HOME</c>, <c>${X}</c>) or a
/// leading <c>~</c> is unresolvable: null. Paths are joined with <c>/</c> and <c>.</c>/<c>..</c> segments are
/// resolved lexically. The result is returned only when <c>fileExists</c> says the file is there.</para>
/// </remarks>
public static class EcfIncludeResolver
{
    /// <summary>Resolves an include to an existing file, or null when ecFlow's rules cannot be followed or find nothing.</summary>
    /// <param name="includingFilePath">The path of the job card (or include file) holding the directive.</param>
    /// <param name="include">The directive, from <see cref="EcfParser"/>.</param>
    /// <param name="includeFolders">Folders searched for <c>&lt;f&gt;</c>, in order.</param>
    /// <param name="fileExists">Tells whether a file exists; the only way this function touches the file system.</param>
    public static string? Resolve(string includingFilePath, EcfInclude include, IReadOnlyList<string> includeFolders, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(includingFilePath);
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(includeFolders);
        ArgumentNullException.ThrowIfNull(fileExists);

        var target = include.Target;
        if (target.Length == 0 || include.HasVariables || HasShellVariable(target) || target[0] == '~') return null;

        if (target[0] == '/') return Existing(Normalize(target), fileExists);

        switch (include.Form)
        {
            case EcfIncludeForm.AngleBrackets:
                foreach (var folder in includeFolders)
                {
                    if (string.IsNullOrEmpty(folder)) continue;
                    var candidate = Existing(Join(folder, target), fileExists);
                    if (candidate is not null) return candidate;
                }
                return null;

            case EcfIncludeForm.Quoted when target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal):
                var slash = includingFilePath.LastIndexOf('/');
                var folderOfCard = slash < 0 ? "." : slash == 0 ? "/" : includingFilePath[..slash];
                return Existing(Join(folderOfCard, target), fileExists);

            default:
                return null;
        }
    }

    /// <summary>True when the text holds a shell expansion: <c>$</c> followed by a name, a digit, <c>{</c> or <c>(</c>.</summary>
    public static bool HasShellVariable(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('$'); i >= 0 && i + 1 < text.Length; i = NextDollar(text, i))
        {
            var next = text[i + 1];
            if (char.IsAsciiLetterOrDigit(next) || next is '_' or '{' or '(') return true;
        }
        return false;
    }

    private static int NextDollar(ReadOnlySpan<char> text, int previous)
    {
        var found = text[(previous + 1)..].IndexOf('$');
        return found < 0 ? -1 : previous + 1 + found;
    }

    private static string? Existing(string path, Func<string, bool> fileExists) => fileExists(path) ? path : null;

    private static string Join(string folder, string relative) =>
        Normalize(folder.EndsWith('/') ? folder + relative : folder + "/" + relative);

    /// <summary>Resolves <c>.</c> and <c>..</c> and doubled slashes without touching the file system.</summary>
    internal static string Normalize(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part == ".." && rooted) continue;
            else parts.Add(part);
        }
        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }
}
