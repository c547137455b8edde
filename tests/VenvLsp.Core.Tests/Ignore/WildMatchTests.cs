using VenvLsp.Ignore;

namespace VenvLsp.Tests.Ignore;

public class WildMatchTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", "bar", false)]
    [InlineData("", "", true)]
    [InlineData("???", "foo", true)]
    [InlineData("??", "foo", false)]
    [InlineData("*", "foo", true)]
    [InlineData("f*", "foo", true)]
    [InlineData("*f", "foo", false)]
    [InlineData("*foo*", "foo", true)]
    [InlineData("*ob*a*r*", "foobar", true)]
    [InlineData("*ab", "aaaaaaabababab", true)]
    [InlineData("foo\\*", "foo*", true)]
    [InlineData("foo\\*bar", "foobar", false)]
    [InlineData("f\\\\oo", "f\\oo", true)]
    [InlineData("\\a", "a", true)]
    [InlineData("a\\", "a\\", false)]
    [InlineData("*[al]?", "ball", true)]
    [InlineData("[ten]", "ten", false)]
    [InlineData("t[a-g]n", "ten", true)]
    [InlineData("t[!a-g]n", "ten", false)]
    [InlineData("t[!a-g]n", "ton", true)]
    [InlineData("t[^a-g]n", "ton", true)]
    [InlineData("a[]]b", "a]b", true)]
    [InlineData("a[]-]b", "a-b", true)]
    [InlineData("a[]-]b", "a]b", true)]
    [InlineData("a[]-]b", "aab", false)]
    [InlineData("a[]a-]b", "aab", true)]
    [InlineData("]", "]", true)]
    [InlineData("[a-]s", "-s", true)]
    [InlineData("[-a]s", "-s", true)]
    [InlineData("[\\]]", "]", true)]
    [InlineData("[\\\\-_]", "]", true)]
    [InlineData("[\\-_]", "]", false)]
    [InlineData("[\\-_]", "-", true)]
    [InlineData("[!]]", "a", true)]
    [InlineData("[!]]", "]", false)]
    [InlineData("[a-c", "b", false)]
    [InlineData("[", "[", false)]
    [InlineData("[[:digit:]]v", "1v", true)]
    [InlineData("[[:alpha:]]v", "1v", false)]
    [InlineData("[[:alpha:][:digit:]]", "5", true)]
    [InlineData("[[:upper:]]", "a", false)]
    [InlineData("[[:xdigit:]]", "f", true)]
    [InlineData("[[:space:]]", " ", true)]
    [InlineData("[[:bogus:]]", "a", false)]
    [InlineData("[[:digit]]", "[", false)]
    [InlineData("[[:]]", ":", false)]
    public void Matches_single_segments_like_git(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildMatch.IsMatch(pattern, text, pathname: true));

    [Theory]
    [InlineData("foo/*", "foo/test.json", true)]
    [InlineData("foo/*", "foo/bar", true)]
    [InlineData("foo/*", "foo/bar/hello.c", false)]
    [InlineData("*/*", "a/b/c", false)]
    [InlineData("*/*/*", "a/b/c", true)]
    [InlineData("a/*/c", "a/b/c", true)]
    [InlineData("a/*/c", "a/b/x/c", false)]
    [InlineData("?", "/", false)]
    [InlineData("[/]", "/", false)]
    [InlineData("[!a]", "/", false)]
    [InlineData("foo*bar", "foo/bar", false)]
    [InlineData("foo**bar", "foo/bar", false)]
    [InlineData("a**b", "aXYb", true)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("**/foo", "foo", true)]
    [InlineData("**/foo", "a/b/foo", true)]
    [InlineData("**/foo", "a/b/foox", false)]
    [InlineData("**/foo/bar", "x/foo/bar", true)]
    [InlineData("**/foo/bar", "foo/x/bar", false)]
    [InlineData("abc/**", "abc/x", true)]
    [InlineData("abc/**", "abc/x/y", true)]
    [InlineData("abc/**", "abc", false)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/xb", false)]
    [InlineData("a/**/b", "ab", false)]
    [InlineData("**/*.txt", "doc/a/b.txt", true)]
    [InlineData("doc/**/*.txt", "doc/server/arch.txt", true)]
    [InlineData("doc/*.txt", "doc/server/arch.txt", false)]
    [InlineData("a/**\\/b", "a/x/b", true)]
    [InlineData("XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/m/70/iso8859/1", true)]
    [InlineData("XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/X/70/iso8859/1", false)]
    [InlineData("**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txt", true)]
    [InlineData("**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txtz", false)]
    public void Keeps_stars_inside_path_segments_except_for_double_stars(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildMatch.IsMatch(pattern, text, pathname: true));

    [Theory]
    [InlineData("foo*bar", "foo/bar", true)]
    [InlineData("?", "/", true)]
    [InlineData("*", "a/b", true)]
    public void Lets_stars_cross_slashes_without_pathname(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildMatch.IsMatch(pattern, text, pathname: false));

    [Fact]
    public void Stays_fast_on_patterns_full_of_stars()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 30)) + "*b";
        var text = new string('a', 5000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(WildMatch.IsMatch(pattern, text, pathname: true));
        Assert.False(WildMatch.IsMatch("**/" + pattern, string.Join('/', Enumerable.Repeat(new string('a', 50), 100)), pathname: true));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("foo\\", "ends in a backslash")]
    [InlineData("[abc", "unclosed '['")]
    [InlineData("x[!]", "unclosed '['")]
    [InlineData("[[:alpha:]", "unclosed '['")]
    public void Names_the_defect_of_a_pattern_that_never_matches(string pattern, string defect) =>
        Assert.Equal($"{(defect.StartsWith("ends") ? "" : "has an ")}{defect}", WildMatch.FindDefect(pattern));

    [Theory]
    [InlineData("foo\\\\")]
    [InlineData("[]]")]
    [InlineData("[[:alpha:]]")]
    [InlineData("\\[")]
    [InlineData("venv/")]
    public void Finds_no_defect_in_a_pattern_that_can_match(string pattern) => Assert.Null(WildMatch.FindDefect(pattern));
}
