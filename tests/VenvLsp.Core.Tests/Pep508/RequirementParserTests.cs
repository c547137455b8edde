using VenvLsp.Pep508;
using VenvLsp.Text;
using VenvLsp.Tests.Pep508.Data;

namespace VenvLsp.Tests.Pep508;

public class RequirementParserTests
{
    private static Pep508Requirement Valid(string text)
    {
        var requirement = Pep508Parser.Parse(text);
        Assert.True(requirement.IsValid, string.Join("; ", requirement.Errors));
        return requirement;
    }

    // Every example of PEP 508 (its examples and its test program), the direct references of PEP 440, and the
    // looser forms pip's parser accepts. The second column is the canonical form (extras sorted, clauses in the
    // order written, canonical marker spelling).
    [Theory]
    [InlineData("A", "A")]
    [InlineData("A.B-C_D", "A.B-C_D")]
    [InlineData("aa", "aa")]
    [InlineData("name", "name")]
    [InlineData("name<=1", "name<=1")]
    [InlineData("name>=3", "name>=3")]
    [InlineData("name>=3,<2", "name>=3,<2")]
    [InlineData("name@http://foo.com", "name @ http://foo.com")]
    [InlineData("name [fred,bar] @ http://foo.com ; python_version=='2.7'", "name[bar,fred] @ http://foo.com ; python_version == \"2.7\"")]
    [InlineData("name[quux, strange];python_version<'2.7' and platform_version=='2'", "name[quux,strange]; python_version < \"2.7\" and platform_version == \"2\"")]
    [InlineData("name; os_name=='a' or os_name=='b'", "name; os_name == \"a\" or os_name == \"b\"")]
    [InlineData("name; os_name=='a' and os_name=='b' or os_name=='c'", "name; os_name == \"a\" and os_name == \"b\" or os_name == \"c\"")]
    [InlineData("name; os_name=='a' and (os_name=='b' or os_name=='c')", "name; os_name == \"a\" and (os_name == \"b\" or os_name == \"c\")")]
    [InlineData("name; os_name=='a' or os_name=='b' and os_name=='c'", "name; os_name == \"a\" or os_name == \"b\" and os_name == \"c\"")]
    [InlineData("name; (os_name=='a' or os_name=='b') and os_name=='c'", "name; (os_name == \"a\" or os_name == \"b\") and os_name == \"c\"")]
    [InlineData("name; os_name not in 'a'", "name; os_name not in \"a\"")]
    [InlineData("requests [security,tests] >= 2.8.1, == 2.8.* ; python_version < \"2.7\"", "requests[security,tests]>=2.8.1,==2.8.*; python_version < \"2.7\"")]
    [InlineData("pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686", "pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686")]
    [InlineData("argparse;python_version<\"2.7\"", "argparse; python_version < \"2.7\"")]
    [InlineData("requests[security]", "requests[security]")]
    [InlineData("pip @ file:///localbuilds/pip-1.3.1.zip", "pip @ file:///localbuilds/pip-1.3.1.zip")]
    [InlineData("pip @ file:///localbuilds/pip-1.3.1-py33-none-any.whl", "pip @ file:///localbuilds/pip-1.3.1-py33-none-any.whl")]
    [InlineData("pip @ git+https://github.com/pypa/pip.git@7921be1537eac1e97bc40179a57f0349c2aee67d", "pip @ git+https://github.com/pypa/pip.git@7921be1537eac1e97bc40179a57f0349c2aee67d")]
    [InlineData("pip @ git+https://github.com/pypa/pip.git@1.3.1#7921be1537eac1e97bc40179a57f0349c2aee67d", "pip @ git+https://github.com/pypa/pip.git@1.3.1#7921be1537eac1e97bc40179a57f0349c2aee67d")]
    [InlineData("numpy==1.26.4", "numpy==1.26.4")]
    [InlineData("numpy>=1.24,<2.3", "numpy>=1.24,<2.3")]
    [InlineData("torch==2.3.1+cu121", "torch==2.3.1+cu121")]
    [InlineData("scipy ~= 1.11.0", "scipy~=1.11.0")]
    [InlineData("pandas (>=2.0,<3)", "pandas>=2.0,<3")]
    [InlineData("pandas(>=2.0)", "pandas>=2.0")]
    [InlineData("xarray>=2023.1.0,", "xarray>=2023.1.0")]                 // pip accepts a trailing comma
    [InlineData("netCDF4==1.6.5;python_version>='3.8'", "netCDF4==1.6.5; python_version >= \"3.8\"")]
    [InlineData("eccodes===2.33.0", "eccodes===2.33.0")]
    [InlineData("name_", "name_")]                                        // pip accepts a name ending in '_'
    [InlineData("name__x", "name__x")]
    [InlineData("a..b", "a..b")]
    [InlineData("a-_-b", "a-_-b")]
    [InlineData("9lives", "9lives")]
    [InlineData("Foo.Bar[Baz]", "Foo.Bar[Baz]")]
    [InlineData("name[]", "name")]
    [InlineData("name [ a , b ]", "name[a,b]")]
    [InlineData("name[b,a,b]", "name[a,b]")]
    [InlineData("name[a,b]>=1;os_name==\"posix\"", "name[a,b]>=1; os_name == \"posix\"")]
    [InlineData("name>=1.0 ; extra == 'Test_Extra'", "name>=1.0; extra == \"Test_Extra\"")]
    [InlineData("name; os.name == 'posix'", "name; os_name == \"posix\"")]       // legacy dotted names
    [InlineData("name; sys.platform == 'linux'", "name; sys_platform == \"linux\"")]
    [InlineData("name; platform.version == 'x'", "name; platform_version == \"x\"")]
    [InlineData("name; platform.machine == 'x86_64'", "name; platform_machine == \"x86_64\"")]
    [InlineData("name; platform.python_implementation == 'CPython'", "name; platform_python_implementation == \"CPython\"")]
    [InlineData("name; python_implementation == 'CPython'", "name; platform_python_implementation == \"CPython\"")]
    [InlineData("name; implementation_name == 'cpython' and implementation_version >= '3.8'", "name; implementation_name == \"cpython\" and implementation_version >= \"3.8\"")]
    [InlineData("name; platform_release >= '5.0' and platform_system == 'Linux'", "name; platform_release >= \"5.0\" and platform_system == \"Linux\"")]
    [InlineData("name; python_full_version >= '3.11.4'", "name; python_full_version >= \"3.11.4\"")]
    [InlineData("name; 'linux' in sys_platform", "name; \"linux\" in sys_platform")]
    [InlineData("name; \"3.8\" <= python_version", "name; \"3.8\" <= python_version")]
    [InlineData("name; python_version == \"3.*\"", "name; python_version == \"3.*\"")]
    [InlineData("name; python_version ~= \"3.8\"", "name; python_version ~= \"3.8\"")]
    [InlineData("name; python_version === \"3.8\"", "name; python_version === \"3.8\"")]
    [InlineData("name; os_name=='a'and os_name=='b'", "name; os_name == \"a\" and os_name == \"b\"")]
    [InlineData("name; python_version=='3.8'or'x'in os_name", "name; python_version == \"3.8\" or \"x\" in os_name")]
    [InlineData("name;(os_name=='a')", "name; os_name == \"a\"")]
    [InlineData("name ; ( ( os_name == 'a' ) )", "name; os_name == \"a\"")]
    [InlineData("name @ http://x;python_version<'3'", "name @ http://x;python_version<'3'")] // no space: the ';' belongs to the URL
    [InlineData("name @ http://x ; python_version<'3'", "name @ http://x ; python_version < \"3\"")]
    [InlineData("name @ ./local/path", "name @ ./local/path")]            // current pip no longer validates URLs
    [InlineData("  name  ", "name")]
    [InlineData("name\t>=\t1.0", "name>=1.0")]
    [InlineData("name\n", "name")]                                        // the pattern's '$' allows a final newline
    [InlineData("name==1.0.*", "name==1.0.*")]
    [InlineData("name!=1.0.post1.dev2", "name!=1.0.post1.dev2")]
    [InlineData("name>1.0a1", "name>1.0a1")]
    [InlineData("name<2!1.0", "name<2!1.0")]
    [InlineData("name==1.0+local-1", "name==1.0+local-1")]
    [InlineData("name>=v1.0", "name>=v1.0")]
    [InlineData("name>= 1.0", "name>=1.0")]
    [InlineData("name>=1.0b", "name>=1.0b")]
    [InlineData("name===,<2", "name===,<2")]                              // '===' takes any word; the list splits on commas
    [InlineData("name; extra == \"a\\tb\"", "name; extra == \"a\tb\"")]    // Python escapes in quoted strings
    [InlineData("name;os_name==\"a\\'b\"", "name; os_name == \"a'b\"")]
    [InlineData("name; \"extras\" in extras", "name; \"extras\" in extras")]       // PEP 751 lock-file markers
    [InlineData("name; \"dev\" in dependency_groups", "name; \"dev\" in dependency_groups")]
    public void Parses_what_pip_accepts(string text, string canonical) =>
        Assert.Equal(canonical, Valid(text).ToString());

    [Theory]
    [InlineData("name-", "Expected semicolon (after name with no version specifier) or end", 4)]
    [InlineData("name.", "Expected semicolon (after name with no version specifier) or end", 4)]
    [InlineData("_name", "Expected package name", 0)]
    [InlineData("-e .", "an option is not a requirement", 0)]
    [InlineData(".x", "Expected package name", 0)]
    [InlineData("", "Expected package name", 0)]
    [InlineData("   ", "Expected package name", 3)]
    [InlineData("naméx", "Expected package name", 0)]
    [InlineData("\"name\"", "Expected package name", 0)]
    [InlineData("name[a,]", "Expected extra name after comma", 7)]
    [InlineData("name[,a]", "Expected matching ']' for '['", 4)]
    [InlineData("name[a b]", "Expected comma between extra names", 7)]
    [InlineData("name[a", "Expected matching ']' for '['", 4)]
    [InlineData("name[]]", "Expected semicolon", 6)]
    [InlineData("name[extra]name", "Expected semicolon", 11)]
    [InlineData("name>=1.0,,<2", "Expected comma (within version specifier), semicolon (after version specifier) or end", 4)]
    [InlineData("name,>=1.0", "Expected semicolon", 4)]
    [InlineData("name>=1.0.*", "'.*' prefix matching is only allowed with == and !=", 4)]
    [InlineData("name~=1", "~= needs at least two release numbers", 4)]
    [InlineData("name==1.0+l.*", "'.*' can only follow a release number", 4)]
    [InlineData("name==1.0a1.*", "'.*' can only follow a release number", 4)]
    [InlineData("name>=1.0+local", "local version label ('+...') is only allowed with == and !=", 4)]
    [InlineData("name>=", "'>=' needs a version after it", 4)]
    [InlineData("name=1.0", "'=' is not a comparison operator", 4)]
    [InlineData("name 1.0", "'1.0' has no comparison operator; write '==1.0'", 5)]
    [InlineData("name>=1.0, ~=1", "~= needs at least two release numbers", 11)]
    [InlineData("name (>=1.0", "Expected matching ')' for '('", 5)]
    [InlineData("name (>=1.0, =2)", "'=' is not a comparison operator", 13)]
    [InlineData("name >=1.0)", "Expected comma (within version specifier), semicolon", 5)]
    [InlineData("name>=1.0,<2.0a1b1", "Expected comma (within version specifier), semicolon", 4)]
    [InlineData("name>=1.0 os_name=='a'", "Expected comma (within version specifier), semicolon", 4)]
    [InlineData("name==1.0 extra", "Expected comma (within version specifier), semicolon", 4)]
    [InlineData("name @", "Expected URL after @", 6)]
    [InlineData("name @ ", "Expected URL after @", 7)]
    [InlineData("name @ http://x ;", "Expected a marker variable or quoted string", 17)]
    [InlineData("name @ http://x extra", "Expected semicolon (after URL and whitespace) or end", 7)]
    [InlineData("name@http://x@y z", "Expected semicolon (after URL and whitespace) or end", 5)]
    [InlineData("name;", "Expected a marker variable or quoted string", 5)]
    [InlineData("name; os_name", "Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in", 13)]
    [InlineData("name; os_name ==", "Expected a marker variable or quoted string", 16)]
    [InlineData("name; == 'a'", "Expected a marker variable or quoted string", 6)]
    [InlineData("name; os_name = 'a'", "Expected marker operator", 14)]
    [InlineData("name; os_name == 'a' and", "Expected a marker variable or quoted string", 24)]
    [InlineData("name; os_name == 'a' or or os_name == 'b'", "Expected a marker variable or quoted string", 24)]
    [InlineData("name; (os_name == 'a'", "Expected matching ')' for '(', after marker expression", 6)]
    [InlineData("name; os_name == 'a')", "Expected end of dependency specifier", 20)]
    [InlineData("name; python_ver == '3'", "Unknown marker variable 'python_ver'", 6)]
    [InlineData("name; platform.release == 'x'", "Unknown marker variable 'platform.release'", 6)]
    [InlineData("name; os_name notin 'a'", "Expected marker operator", 14)]
    [InlineData("name; os_name not  'a'", "Expected 'in' after 'not'", 19)]
    [InlineData("name; os_name not'in' 'a'", "Expected whitespace after 'not'", 17)]
    [InlineData("name; os_name == \"a", "Unterminated quoted string", 17)]
    [InlineData("name; os_name == 'a\\'", "the backslash escapes the closing quote", 17)]
    [InlineData("name; os_name == 'a\\x4'", "invalid \\x escape", 17)]
    [InlineData("name; os_name == 'a\\N'", "malformed \\N{...} escape", 17)]
    [InlineData("name; os_name == 'a\u0000'", "NUL", 17)]
    [InlineData("name; os_name == 'a' ; python_version", "Expected end of dependency specifier", 21)]
    [InlineData("name;os_name=='a'andpython_version=='3'", "Expected end of dependency specifier", 17)]
    [InlineData("name; extras == 'a'", "", -1)] // parses; only evaluation complains (see MarkerTests)
    public void Reports_the_first_error_where_pip_would(string text, string message, int start)
    {
        var requirement = Pep508Parser.Parse(text);
        if (start < 0)
        {
            Assert.True(requirement.IsValid);
            return;
        }
        var error = Assert.Single(requirement.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(start, error.Span.Start);
        Assert.True(error.Span.End <= text.Length);
    }

    [Fact]
    public void Reports_errors_in_the_version_clauses_that_the_specifier_list_swallowed()
    {
        // "===" takes everything up to whitespace, so "~=1" reaches the comma split and fails there.
        var requirement = Pep508Parser.Parse("name===1.0,~=1");
        var error = Assert.Single(requirement.Errors);
        Assert.Equal(new TextSpan(11, 3), error.Span);
        Assert.Equal(new[] { "===1.0" }, requirement.Specifiers.Specifiers.Select(s => s.ToString()));
    }

    [Fact]
    public void Locates_every_part_of_a_requirement()
    {
        const string text = "  Requests [security, tests] ( >=2.8.1 , ==2.8.* ) ;  python_version < \"2.7\"  ";
        var requirement = Valid(text);
        Assert.Equal("Requests", requirement.Name);
        Assert.Equal("requests", requirement.NormalizedName);
        Assert.Equal("Requests", Slice(text, requirement.NameSpan));
        Assert.Equal(new[] { "security", "tests" }, requirement.Extras.ToArray());
        Assert.Equal("[security, tests]", Slice(text, requirement.ExtrasSpan!.Value));
        Assert.Equal("( >=2.8.1 , ==2.8.* )", Slice(text, requirement.SpecifierSpan!.Value));
        Assert.Equal(">=2.8.1", Slice(text, requirement.Specifiers.Specifiers[0].Span));
        Assert.Equal("==2.8.*", Slice(text, requirement.Specifiers.Specifiers[1].Span));
        Assert.Equal("python_version < \"2.7\"", Slice(text, requirement.MarkerSpan!.Value));
        Assert.Null(requirement.Url);
        Assert.Null(requirement.UrlSpan);
    }

    [Fact]
    public void Locates_a_url_and_an_unparenthesized_specifier_list()
    {
        const string url = "name [x] @ git+https://example.org/r.git@v1 ; os_name == 'posix'";
        var withUrl = Valid(url);
        Assert.Equal("git+https://example.org/r.git@v1", Slice(url, withUrl.UrlSpan!.Value));
        Assert.Equal("git+https://example.org/r.git@v1", withUrl.Url);
        Assert.True(withUrl.Specifiers.IsEmpty);
        Assert.Null(withUrl.SpecifierSpan);
        Assert.Equal("os_name == 'posix'", Slice(url, withUrl.MarkerSpan!.Value));

        const string list = "numpy >= 1.24 , < 2.3,;python_version>'3'";
        var withList = Valid(list);
        Assert.Equal(">= 1.24 , < 2.3,", Slice(list, withList.SpecifierSpan!.Value));
        Assert.Null(withList.ExtrasSpan);
    }

    [Fact]
    public void Keeps_what_it_read_before_an_error()
    {
        var requirement = Pep508Parser.Parse("numpy[x]>=1.0 ; os_name ==");
        Assert.False(requirement.IsValid);
        Assert.Equal("numpy", requirement.Name);
        Assert.Equal(new[] { "x" }, requirement.Extras.ToArray());
        Assert.Equal(">=1.0", requirement.Specifiers.ToString());
        Assert.Null(requirement.Marker);

        var nothing = Pep508Parser.Parse("  ");
        Assert.Equal("", nothing.Name);
        Assert.Equal(new TextSpan(2, 0), nothing.NameSpan);
    }

    [Theory]
    [MemberData(nameof(RequirementOracleCases.Cases), MemberType = typeof(RequirementOracleCases))]
    public void Agrees_with_the_packaging_library(
        string text, bool valid, string? name, string? extras, string? specifiers, string? url, bool hasMarker)
    {
        var requirement = Pep508Parser.Parse(text);
        Assert.Equal(valid, requirement.IsValid);
        if (!valid)
        {
            Assert.All(requirement.Errors, e => Assert.True(e.Span.End <= text.Length));
            return;
        }
        Assert.Equal(name, requirement.Name);
        Assert.Equal(extras, string.Join(",", requirement.Extras.Distinct().Order(StringComparer.Ordinal)));
        Assert.Equal(specifiers, string.Join(",", requirement.Specifiers.Specifiers.Select(s => s.ToString()).Order(StringComparer.Ordinal)));
        Assert.Equal(url, requirement.Url);
        Assert.Equal(hasMarker, requirement.Marker is not null);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
