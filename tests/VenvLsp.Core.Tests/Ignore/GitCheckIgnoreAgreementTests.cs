using VenvLsp.Ignore;

namespace VenvLsp.Tests.Ignore;

/// <summary>
/// Answers recorded from <c>git check-ignore -v --non-matching --no-index</c> (git 2.39) on real trees with these
/// <c>.gitignore</c> files; the matcher must give the same answer for every path.
/// </summary>
public class GitCheckIgnoreAgreementTests
{
    private static readonly (string Path, bool IsDirectory)[] Paths =
    {
        ("venv", true),
        ("venv/bin", true),
        ("venv/bin/activate", false),
        ("venv/lib/python3.12/site.py", false),
        ("venv/pyvenv.cfg", false),
        ("aigfs.v1.0.0", true),
        ("aigfs.v1.0.0/venv", true),
        ("aigfs.v1.0.0/venv/bin/activate", false),
        ("aigfs.v1.0.0/x.pyc", false),
        ("aigfs.v1.0.0/a.keep", false),
        ("foo", true),
        ("foo/bar", true),
        ("foo/bar/x", false),
        ("foo/baz", true),
        ("foo/baz/y", false),
        ("top", false),
        ("x.log", false),
        ("sub/x.log", false),
        ("build", true),
        ("build/x", false),
        ("cache", true),
        ("deep/er/cache", true),
        ("a/b", false),
        ("a/x/y/b", false),
        ("logs", true),
        ("logs/old.txt", false),
        ("logs/keep", true),
        ("logs/keep/k.txt", false),
        ("lib.a", false),
        ("src", true),
        ("src/internal.o", false),
        ("xq", false),
        ("yq", false),
        ("]r", false),
        ("-s", false),
        ("as", false),
        ("bs", false),
        ("file1.txt", false),
        ("filex.txt", false),
        ("#h", false),
        ("!bang", false),
        ("bang", false),
        ("trail ", false),
        ("trail", false),
        ("sp", false),
        ("keep.tmp", false),
        ("a.tmp", false),
        ("doc/frotz", true),
        ("a/doc/frotz", true),
        ("foo/test.json", false),
        ("src/main.c", false),
        ("other", true),
        ("other/file", false),
    };

    /// <summary>Per scenario: the .gitignore files (directory, text) and the paths git said are ignored.</summary>
    private static readonly Dictionary<string, ((string Directory, string Text)[] Files, string[] Ignored)> Scenarios = new()
    {
        ["venv_dir"] = (new[] { ("", "venv/\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate" }),
        ["venv_plain"] = (new[] { ("", "venv\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate" }),
        ["venv_anchored"] = (new[] { ("", "/venv/\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg" }),
        ["venv_starstar"] = (new[] { ("", "venv/**\n") },
            new[] { "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg" }),
        ["venv_star_reinclude"] = (new[] { ("", "venv/*\n!venv/bin/\n") },
            new[] { "venv/lib/python3.12/site.py", "venv/pyvenv.cfg" }),
        ["venv_negated_file"] = (new[] { ("", "venv/\n!venv/bin/activate\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate" }),
        ["package_level"] = (new[] { ("", "*.pyc\n"), ("aigfs.v1.0.0", "venv/\n!*.keep\n") },
            new[] { "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate", "aigfs.v1.0.0/x.pyc" }),
        ["doc_example"] = (new[] { ("", "/*\n!/foo\n/foo/*\n!/foo/bar\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate", "aigfs.v1.0.0/x.pyc", "aigfs.v1.0.0/a.keep", "foo/baz", "foo/baz/y", "top", "x.log", "sub/x.log", "build", "build/x", "cache", "deep/er/cache", "a/b", "a/x/y/b", "logs", "logs/old.txt", "logs/keep", "logs/keep/k.txt", "lib.a", "src", "src/internal.o", "xq", "yq", "]r", "-s", "as", "bs", "file1.txt", "filex.txt", "#h", "!bang", "bang", "trail ", "trail", "sp", "keep.tmp", "a.tmp", "doc/frotz", "a/doc/frotz", "foo/test.json", "src/main.c", "other", "other/file" }),
        ["nested_override"] = (new[] { ("", "*.log\nbuild/\n"), ("sub", "!*.log\n"), ("build", "!x\n") },
            new[] { "x.log", "build", "build/x" }),
        ["double_star"] = (new[] { ("", "**/cache\na/**/b\nlogs/**\n!logs/keep/\n") },
            new[] { "cache", "deep/er/cache", "a/b", "a/x/y/b", "logs/old.txt", "logs/keep/k.txt" }),
        ["brackets"] = (new[] { ("", "*.[oa]\n[!x]q\n[]]r\n[a-]s\nfile[0-9].txt\n") },
            new[] { "lib.a", "src/internal.o", "yq", "]r", "-s", "as", "file1.txt" }),
        ["escapes"] = (new[] { ("", "\\#h\n\\!bang\ntrail\\ \nsp   \n") },
            new[] { "#h", "!bang", "trail ", "sp" }),
        ["crlf"] = (new[] { ("", "venv/\r\n*.tmp\r\n!keep.tmp\r\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate", "a.tmp" }),
        ["middle_slash"] = (new[] { ("", "doc/frotz\nfoo/*\n") },
            new[] { "foo/bar", "foo/bar/x", "foo/baz", "foo/baz/y", "doc/frotz", "foo/test.json" }),
        ["dironly_star"] = (new[] { ("", "*/\n!src/\n") },
            new[] { "venv", "venv/bin", "venv/bin/activate", "venv/lib/python3.12/site.py", "venv/pyvenv.cfg", "aigfs.v1.0.0", "aigfs.v1.0.0/venv", "aigfs.v1.0.0/venv/bin/activate", "aigfs.v1.0.0/x.pyc", "aigfs.v1.0.0/a.keep", "foo", "foo/bar", "foo/bar/x", "foo/baz", "foo/baz/y", "sub/x.log", "build", "build/x", "cache", "deep/er/cache", "a/b", "a/x/y/b", "logs", "logs/old.txt", "logs/keep", "logs/keep/k.txt", "doc/frotz", "a/doc/frotz", "foo/test.json", "other", "other/file" }),
    };

    public static TheoryData<string> ScenarioNames() => new(Scenarios.Keys);

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Agrees_with_git_check_ignore(string scenario)
    {
        var (files, ignored) = Scenarios[scenario];
        var matcher = new IgnoreMatcher(files.Select(f => GitIgnoreFile.Parse(f.Text, f.Directory)));
        var expected = ignored.ToHashSet();
        var disagreements = Paths
            .Where(p => matcher.IsIgnored(p.Path, p.IsDirectory) != expected.Contains(p.Path))
            .Select(p => $"{p.Path}: git says {(expected.Contains(p.Path) ? "ignored" : "not ignored")}")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.NotEmpty(ignored);
    }
}
