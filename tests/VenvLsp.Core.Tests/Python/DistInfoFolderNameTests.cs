using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class DistInfoFolderNameTests
{
    [Theory]
    [InlineData("python_dateutil-2.9.0.post0.dist-info", "python_dateutil", "2.9.0.post0", DistributionInfoKind.DistInfo, null)]
    [InlineData("PyYAML-6.0.dist-info", "PyYAML", "6.0", DistributionInfoKind.DistInfo, null)]
    [InlineData("venv/lib/python3.12/site-packages/numpy-2.1.0.dist-info/", "numpy", "2.1.0", DistributionInfoKind.DistInfo, null)]
    [InlineData("PyJWT-2.6.0.egg-info", "PyJWT", "2.6.0", DistributionInfoKind.EggInfo, null)]
    [InlineData("netCDF4-1.6.5-py3.12.egg-info", "netCDF4", "1.6.5", DistributionInfoKind.EggInfo, "py3.12")]
    [InlineData("mypkg.egg-info", "mypkg", null, DistributionInfoKind.EggInfo, null)]
    public void Reads_metadata_folder_names(string folder, string name, string? version, DistributionInfoKind kind, string? tag)
    {
        var parsed = DistInfoFolderName.TryParse(folder);
        Assert.NotNull(parsed);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(version, parsed.Version);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(tag, parsed.PythonTag);
    }

    [Theory]
    [InlineData("numpy")]
    [InlineData("numpy-2.1.0")]
    [InlineData("-1.0.dist-info")]
    [InlineData(".dist-info")]
    [InlineData("")]
    public void Rejects_other_names(string folder) => Assert.Null(DistInfoFolderName.TryParse(folder));

    [Fact]
    public void Matches_distributions_by_normalized_name()
    {
        var folder = DistInfoFolderName.TryParse("python_dateutil-2.9.0.post0.dist-info")!;
        Assert.Equal("python-dateutil", folder.NormalizedName);
        Assert.True(folder.IsFor("python-dateutil"));
        Assert.True(folder.IsFor("Python.DateUtil"));
        Assert.False(folder.IsFor("dateutil"));
    }

    [Theory]
    [InlineData("Python-DateUtil", "2.9.0", "python_dateutil-2.9.0.dist-info")]
    [InlineData("zope.interface", "6.0", "zope_interface-6.0.dist-info")]
    [InlineData("foo", "1.0-beta", "foo-1.0_beta.dist-info")]
    public void Formats_folder_names_with_escaping(string name, string version, string expected) =>
        Assert.Equal(expected, DistInfoFolderName.Format(name, version));

    [Fact]
    public void Round_trips_a_formatted_name()
    {
        var parsed = DistInfoFolderName.TryParse(DistInfoFolderName.Format("scikit-learn", "1.5.2"))!;
        Assert.True(parsed.IsFor("scikit_learn"));
        Assert.Equal("1.5.2", parsed.Version);
    }
}
