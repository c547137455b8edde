using System.Collections.Frozen;

namespace VenvLsp.Requirements;

/// <summary>Where pip lets an option stand in a requirements file.</summary>
public enum PipOptionScope
{
    /// <summary>Affects the whole install; on a requirement line pip ignores it.</summary>
    Global,
    /// <summary>Applies to the requirement on the same line (<c>--hash</c>, <c>--config-settings</c>).</summary>
    PerRequirement,
}

/// <summary>An option pip accepts in a requirements file.</summary>
public sealed record PipOption(string LongName, char? ShortName, bool TakesValue, PipOptionScope Scope)
{
    public bool IsNetwork => LongName is "--index-url" or "--extra-index-url" or "--trusted-host" or "--find-links";
}

/// <summary>
/// The options of pip's requirements-file parser (pip 23–25), matched the way Python's optparse
/// matches them: exact long names first, then any unambiguous prefix; short options take their value
/// glued on (<c>-rfile</c>) or from the next word.
/// </summary>
public static class PipOptions
{
    public static readonly IReadOnlyList<PipOption> All =
    [
        new("--index-url", 'i', true, PipOptionScope.Global),
        new("--extra-index-url", null, true, PipOptionScope.Global),
        new("--no-index", null, false, PipOptionScope.Global),
        new("--constraint", 'c', true, PipOptionScope.Global),
        new("--requirement", 'r', true, PipOptionScope.Global),
        new("--editable", 'e', true, PipOptionScope.Global),
        new("--find-links", 'f', true, PipOptionScope.Global),
        new("--no-binary", null, true, PipOptionScope.Global),
        new("--only-binary", null, true, PipOptionScope.Global),
        new("--prefer-binary", null, false, PipOptionScope.Global),
        new("--require-hashes", null, false, PipOptionScope.Global),
        new("--pre", null, false, PipOptionScope.Global),
        new("--trusted-host", null, true, PipOptionScope.Global),
        new("--use-feature", null, true, PipOptionScope.Global),
        new("--hash", null, true, PipOptionScope.PerRequirement),
        new("--config-settings", null, true, PipOptionScope.PerRequirement),
    ];

    /// <summary>Options older pips knew and current pip rejects, with what to say about them.</summary>
    public static readonly FrozenDictionary<string, string> Removed = new Dictionary<string, string>
    {
        ["--install-option"] = "--install-option was removed from pip (23.1); use --config-settings",
        ["--global-option"] = "--global-option is no longer supported by current pip; use --config-settings",
    }.ToFrozenDictionary();

    /// <summary>The hash algorithms pip accepts after <c>--hash=</c>.</summary>
    public static readonly IReadOnlyList<string> HashAlgorithms = ["sha256", "sha384", "sha512"];

    private static readonly FrozenDictionary<char, PipOption> ByShortName =
        All.Where(o => o.ShortName is not null).ToFrozenDictionary(o => o.ShortName!.Value);

    public static PipOption? FindShort(char name) => ByShortName.GetValueOrDefault(name);

    /// <summary>Resolves a long option as optparse does: exact match, else the only option the
    /// text is a prefix of. <paramref name="candidates"/> lists the options when it is ambiguous.</summary>
    public static PipOption? FindLong(string name, out IReadOnlyList<PipOption> candidates)
    {
        candidates = [];
        foreach (var option in All)
            if (option.LongName == name) return option;
        var matches = All.Where(o => o.LongName.StartsWith(name, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1) return matches[0];
        candidates = matches;
        return null;
    }
}
