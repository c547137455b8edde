using VenvLsp.Pep508;

namespace VenvLsp.Tests.Pep508;

public class PackageNameTests
{
    // PEP 503's own examples, and the separators it folds.
    [Theory]
    [InlineData("Friendly-Bar", "friendly-bar")]
    [InlineData("friendly_bar", "friendly-bar")]
    [InlineData("FRIENDLY.BAR", "friendly-bar")]
    [InlineData("friendly--bar", "friendly-bar")]
    [InlineData("Friendly._-Bar", "friendly-bar")]
    [InlineData("netCDF4", "netcdf4")]
    [InlineData("py_eccodes", "py-eccodes")]
    [InlineData("name_", "name-")]
    [InlineData("", "")]
    public void Normalizes_case_and_separator_runs(string name, string normalized) =>
        Assert.Equal(normalized, PackageName.Normalize(name));

    [Theory]
    [InlineData("A", true)]
    [InlineData("A.B-C_D", true)]
    [InlineData("a..b", true)]
    [InlineData("9lives", true)]
    [InlineData("name_", false)]   // pip accepts it; the PEP 508 grammar does not
    [InlineData("_name", false)]
    [InlineData("name-", false)]
    [InlineData("na me", false)]
    [InlineData("namé", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Validates_the_pep_508_name_grammar(string? name, bool valid) =>
        Assert.Equal(valid, PackageName.IsValid(name));

    [Fact]
    public void Compares_and_hashes_names_by_their_normalized_form()
    {
        Assert.True(PackageName.AreEquivalent("Py_ECcodes", "py-eccodes"));
        Assert.False(PackageName.AreEquivalent("numpy", "numpy2"));
        var byName = new Dictionary<string, int>(PackageName.Comparer) { ["Scikit_Learn"] = 1 };
        Assert.Equal(1, byName["scikit-learn"]);
    }
}
