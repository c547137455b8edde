using VenvLsp.Ignore;

namespace VenvLsp.Tests.Ignore;

public class GitIgnoreFileTests
{
    [Fact]
    public void Reads_patterns_with_their_flags_spans_and_git_line_numbers()
    {
        const string text = "# build output\n\nvenv/\n!keep.log\n/TODO\ndoc/*.txt\n**/cache\n";
        var file = GitIgnoreFile.Parse(text, "");

        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "venv/", "!keep.log", "/TODO", "doc/*.txt", "**/cache" }, file.Patterns.Select(p => p.Text));
        Assert.Equal(new[] { 3, 4, 5, 6, 7 }, file.Patterns.Select(p => p.LineNumber));
        Assert.Equal(new[] { "venv", "keep.log", "TODO", "doc/*.txt", "**/cache" }, file.Patterns.Select(p => p.Glob));
        Assert.Equal(new[] { false, true, false, false, false }, file.Patterns.Select(p => p.IsNegated));
        Assert.Equal(new[] { true, false, false, false, false }, file.Patterns.Select(p => p.IsDirectoryOnly));
        Assert.Equal(new[] { false, false, true, true, true }, file.Patterns.Select(p => p.IsAnchored));
        foreach (var pattern in file.Patterns)
            Assert.Equal(pattern.Text, text.Substring(pattern.Span.Start, pattern.Span.Length));
        Assert.Equal(".gitignore", file.Path);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n\n\n", 0)]
    [InlineData("# comment\n#venv/\n", 0)]
    [InlineData("   \n", 0)]
    [InlineData("\r\n", 0)]
    [InlineData(" # not a comment: a pattern", 1)]
    [InlineData("\\#hash", 1)]
    [InlineData("venv/", 1)]
    public void Skips_blank_lines_and_comments(string text, int patterns) =>
        Assert.Equal(patterns, GitIgnoreFile.Parse(text, "").Patterns.Length);

    [Theory]
    [InlineData("venv/   ", "venv/")]
    [InlineData("venv/\t", "venv/\t")]
    [InlineData("name\\ ", "name\\ ")]
    [InlineData("name\\  ", "name\\ ")]
    [InlineData("name \\ ", "name \\ ")]
    [InlineData("name \\", "name \\")]
    [InlineData("venv/\r", "venv/")]
    [InlineData("venv/  \r", "venv/")]
    [InlineData("a\rb", "a\rb")]
    [InlineData("\uFEFFvenv/", "venv/")]
    public void Trims_trailing_spaces_and_carriage_returns_as_git_does(string line, string pattern) =>
        Assert.Equal(pattern, Assert.Single(GitIgnoreFile.Parse(line, "").Patterns).Text);

    [Fact]
    public void Reads_crlf_files()
    {
        var file = GitIgnoreFile.Parse("venv/\r\n*.pyc\r\n", "");
        Assert.Equal(new[] { "venv", "*.pyc" }, file.Patterns.Select(p => p.Glob));
        Assert.Equal(new[] { 1, 2 }, file.Patterns.Select(p => p.LineNumber));
    }

    [Theory]
    [InlineData("\\!important!.txt", false, "\\!important!.txt")]
    [InlineData("!\\!x", true, "\\!x")]
    [InlineData("/venv/", false, "venv")]
    [InlineData("!/venv/", true, "venv")]
    [InlineData("a/b/", false, "a/b")]
    public void Strips_negation_leading_and_trailing_slashes_from_the_glob(string line, bool negated, string glob)
    {
        var pattern = Assert.Single(GitIgnoreFile.Parse(line, "").Patterns);
        Assert.Equal(negated, pattern.IsNegated);
        Assert.Equal(glob, pattern.Glob);
    }

    [Theory]
    [InlineData("foo\\", "ends in a backslash")]
    [InlineData("*.[ch", "unclosed '['")]
    public void Reports_patterns_that_can_never_match(string line, string message)
    {
        var file = GitIgnoreFile.Parse("ok\n" + line + "\n", "");
        var error = Assert.Single(file.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(3, error.Span.Start);
        Assert.Equal(2, file.Patterns.Length);
    }

    [Theory]
    [InlineData("", ".gitignore", "")]
    [InlineData("aigfs.v1.0.0", "aigfs.v1.0.0/.gitignore", "aigfs.v1.0.0")]
    [InlineData("./aigfs.v1.0.0/", "aigfs.v1.0.0/.gitignore", "aigfs.v1.0.0")]
    [InlineData("/", ".gitignore", "")]
    public void Normalizes_its_directory(string directory, string path, string normalized)
    {
        var file = GitIgnoreFile.Parse("x", directory);
        Assert.Equal(normalized, file.Directory);
        Assert.Equal(path, file.Path);
    }

    [Fact]
    public void Takes_a_path_for_messages()
    {
        Assert.Equal(".git/info/exclude", GitIgnoreFile.Parse("*.o", "", ".git/info/exclude").Path);
    }

    [Theory]
    [InlineData("aigfs/venv", true, "venv/")]
    [InlineData("aigfs/x.log", false, "*.log")]
    [InlineData("aigfs/keep.log", false, "!keep.log")]
    public void Finds_its_last_matching_pattern_for_a_path_below_it(string path, bool isDirectory, string expected)
    {
        var file = GitIgnoreFile.Parse("venv/\n*.log\n!keep.log\n", "aigfs");
        Assert.Equal(expected, file.Match(path, isDirectory)?.Text);
    }

    [Theory]
    [InlineData("venv")]
    [InlineData("other/venv")]
    [InlineData("aigfs")]
    [InlineData("aigfsx/venv")]
    public void Does_not_match_paths_outside_its_directory(string path) =>
        Assert.Null(GitIgnoreFile.Parse("venv\n", "aigfs").Match(path, true));
}
