using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

public class WordTests
{
    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("'a b'", "a b")]
    [InlineData("\"a b\"", "a b")]
    [InlineData("a\\ b", "a b")]
    [InlineData("'a'\"b\"c", "abc")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\q\"", "a\\q")]
    [InlineData("\"\\$x\"", "$x")]
    [InlineData("\\$x", "$x")]
    [InlineData("'$x'", "$x")]
    [InlineData("a#b", "a#b")]
    [InlineData("$'a\\tb'", "a\tb")]
    [InlineData("$'\\x41\\101\\u00e9\\n'", "AAé\n")]
    [InlineData("$'it\\'s'", "it's")]
    [InlineData("~/venv", "~/venv")]
    [InlineData("*.sh", "*.sh")]
    [InlineData("{a,b}", "{a,b}")]
    [InlineData("%HOMEaigfs%/venv", "%HOMEaigfs%/venv")]
    [InlineData("a$", "a$")]
    [InlineData("pip\\\ninstall", "pipinstall")]
    [InlineData("\"a\\\nb\"", "ab")]
    [InlineData("''", "")]
    [InlineData("--require-virtualenv=yes", "--require-virtualenv=yes")]
    public void Static_value_removes_quotes_and_resolves_escapes(string word, string expected)
    {
        Assert.True(EchoArgument(word).TryGetStaticValue(out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("$x")]
    [InlineData("\"${x}\"")]
    [InlineData("a$(b)")]
    [InlineData("`b`")]
    [InlineData("$((1+2))")]
    [InlineData("<(ls)")]
    [InlineData("\"$HOME\"/venv")]
    public void Words_with_expansions_have_no_static_value(string word)
    {
        var parsed = EchoArgument(word);
        Assert.False(parsed.TryGetStaticValue(out _));
        Assert.Null(parsed.StaticValue);
        Assert.True(parsed.HasExpansion);
    }

    [Theory]
    [InlineData("\"$HOMEaigfs\"/venv/bin/activate", "${HOMEaigfs}/venv/bin/activate")]
    [InlineData("${HOMEaigfs}/venv/bin/activate", "${HOMEaigfs}/venv/bin/activate")]
    [InlineData("$HOMEaigfs/venv/bin/activate", "${HOMEaigfs}/venv/bin/activate")]
    [InlineData("\"${HOMEaigfs}/venv/bin/activate\"", "${HOMEaigfs}/venv/bin/activate")]
    [InlineData("python/${python_ver:?}", "python/${python_ver:?}")]
    [InlineData("${x:-a b}", "${x:-a b}")]
    [InlineData("${x:-\"a b\"}", "${x:-a b}")]
    [InlineData("${#x}", "${#x}")]
    [InlineData("${!x}", "${!x}")]
    [InlineData("${x//a/b}", "${x//a/b}")]
    [InlineData("${a[0]}", "${a[0]}")]
    [InlineData("${a[$i]}", "${a[${i}]}")]
    [InlineData("$1", "${1}")]
    [InlineData("$@", "${@}")]
    [InlineData("\"$@\"", "${@}")]
    [InlineData("$?", "${?}")]
    [InlineData("$$", "${$}")]
    [InlineData("\"$(date +%Y)\"", "$(date +%Y)")]
    [InlineData("`date`", "$(date)")]
    [InlineData("$(( 1 + 2 ))", "$((1 + 2))")]
    [InlineData("'$x'", "$x")]
    public void Normalized_rendering_shows_expansions_in_braces_and_drops_quotes(string word, string expected)
    {
        Assert.Equal(expected, EchoArgument(word).Normalized);
    }

    [Theory]
    [InlineData("$x", "x", false, ParameterPrefix.None, null, null)]
    [InlineData("${x}", "x", true, ParameterPrefix.None, null, null)]
    [InlineData("${x:-d}", "x", true, ParameterPrefix.None, ":-", "d")]
    [InlineData("${x-d}", "x", true, ParameterPrefix.None, "-", "d")]
    [InlineData("${x:=d}", "x", true, ParameterPrefix.None, ":=", "d")]
    [InlineData("${x:?}", "x", true, ParameterPrefix.None, ":?", "")]
    [InlineData("${x:?must be set}", "x", true, ParameterPrefix.None, ":?", "must be set")]
    [InlineData("${x:+alt}", "x", true, ParameterPrefix.None, ":+", "alt")]
    [InlineData("${#x}", "x", true, ParameterPrefix.Length, null, null)]
    [InlineData("${!x}", "x", true, ParameterPrefix.Indirect, null, null)]
    [InlineData("${x//a/b}", "x", true, ParameterPrefix.None, "//", "a/b")]
    [InlineData("${x/#a/b}", "x", true, ParameterPrefix.None, "/#", "a/b")]
    [InlineData("${x#*/}", "x", true, ParameterPrefix.None, "#", "*/")]
    [InlineData("${x##*/}", "x", true, ParameterPrefix.None, "##", "*/")]
    [InlineData("${x%.*}", "x", true, ParameterPrefix.None, "%", ".*")]
    [InlineData("${x%%.*}", "x", true, ParameterPrefix.None, "%%", ".*")]
    [InlineData("${x:1:2}", "x", true, ParameterPrefix.None, ":", "1:2")]
    [InlineData("${x,,}", "x", true, ParameterPrefix.None, ",,", "")]
    [InlineData("${x^^}", "x", true, ParameterPrefix.None, "^^", "")]
    [InlineData("${x@Q}", "x", true, ParameterPrefix.None, "@", "Q")]
    [InlineData("$1", "1", false, ParameterPrefix.None, null, null)]
    [InlineData("${10}", "10", true, ParameterPrefix.None, null, null)]
    [InlineData("$#", "#", false, ParameterPrefix.None, null, null)]
    [InlineData("${#}", "#", true, ParameterPrefix.None, null, null)]
    [InlineData("${#@}", "@", true, ParameterPrefix.Length, null, null)]
    [InlineData("$!", "!", false, ParameterPrefix.None, null, null)]
    [InlineData("$-", "-", false, ParameterPrefix.None, null, null)]
    [InlineData("$0", "0", false, ParameterPrefix.None, null, null)]
    public void Reads_parameter_expansions(string text, string name, bool braced, ParameterPrefix prefix, string? op, string? argument)
    {
        var part = Assert.IsType<ParameterExpansionPart>(Assert.Single(EchoArgument(text).Parts));
        Assert.Equal(name, part.Name);
        Assert.Equal(braced, part.IsBraced);
        Assert.Equal(prefix, part.Prefix);
        Assert.Equal(op, part.Operator);
        Assert.Equal(argument, part.Argument?.Normalized);
    }

    [Fact]
    public void Reads_an_array_subscript_in_an_expansion()
    {
        var part = Assert.IsType<ParameterExpansionPart>(Assert.Single(EchoArgument("${BASH_SOURCE[0]}").Parts));
        Assert.Equal("BASH_SOURCE", part.Name);
        Assert.Equal("0", part.Subscript!.StaticValue);
    }

    [Fact]
    public void Splits_a_word_into_parts_that_tile_its_span()
    {
        var word = EchoArgument("pre'sq'\"dq$x\"$'ac'${y}$(z)`w`$((1))post");
        Assert.Collection(word.Parts,
            p => Assert.Equal("pre", Assert.IsType<LiteralPart>(p).Value),
            p => Assert.Equal("sq", Assert.IsType<SingleQuotedPart>(p).Value),
            p => Assert.Equal(2, Assert.IsType<DoubleQuotedPart>(p).Parts.Length),
            p => Assert.Equal("ac", Assert.IsType<AnsiCQuotedPart>(p).Value),
            p => Assert.Equal("y", Assert.IsType<ParameterExpansionPart>(p).Name),
            p => Assert.False(Assert.IsType<CommandSubstitutionPart>(p).IsBackquoted),
            p => Assert.True(Assert.IsType<CommandSubstitutionPart>(p).IsBackquoted),
            p => Assert.Equal("1", Assert.IsType<ArithmeticExpansionPart>(p).Expression),
            p => Assert.Equal("post", Assert.IsType<LiteralPart>(p).Value));
        for (var i = 1; i < word.Parts.Length; i++) Assert.Equal(word.Parts[i - 1].Span.End, word.Parts[i].Span.Start);
        Assert.Equal(word.Span.Start, word.Parts[0].Span.Start);
        Assert.Equal(word.Span.End, word.Parts[^1].Span.End);
    }

    [Fact]
    public void Segments_tell_which_parts_were_quoted()
    {
        var word = EchoArgument("'s|^VIRTUAL_ENV=.*|VIRTUAL_ENV='\"$HOMEaigfs\"'/venv|'");
        var quoting = word.Segments.Select(s => (s.Part.GetType().Name, s.Quoting)).ToList();
        Assert.Equal(
            [
                (nameof(SingleQuotedPart), WordQuoting.Single),
                (nameof(ParameterExpansionPart), WordQuoting.Double),
                (nameof(SingleQuotedPart), WordQuoting.Single),
            ],
            quoting);
        Assert.True(word.IsQuoted);
        Assert.False(EchoArgument("a\\ b").IsQuoted);
    }

    [Fact]
    public void A_localized_string_is_a_double_quoted_part()
    {
        var part = Assert.IsType<DoubleQuotedPart>(Assert.Single(EchoArgument("$\"hello $x\"").Parts));
        Assert.True(part.IsLocalized);
        Assert.Equal("hello ${x}", EchoArgument("$\"hello $x\"").Normalized);
    }

    [Fact]
    public void A_dollar_that_starts_no_expansion_is_literal()
    {
        var script = ParseValid("echo $ a$ \"$\" $/x");
        Assert.Equal(["$", "a$", "$", "$/x"], script.Commands[0].Command.Arguments.Select(a => a.StaticValue));
    }

    [Fact]
    public void Process_substitution_is_a_word_part_with_commands()
    {
        var word = EchoArgument("<(sort a)");
        var part = Assert.IsType<ProcessSubstitutionPart>(Assert.Single(word.Parts));
        Assert.True(part.IsInput);
        Assert.True(word.ContainsCommands);
        Assert.Equal("<(sort a)", word.Normalized);
    }

    [Fact]
    public void Extended_glob_groups_stay_inside_the_word()
    {
        var script = ParseValid("ls @(a|b).sh !(x)");
        Assert.Equal(["@(a|b).sh", "!(x)"], script.Commands[0].Command.Arguments.Select(a => a.StaticValue));
    }

    [Fact]
    public void Text_is_the_word_as_written()
    {
        var word = EchoArgument("\"$a\"'b'");
        Assert.Equal("\"$a\"'b'", word.Text);
        Assert.Equal("\"$a\"'b'", word.ToString());
    }

    [Theory]
    [InlineData("python3")]
    [InlineData("\"$HOMEaigfs\"/venv")]
    public void Words_compare_by_their_text_and_place_whatever_was_read_from_them(string text)
    {
        var a = EchoArgument(text);
        var b = EchoArgument(text);
        var hash = a.GetHashCode();
        Assert.Equal(a, b);
        _ = a.StaticValue;
        _ = a.Normalized;
        _ = a.Parts;
        Assert.Equal(a, b);
        Assert.Equal(hash, a.GetHashCode());
        Assert.Equal(b.GetHashCode(), a.GetHashCode());
        Assert.NotEqual(a, EchoArgument(text + "x"));
    }

    [Fact]
    public void A_static_value_read_from_many_threads_is_the_same()
    {
        var words = Enumerable.Range(0, 2000).Select(i => EchoArgument(i % 2 == 0 ? "python3" : "\"$x\"")).ToArray();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(int, string?)>();
        Parallel.For(0, words.Length * 4, i => seen.Add((i % words.Length, words[i % words.Length].StaticValue)));
        Assert.All(seen, s => Assert.Equal(s.Item1 % 2 == 0 ? "python3" : null, s.Item2));
    }
}
