using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class ModuleDistributionTableTests
{
    private static readonly ModuleDistributionTable Table = ModuleDistributionTable.Default;

    [Fact]
    public void Default_table_reads_without_errors_and_has_at_least_60_rows()
    {
        Assert.Empty(Table.Errors);
        Assert.True(Table.Entries.Length >= 60, $"{Table.Entries.Length} rows");
        var mismatches = Table.Entries.Count(e => DistributionName.Normalize(e.Module) != DistributionName.Normalize(e.Distribution));
        Assert.True(mismatches >= 60, $"{mismatches} rows whose names differ");
    }

    [Fact]
    public void Default_table_has_no_repeated_pair_and_a_source_for_every_row()
    {
        var pairs = Table.Entries.Select(e => (e.Module, DistributionName.Normalize(e.Distribution))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(Table.Entries, e => Assert.Matches("^(top_level\\.txt|RECORD|docs): ", e.Note));
    }

    [Theory]
    [InlineData("yaml", "PyYAML")]
    [InlineData("PIL", "Pillow")]
    [InlineData("PIL.Image", "Pillow")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("sklearn.ensemble", "scikit-learn")]
    [InlineData("cv2", "opencv-python")]
    [InlineData("dateutil.parser", "python-dateutil")]
    [InlineData("google.protobuf", "protobuf")]
    [InlineData("google.protobuf.json_format", "protobuf")]
    [InlineData("mpl_toolkits.mplot3d", "matplotlib")]
    [InlineData("mpl_toolkits.basemap", "basemap")]
    [InlineData("netCDF4", "netCDF4")]
    [InlineData("bs4", "beautifulsoup4")]
    [InlineData("attr", "attrs")]
    [InlineData("jwt", "PyJWT")]
    [InlineData("dotenv", "python-dotenv")]
    [InlineData("Crypto.Cipher", "pycryptodome")]
    [InlineData("skimage", "scikit-image")]
    [InlineData("gribapi", "eccodes")]
    [InlineData("eccodes", "eccodes")]
    [InlineData("ecmwf.opendata", "ecmwf-opendata")]
    [InlineData("torch", "torch")]
    [InlineData("onnxruntime", "onnxruntime")]
    [InlineData("jax.numpy", "jax")]
    public void Finds_the_usual_distribution_first(string module, string distribution)
    {
        Assert.True(Table.TryGetDistributions(module, out var distributions));
        Assert.Equal(distribution, distributions[0]);
    }

    [Fact]
    public void Lists_every_distribution_that_provides_a_module()
    {
        Assert.True(Table.TryGetDistributions("cv2", out var opencv));
        Assert.Equal(["opencv-python", "opencv-python-headless", "opencv-contrib-python", "opencv-contrib-python-headless"], opencv);
        Assert.True(Table.TryGetDistributions("jax", out var jax));
        Assert.Equal(["jax", "jaxlib"], jax);
    }

    [Theory]
    [InlineData("numpy")]
    [InlineData("google")]
    [InlineData("google.api_core_extra")]
    [InlineData("yamlx")]
    [InlineData("")]
    public void Finds_nothing_for_modules_it_does_not_list(string module) =>
        Assert.False(Table.TryGetDistributions(module, out _));

    [Fact]
    public void Matches_dotted_keys_component_by_component()
    {
        Assert.True(Table.TryGetDistributions("google.api_core.exceptions", out var core));
        Assert.Equal(["google-api-core"], core);
        Assert.True(Table.TryGetDistributions("google.api.annotations_pb2", out var protos));
        Assert.Equal(["googleapis-common-protos"], protos);
    }

    [Fact]
    public void Finds_the_modules_of_a_distribution_by_normalized_name()
    {
        Assert.Equal(["yaml", "_yaml"], Table.GetModules("pyyaml"));
        Assert.Contains("google.oauth2", Table.GetModules("Google_Auth"));
        Assert.Empty(Table.GetModules("numpy"));
    }

    [Fact]
    public void Reports_malformed_and_repeated_rows()
    {
        const string text = "# comment\nyaml\tPyYAML\tdocs: x\r\nbroken\n\tNoModule\nyaml\tpyyaml\tagain\nPIL\tPillow\n";
        var table = ModuleDistributionTable.Parse(text);
        Assert.Equal(["yaml", "PIL"], table.Entries.Select(e => e.Module));
        Assert.Equal("", table.Entries[1].Note);
        Assert.Equal(3, table.Errors.Length);
        Assert.Equal("broken", text.Substring(table.Errors[0].Span.Start, table.Errors[0].Span.Length));
        Assert.Equal("yaml\tPyYAML\tdocs: x", text.Substring(table.Entries[0].Span.Start, table.Entries[0].Span.Length));
    }
}
