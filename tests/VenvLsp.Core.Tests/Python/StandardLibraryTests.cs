using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class StandardLibraryTests
{
    [Fact]
    public void Has_a_list_for_every_version_from_3_8_to_3_13()
    {
        Assert.Equal([(3, 8), (3, 9), (3, 10), (3, 11), (3, 12), (3, 13)], StandardLibrary.KnownVersions.ToArray());
        foreach (var version in StandardLibrary.KnownVersions)
        {
            IReadOnlySet<string> modules = StandardLibrary.ModulesFor(version);
            Assert.InRange(modules.Count, 250, 350);
            Assert.Contains("os", modules);
            Assert.Contains("sys", modules);
            Assert.Contains("__future__", modules);
            Assert.DoesNotContain("site-packages", modules);
            Assert.DoesNotContain("test", modules);
            Assert.DoesNotContain("pip", modules);
            Assert.All(modules, m => Assert.DoesNotContain('.', m));
        }
    }

    [Theory]
    [InlineData("distutils", 3, 11, true)]
    [InlineData("distutils", 3, 12, false)]
    [InlineData("cgi", 3, 12, true)]
    [InlineData("cgi", 3, 13, false)]
    [InlineData("lib2to3", 3, 13, false)]
    [InlineData("tomllib", 3, 10, false)]
    [InlineData("tomllib", 3, 11, true)]
    [InlineData("zoneinfo", 3, 8, false)]
    [InlineData("zoneinfo", 3, 9, true)]
    [InlineData("graphlib", 3, 9, true)]
    [InlineData("asynchat", 3, 11, true)]
    [InlineData("asynchat", 3, 12, false)]
    [InlineData("msvcrt", 3, 8, true)]
    [InlineData("numpy", 3, 12, false)]
    [InlineData("yaml", 3, 12, false)]
    public void Knows_what_each_version_has(string module, int major, int minor, bool expected) =>
        Assert.Equal(expected, StandardLibrary.IsStandardModule(module, (major, minor)));

    [Fact]
    public void Takes_the_first_component_of_a_dotted_name()
    {
        Assert.True(StandardLibrary.IsStandardModule("os.path", (3, 12)));
        Assert.True(StandardLibrary.IsStandardModule("xml.etree.ElementTree", (3, 12)));
        Assert.False(StandardLibrary.IsStandardModule("google.protobuf", (3, 12)));
    }

    [Fact]
    public void Uses_the_union_of_all_versions_when_the_version_is_unknown()
    {
        Assert.True(StandardLibrary.IsStandardModule("distutils"));
        Assert.True(StandardLibrary.IsStandardModule("tomllib", StandardLibrary.Unknown));
        Assert.True(StandardLibrary.IsStandardModule("asynchat", (2, 7)));
        Assert.False(StandardLibrary.IsStandardModule("requests"));
    }

    [Fact]
    public void Uses_the_nearest_list_for_a_version_without_one()
    {
        Assert.False(StandardLibrary.IsStandardModule("distutils", (3, 14)));
        Assert.True(StandardLibrary.IsStandardModule("tomllib", (3, 14)));
        Assert.False(StandardLibrary.IsStandardModule("zoneinfo", (3, 7)));
    }

    [Fact]
    public void Is_case_sensitive_like_the_import_system()
    {
        Assert.True(StandardLibrary.IsStandardModule("tkinter", (3, 12)));
        Assert.False(StandardLibrary.IsStandardModule("Tkinter", (3, 12)));
    }
}
