using System.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>The naming conventions of the NCO standard, and the name a file should have instead.</summary>
public static class ScriptNames
{
    /// <summary><c>J[A-Z0-9_]+</c>, no extension.</summary>
    public static bool IsJJobName(string name) =>
        name.Length > 1 && name[0] == 'J' && !name.AsSpan(1).ContainsAnyExcept(JJobChars);

    /// <summary><c>ex[a-z0-9_]+</c> with <c>.sh</c>, <c>.py</c> or <c>.pl</c>.</summary>
    public static bool IsExScriptName(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0 || !IsExScriptExtension(name[(dot + 1)..])) return false;
        var stem = name[..dot];
        return stem.Length > 2 && stem.StartsWith("ex", StringComparison.Ordinal) && IsLowerWord(stem.AsSpan(2));
    }

    public static bool IsExScriptExtension(string extension) => extension is "sh" or "py" or "pl";

    /// <summary>The extension of a name (without the dot), or null when it has none. A leading dot is not one.</summary>
    public static string? ExtensionOf(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 || dot == name.Length - 1 ? null : name[(dot + 1)..];
    }

    /// <summary>The name before the first dot.</summary>
    public static string StemOf(string name)
    {
        var dot = name.IndexOf('.', 1);
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>A J-job name made from <paramref name="name"/>: capitals, other characters to <c>_</c>, a leading
    /// <c>J</c>, no extension (<c>jaigfs-forecast.sh</c> becomes <c>JAIGFS_FORECAST</c>).</summary>
    public static string SuggestJJob(string name)
    {
        var word = Clean(StemOf(name).ToUpperInvariant());
        return word.StartsWith('J') ? word : "J" + word;
    }

    /// <summary>An ex-script name made from <paramref name="name"/>: lowercase, other characters to <c>_</c>, a
    /// leading <c>ex</c>, and the extension of its language (<c>exAIGFS-post.ksh</c> becomes <c>exaigfs_post.sh</c>).</summary>
    public static string SuggestExScript(string name, ScriptLanguage language)
    {
        var stem = Clean(StemOf(name).ToLowerInvariant());
        if (!stem.StartsWith("ex", StringComparison.Ordinal)) stem = "ex" + stem;
        var extension = language switch
        {
            ScriptLanguage.Python => "py",
            ScriptLanguage.Perl => "pl",
            _ => "sh",
        };
        return stem + "." + extension;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExcept(LowerWordChars);

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return builder.ToString().Trim('_') is { Length: > 0 } cleaned ? cleaned : "NAME";
    }

    private static readonly System.Buffers.SearchValues<char> JJobChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static readonly System.Buffers.SearchValues<char> LowerWordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");
}
