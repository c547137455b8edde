using VenvLsp.Shell;

namespace VenvLsp.Rules.Build;

/// <summary>The options of a venv creation as the tool's argparse reads them (unambiguous prefixes allowed).</summary>
/// <param name="Symlinks">The word that asks for links (<c>--symlinks</c>), if any.</param>
/// <param name="Unrecognized">Options the tool rejects (it exits with "unrecognized arguments").</param>
public sealed record VenvOptions(bool Copies, Word? Symlinks, IReadOnlyList<Word> Unrecognized)
{
    private static readonly string[] VenvNames =
        ["--system-site-packages", "--symlinks", "--copies", "--clear", "--upgrade", "--without-pip", "--prompt", "--upgrade-deps", "--without-scm-ignore-files", "--help"];

    private static readonly string[] VirtualenvNames =
        ["--always-copy", "--copies", "--symlinks", "--symlink-app-data", "--clear", "--system-site-packages", "--python", "--prompt",
         "--no-pip", "--no-setuptools", "--no-wheel", "--pip", "--setuptools", "--wheel", "--no-download", "--download", "--seeder",
         "--activators", "--creator", "--app-data", "--reset-app-data", "--upgrade-embed-wheels", "--no-periodic-update", "--no-vcs-ignore",
         "--verbose", "--quiet", "--read-only-app-data", "--extra-search-dir", "--discovery", "--try-first-with", "--help", "--version", "--with-traceback"];

    public static VenvOptions Read(VenvCreation creation)
    {
        var names = creation.Tool == VenvTool.Venv ? VenvNames : VirtualenvNames;
        var copies = false;
        Word? symlinks = null;
        var unrecognized = new List<Word>();
        foreach (var (word, text) in creation.Options)
        {
            if (!word.IsStatic) continue;
            var name = text.Split('=')[0];
            var matches = names.Where(n => n.StartsWith(name, StringComparison.Ordinal)).ToList();
            var resolved = names.Contains(name) ? name : matches.Count == 1 ? matches[0] : null;
            switch (resolved)
            {
                case "--copies" or "--always-copy": copies = true; break;
                case "--symlinks": symlinks = word; break;
                case null: unrecognized.Add(word); break;
            }
        }
        return new VenvOptions(copies, symlinks, unrecognized);
    }

    /// <summary>True for an option written meaning "copies" that venv does not accept (<c>--always-copy</c>, <c>--copy</c>).</summary>
    public static bool LooksLikeCopies(string text) => text.Contains("cop", StringComparison.Ordinal);
}
