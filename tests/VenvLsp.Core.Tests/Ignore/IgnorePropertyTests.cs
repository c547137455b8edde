using CsCheck;
using VenvLsp.Ignore;

namespace VenvLsp.Tests.Ignore;

public class IgnorePropertyTests
{
    private static readonly string[] PatternFragments =
    {
        "*", "**", "?", "[", "]", "!", "^", "-", "a", "b", "/", "\\", " ", "#", ":", "[:alpha:]", "venv", ".", "\n", "\r\n",
        "\r", "\t", "\0", "\uD800", "é",
    };

    private static readonly Gen<string> GitIgnoreTexts = Gen.Frequency(
        (4, Gen.OneOfConst(PatternFragments).Array[0, 40].Select(parts => string.Concat(parts))),
        (2, Gen.Char.Array[0, 120].Select(chars => new string(chars))),
        (1, Gen.Int[1, 3000].Select(n => new string('*', n % 40) + "a" + new string('\\', n % 3))));

    private static readonly Gen<string> Paths = Gen.Frequency(
        (4, Gen.OneOfConst("a", "b", "venv", "/", ".", "ab", "[", "*", "é", "\0").Array[0, 20].Select(parts => string.Concat(parts))),
        (1, Gen.Char.Array[0, 60].Select(chars => new string(chars))));

    [Fact]
    public void Parsing_never_throws_and_keeps_spans_inside_the_text()
    {
        GitIgnoreTexts.Sample(text =>
        {
            var file = GitIgnoreFile.Parse(text, "");
            foreach (var pattern in file.Patterns)
            {
                Assert.True(pattern.Span.End <= text.Length);
                Assert.Equal(pattern.Text, text.Substring(pattern.Span.Start, pattern.Span.Length));
            }
            foreach (var error in file.Errors) Assert.True(error.Span.End <= text.Length);
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Matching_never_throws_on_any_pattern_and_path()
    {
        Gen.Select(GitIgnoreTexts, GitIgnoreTexts, Paths, Gen.Bool).Sample((root, nested, path, isDirectory) =>
        {
            var matcher = new IgnoreMatcher(new[] { GitIgnoreFile.Parse(root, ""), GitIgnoreFile.Parse(nested, "a") });
            var decision = matcher.Check(path, isDirectory);
            Assert.Equal(decision.IsIgnored, matcher.IsIgnored(path, isDirectory));
            Assert.Equal(decision.Pattern is null, decision.File is null);
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void A_path_inside_an_ignored_directory_is_always_ignored()
    {
        Gen.Select(GitIgnoreTexts, Gen.OneOfConst("a", "b", "venv", "ab").Array[1, 5]).Sample((text, segments) =>
        {
            var matcher = new IgnoreMatcher(new[] { GitIgnoreFile.Parse(text, "") });
            var directory = string.Join('/', segments);
            if (matcher.IsIgnored(directory, isDirectory: true))
            {
                Assert.True(matcher.IsIgnored(directory + "/x", isDirectory: false));
                Assert.True(matcher.IsIgnored(directory + "/x/y", isDirectory: true));
            }
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Shortcuts_agree_with_the_full_matcher()
    {
        var globs = Gen.OneOfConst("*", "?", "[a-b]", "\\*", "a", "b", ".", "/", "**", "ab").Array[0, 6].Select(parts => string.Concat(parts));
        var texts = Gen.OneOfConst("a", "b", ".", "/", "ab", "*").Array[0, 8].Select(parts => string.Concat(parts));
        Gen.Select(globs, texts, Gen.Bool).Sample((glob, text, pathname) =>
            Assert.Equal(WildMatch.IsMatch(glob, text, pathname), GlobShape.Of(glob).IsMatch(glob, text, pathname)),
            iter: 5000, threads: 1);
    }
}
