using VenvLsp.Ecflow;

namespace VenvLsp.Tests.Ecflow;

public class EcfIncludeResolverTests
{
    private const string Card = "/pkg/aigfs.v1.0.0/ecf/forecast/jaigfs_forecast.ecf";
    private static readonly string[] Folders = { "/pkg/aigfs.v1.0.0/ecf/include", "/shared/ecf/include" };

    [Theory]
    [InlineData("%include <head.h>", "/pkg/aigfs.v1.0.0/ecf/include/head.h")]
    [InlineData("%include <model.h>", "/shared/ecf/include/model.h")]
    [InlineData("%includeonce <head.h>", "/pkg/aigfs.v1.0.0/ecf/include/head.h")]
    [InlineData("%includenopp <head.h>", "/pkg/aigfs.v1.0.0/ecf/include/head.h")]
    [InlineData("%include <sub/../head.h>", "/pkg/aigfs.v1.0.0/ecf/include/head.h")]
    [InlineData("%include \"./local.h\"", "/pkg/aigfs.v1.0.0/ecf/forecast/local.h")]
    [InlineData("%include \"../shared.h\"", "/pkg/aigfs.v1.0.0/ecf/shared.h")]
    [InlineData("%include /abs/lib.h", "/abs/lib.h")]
    [InlineData("%include </abs/lib.h>", "/abs/lib.h")]
    [InlineData("%include \"/abs/lib.h\"", "/abs/lib.h")]
    public void Resolves_what_ecFlow_would_find(string line, string expected) =>
        Assert.Equal(expected, Resolve(line));

    [Theory]
    [InlineData("%include <missing.h>")]
    [InlineData("%include \"head.h\"")]
    [InlineData("%include head.h")]
    [InlineData("%include /abs/missing.h")]
    [InlineData("%include <%ECF_HOME%/head.h>")]
    [InlineData("%include $HOME/head.h")]
    [InlineData("%include ~/head.h")]
    [InlineData("%include")]
    public void Returns_null_rather_than_guess(string line) => Assert.Null(Resolve(line));

    [Fact]
    public void Prefers_the_first_include_folder_that_holds_the_file()
    {
        var include = EcfParser.Parse("%include <both.h>").Includes[0];
        var found = EcfIncludeResolver.Resolve(Card, include, Folders, path => path.EndsWith("/both.h"));
        Assert.Equal("/pkg/aigfs.v1.0.0/ecf/include/both.h", found);
    }

    [Fact]
    public void Resolves_quoted_relative_includes_of_a_card_given_by_a_relative_path()
    {
        var include = EcfParser.Parse("%include \"./x.h\"").Includes[0];
        Assert.Equal("ecf/x.h", EcfIncludeResolver.Resolve("ecf/card.ecf", include, Folders, _ => true));
        Assert.Equal("x.h", EcfIncludeResolver.Resolve("card.ecf", include, Folders, _ => true));
    }

    private static string? Resolve(string line)
    {
        var existing = new HashSet<string>
        {
            "/pkg/aigfs.v1.0.0/ecf/include/head.h",
            "/shared/ecf/include/model.h",
            "/shared/ecf/include/head.h",
            "/pkg/aigfs.v1.0.0/ecf/forecast/local.h",
            "/pkg/aigfs.v1.0.0/ecf/shared.h",
            "/pkg/aigfs.v1.0.0/ecf/forecast/head.h",
            "/abs/lib.h",
            "head.h",
        };
        var include = EcfParser.Parse(line).Includes[0];
        return EcfIncludeResolver.Resolve(Card, include, Folders, existing.Contains);
    }
}
