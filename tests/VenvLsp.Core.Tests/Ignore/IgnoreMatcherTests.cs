using VenvLsp.Ignore;

namespace VenvLsp.Tests.Ignore;

public class IgnoreMatcherTests
{
    private static IgnoreMatcher Matcher(params (string Directory, string Text)[] files) =>
        new(files.Select(f => GitIgnoreFile.Parse(f.Text, f.Directory)));

    [Theory]
    [InlineData("venv/", "venv", true, true)]
    [InlineData("venv/", "venv/bin/activate", false, true)]
    [InlineData("venv/", "venv", false, false)]
    [InlineData("venv/", "aigfs.v1.0.0/venv", true, true)]
    [InlineData("venv/", "aigfs.v1.0.0/venv/bin/activate", false, true)]
    [InlineData("venv", "venv", false, true)]
    [InlineData("venv", "venv/bin/activate", false, true)]
    [InlineData("/venv/", "venv/bin/activate", false, true)]
    [InlineData("/venv/", "aigfs.v1.0.0/venv/bin/activate", false, false)]
    [InlineData("venv/**", "venv/bin/activate", false, true)]
    [InlineData("venv/**", "venv", true, false)]
    [InlineData("venv/*", "venv/bin", true, true)]
    [InlineData("venv*/", "venv2/lib/x.py", false, true)]
    [InlineData("**/venv/", "a/b/venv/pyvenv.cfg", false, true)]
    [InlineData("*/venv/", "aigfs.v1.0.0/venv/pyvenv.cfg", false, true)]
    [InlineData("*/venv/", "a/b/venv/pyvenv.cfg", false, false)]
    [InlineData("venvs/", "venv/bin/activate", false, false)]
    [InlineData("# venv/", "venv/bin/activate", false, false)]
    [InlineData("venv/\\", "venv/bin/activate", false, false)]
    public void Answers_for_the_venv_and_the_files_inside_it(string gitignore, string path, bool isDirectory, bool ignored) =>
        Assert.Equal(ignored, Matcher(("", gitignore)).IsIgnored(path, isDirectory));

    [Fact]
    public void Does_not_re_include_a_path_inside_an_excluded_directory()
    {
        var matcher = Matcher(("", "venv/\n!venv/bin/activate\n"));
        var decision = matcher.Check("venv/bin/activate", isDirectory: false);

        Assert.True(decision.IsIgnored);
        Assert.True(decision.IsInsideIgnoredDirectory);
        Assert.Equal("venv", decision.MatchedPath);
        Assert.Equal("venv/", decision.Pattern!.Text);
        Assert.Equal(1, decision.Pattern.LineNumber);
        Assert.Equal("venv/bin/activate: ignored, because its directory venv is ignored by .gitignore:1 'venv/'", decision.ToString());
    }

    [Fact]
    public void Re_includes_when_the_directory_itself_is_not_excluded()
    {
        var matcher = Matcher(("", "venv/*\n!venv/bin/\n"));
        Assert.False(matcher.IsIgnored("venv", true));
        Assert.False(matcher.IsIgnored("venv/bin", true));
        Assert.False(matcher.IsIgnored("venv/bin/activate", false));
        Assert.True(matcher.IsIgnored("venv/lib", true));
        Assert.True(matcher.IsIgnored("venv/lib/python3.12/site.py", false));
    }

    [Theory]
    [InlineData("hello.txt", true)]
    [InlineData("a/hello.java", true)]
    [InlineData("hello", false)]
    public void Matches_a_name_at_any_depth_without_a_slash(string path, bool ignored) =>
        Assert.Equal(ignored, Matcher(("", "hello.*")).IsIgnored(path, false));

    [Theory]
    [InlineData("hello.txt", true)]
    [InlineData("hello.c", true)]
    [InlineData("a/hello.java", false)]
    public void Anchors_a_pattern_with_a_leading_slash(string path, bool ignored) =>
        Assert.Equal(ignored, Matcher(("", "/hello.*")).IsIgnored(path, false));

    [Theory]
    [InlineData("doc/frotz")]
    [InlineData("/doc/frotz")]
    public void Treats_a_middle_slash_like_a_leading_one(string pattern)
    {
        var matcher = Matcher(("", pattern));
        Assert.True(matcher.IsIgnored("doc/frotz", true));
        Assert.False(matcher.IsIgnored("a/doc/frotz", true));
    }

    [Fact]
    public void Matches_a_trailing_slash_pattern_only_against_directories()
    {
        var matcher = Matcher(("", "frotz/"));
        Assert.True(matcher.IsIgnored("frotz", true));
        Assert.True(matcher.IsIgnored("a/frotz", true));
        Assert.False(matcher.IsIgnored("a/frotz", false));
        Assert.True(matcher.IsIgnored("frotz/", false)); // a trailing slash in the question means a directory
    }

    [Fact]
    public void Ignores_what_is_below_a_directory_that_a_single_star_matches()
    {
        var file = GitIgnoreFile.Parse("foo/*", "");
        var matcher = new IgnoreMatcher(new[] { file });
        Assert.True(matcher.IsIgnored("foo/test.json", false));
        Assert.True(matcher.IsIgnored("foo/bar", true));
        // The pattern itself does not match foo/bar/hello.c, but git never looks inside the ignored foo/bar.
        Assert.False(file.Patterns[0].Matches("foo/bar/hello.c", false));
        var decision = matcher.Check("foo/bar/hello.c", false);
        Assert.True(decision.IsIgnored);
        Assert.Equal("foo/bar", decision.MatchedPath);
    }

    [Fact]
    public void Follows_the_documentation_example_with_an_exclude_file_and_a_nested_gitignore()
    {
        var matcher = new IgnoreMatcher(new[]
        {
            GitIgnoreFile.Parse("# ignore objects and archives, anywhere in the tree.\n*.[oa]\n", "", ".git/info/exclude"),
            GitIgnoreFile.Parse("# ignore generated html files,\n*.html\n# except foo.html which is maintained by hand\n!foo.html\n", "Documentation"),
        });

        Assert.False(matcher.IsIgnored("Documentation/foo.html", false));
        Assert.True(matcher.IsIgnored("Documentation/gitignore.html", false));
        Assert.True(matcher.IsIgnored("file.o", false));
        Assert.True(matcher.IsIgnored("lib.a", false));
        Assert.True(matcher.IsIgnored("src/internal.o", false));
        Assert.False(matcher.IsIgnored("foo.html", false));

        var decision = matcher.Check("Documentation/foo.html", false);
        Assert.Equal("Documentation/.gitignore", decision.File!.Path);
        Assert.Equal(4, decision.Pattern!.LineNumber);
        Assert.Equal("Documentation/foo.html: not ignored by Documentation/.gitignore:4 '!foo.html'", decision.ToString());
        Assert.Equal(".git/info/exclude", matcher.Check("lib.a", false).File!.Path);
    }

    [Fact]
    public void Lets_a_deeper_file_re_include_what_a_shallower_one_ignores()
    {
        var matcher = Matcher(("", "vmlinux*"), ("arch/foo/kernel", "!/vmlinux*"));
        Assert.False(matcher.IsIgnored("arch/foo/kernel/vmlinux.lds.S", false));
        Assert.True(matcher.IsIgnored("arch/foo/vmlinux.lds.S", false));
        Assert.True(matcher.IsIgnored("arch/foo/kernel/sub/vmlinux.x", false));
    }

    [Theory]
    [InlineData("foo", true, false)]
    [InlineData("foo/bar", true, false)]
    [InlineData("foo/bar/x", false, false)]
    [InlineData("foo/baz", true, true)]
    [InlineData("foo/baz/y", false, true)]
    [InlineData("top", false, true)]
    [InlineData("top/deep/file", false, true)]
    public void Excludes_everything_except_one_directory_as_documented(string path, bool isDirectory, bool ignored) =>
        Assert.Equal(ignored, Matcher(("", "# exclude everything except directory foo/bar\n/*\n!/foo\n/foo/*\n!/foo/bar\n")).IsIgnored(path, isDirectory));

    [Fact]
    public void Lets_the_later_line_win_within_a_file()
    {
        Assert.True(Matcher(("", "*.txt\n!a.txt\na.txt\n")).IsIgnored("a.txt", false));
        Assert.False(Matcher(("", "a.txt\n*.txt\n!a.txt\n")).IsIgnored("a.txt", false));
    }

    [Fact]
    public void Lets_a_deeper_file_override_even_an_earlier_given_one()
    {
        var matcher = new IgnoreMatcher(new[] { GitIgnoreFile.Parse("!*.log", "sub"), GitIgnoreFile.Parse("*.log", "") });
        Assert.False(matcher.IsIgnored("sub/x.log", false));
        Assert.True(matcher.IsIgnored("x.log", false));
        Assert.True(matcher.IsIgnored("other/x.log", false));
    }

    [Fact]
    public void Lets_a_later_file_for_the_same_directory_override_an_earlier_one()
    {
        var matcher = Matcher(("", "*.log"), ("", "!keep.log"));
        Assert.False(matcher.IsIgnored("keep.log", false));
        Assert.True(matcher.IsIgnored("other.log", false));
    }

    [Fact]
    public void Never_reads_a_gitignore_inside_an_ignored_directory()
    {
        var matcher = Matcher(("", "build/"), ("build", "!x\n"));
        Assert.True(matcher.IsIgnored("build/x", false));
    }

    [Fact]
    public void Does_not_apply_a_gitignore_to_its_own_directory()
    {
        var matcher = Matcher(("venv", "venv\n*\n"));
        Assert.False(matcher.IsIgnored("venv", true));
        Assert.True(matcher.IsIgnored("venv/lib", true));
    }

    [Theory]
    [InlineData("venv/bin/activate")]
    [InlineData("./venv/bin/activate")]
    [InlineData("/venv/bin/activate")]
    [InlineData("venv//bin/activate")]
    [InlineData("venv/./bin/activate")]
    public void Normalizes_the_path_it_is_asked_about(string path)
    {
        var decision = Matcher(("", "venv/")).Check(path, false);
        Assert.True(decision.IsIgnored);
        Assert.Equal("venv/bin/activate", decision.Path);
    }

    [Fact]
    public void Does_not_ignore_the_repository_root_or_anything_without_patterns()
    {
        var matcher = Matcher();
        Assert.False(matcher.IsIgnored("", true));
        var decision = matcher.Check("venv/bin/activate", false);
        Assert.False(decision.IsIgnored);
        Assert.Null(decision.Pattern);
        Assert.Equal("venv/bin/activate: not ignored (no pattern matches)", decision.ToString());
    }

    [Theory]
    [InlineData("#h", "\\#h", true)]
    [InlineData("!bang", "\\!bang", true)]
    [InlineData("bang", "\\!bang", false)]
    [InlineData("a b", "a\\ b", true)]
    [InlineData("trail ", "trail\\ ", true)]
    [InlineData("trail", "trail\\ ", false)]
    [InlineData("trail", "trail   ", true)]
    [InlineData("*star", "\\*star", true)]
    [InlineData("xstar", "\\*star", false)]
    public void Honours_escapes(string path, string pattern, bool ignored) =>
        Assert.Equal(ignored, Matcher(("", pattern)).IsIgnored(path, false));
}
