using System.Collections.Frozen;

namespace VenvLsp.Rules.Build;

/// <summary>An option of <c>pip install</c> (its own and pip's general options).</summary>
public sealed record PipInstallOption(string LongName, bool TakesValue);

/// <summary>
/// The options <c>pip install</c> accepts, in pip 23 to 25 together (an option any of them knows is
/// not reported), matched as pip's optparse matches them: an exact long name, else any unambiguous
/// prefix (<c>--require-virt</c>, <c>--no-cache</c>); short options may be grouped (<c>-qU</c>) and take a
/// glued value (<c>-rfile</c>).
/// </summary>
public static class PipInstallOptions
{
    private static readonly (string Name, bool Value, string Short)[] Table =
    [
        ("--abi", true, ""), ("--break-system-packages", false, ""), ("--cache-dir", true, ""), ("--cert", true, ""),
        ("--check-build-dependencies", false, ""), ("--client-cert", true, ""), ("--compile", false, ""),
        ("--config-settings", true, "C"), ("--constraint", true, "c"), ("--debug", false, ""), ("--default-timeout", true, ""),
        ("--disable-pip-version-check", false, ""), ("--dry-run", false, ""), ("--editable", true, "e"), ("--exists-action", true, ""),
        ("--extra-index-url", true, ""), ("--find-links", true, "f"), ("--force-reinstall", false, ""), ("--global-option", true, ""),
        ("--group", true, ""), ("--help", false, "h"), ("--ignore-installed", false, "I"), ("--ignore-requires-python", false, ""),
        ("--implementation", true, ""), ("--index-url", true, "i"), ("--isolated", false, ""), ("--keyring-provider", true, ""),
        ("--local-log", true, ""), ("--log", true, ""), ("--log-file", true, ""), ("--no-binary", true, ""), ("--no-build-isolation", false, ""),
        ("--no-cache-dir", false, ""), ("--no-clean", false, ""), ("--no-color", false, ""), ("--no-compile", false, ""),
        ("--no-dependencies", false, ""), ("--no-deps", false, ""), ("--no-index", false, ""), ("--no-input", false, ""),
        ("--no-python-version-warning", false, ""), ("--no-use-pep517", false, ""), ("--no-user", false, ""),
        ("--no-warn-conflicts", false, ""), ("--no-warn-script-location", false, ""), ("--only-binary", true, ""),
        ("--platform", true, ""), ("--pre", false, ""), ("--prefer-binary", false, ""), ("--prefix", true, ""),
        ("--progress-bar", true, ""), ("--proxy", true, ""), ("--pypi-url", true, ""), ("--python", true, ""),
        ("--python-version", true, ""), ("--quiet", false, "q"), ("--report", true, ""), ("--require-hashes", false, ""),
        ("--require-venv", false, ""), ("--require-virtualenv", false, ""), ("--requirement", true, "r"), ("--resume-retries", true, ""),
        ("--retries", true, ""), ("--root", true, ""), ("--root-user-action", true, ""), ("--source", true, ""), ("--source-dir", true, ""),
        ("--source-directory", true, ""), ("--src", true, ""), ("--target", true, "t"), ("--timeout", true, ""),
        ("--trusted-host", true, ""), ("--upgrade", false, "U"), ("--upgrade-strategy", true, ""), ("--use-deprecated", true, ""),
        ("--use-feature", true, ""), ("--use-pep517", false, ""), ("--user", false, ""), ("--verbose", false, "v"), ("--version", false, "V"),
    ];

    public static readonly IReadOnlyList<PipInstallOption> All = Table.Select(t => new PipInstallOption(t.Name, t.Value)).ToList();

    private static readonly FrozenDictionary<char, PipInstallOption> Short =
        Table.Where(t => t.Short.Length > 0).ToFrozenDictionary(t => t.Short[0], t => new PipInstallOption(t.Name, t.Value));

    /// <summary>Two names, one option.</summary>
    public static string Canonical(string longName) => longName switch
    {
        "--require-venv" => "--require-virtualenv",
        "--no-deps" => "--no-dependencies",
        "--src" or "--source" or "--source-directory" => "--source-dir",
        _ => longName,
    };

    public static PipInstallOption? FindShort(char letter) => Short.GetValueOrDefault(letter);

    /// <summary>Resolves a long option (the part before '='): exact, else the one option it is a prefix of.
    /// <paramref name="candidates"/> lists the options when it is ambiguous.</summary>
    public static PipInstallOption? FindLong(string name, out IReadOnlyList<PipInstallOption> candidates)
    {
        candidates = [];
        var exact = All.FirstOrDefault(o => o.LongName == name);
        if (exact is not null) return exact;
        // optparse counts every long name, aliases too: "--require-v" is ambiguous between
        // --require-venv and --require-virtualenv, though both name one option.
        var matches = All.Where(o => o.LongName.StartsWith(name, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1) return matches[0];
        candidates = matches;
        return null;
    }
}
