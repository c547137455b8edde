using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class CoreMetadataTests
{
    private const string Metadata = """
        Metadata-Version: 2.1
        Name: python-dateutil
        Version: 2.9.0.post0
        Summary: Extensions to the standard Python datetime module
        License: Dual License
        Classifier: Programming Language :: Python :: 3
        Requires-Python: !=3.0.*,!=3.1.*,>=2.7
        Requires-Dist: six >=1.5
        Requires-Dist: pytest ; extra == "test"
        Provides-Extra: test

        dateutil - powerful extensions to datetime
        Requires-Dist: not-a-field
        """;

    [Fact]
    public void Reads_fields_up_to_the_blank_line_before_the_body()
    {
        var metadata = CoreMetadata.Parse(Metadata);
        Assert.Equal("python-dateutil", metadata.Name);
        Assert.Equal("2.9.0.post0", metadata.Version);
        Assert.Equal("2.1", metadata.MetadataVersion);
        Assert.Equal("!=3.0.*,!=3.1.*,>=2.7", metadata.RequiresPython);
        Assert.Equal<string>(["six >=1.5", "pytest ; extra == \"test\""], metadata.RequiresDist);
        Assert.Equal<string>(["test"], metadata.ProvidesExtra);
        Assert.Equal("Programming Language :: Python :: 3", metadata.Get("classifier"));
        Assert.NotNull(metadata.BodyStart);
        Assert.StartsWith("dateutil - powerful", Metadata[metadata.BodyStart.Value..]);
        Assert.Empty(metadata.Errors);
    }

    [Fact]
    public void Joins_continuation_lines()
    {
        const string text = "Name: x\r\nDescription: first\r\n        |second\r\n\tthird\r\nVersion: 1.0\r\n";
        var metadata = CoreMetadata.Parse(text);
        Assert.Equal("first\n|second\nthird", metadata.Get("Description"));
        Assert.Equal("1.0", metadata.Version);
        var description = metadata.Fields[1];
        Assert.Equal("Description: first\r\n        |second\r\n\tthird", text.Substring(description.Span.Start, description.Span.Length));
        Assert.Null(metadata.BodyStart);
    }

    [Fact]
    public void Ends_the_headers_at_a_line_that_is_not_a_field_as_pip_does()
    {
        const string text = "Name: x\nthis is not a field\nVersion: 1.0\n";
        var metadata = CoreMetadata.Parse(text);
        Assert.Equal("x", metadata.Name);
        Assert.Null(metadata.Version);
        var error = Assert.Single(metadata.Errors);
        Assert.Equal("this is not a field", text.Substring(error.Span.Start, error.Span.Length));
        Assert.Equal(text.IndexOf("this", StringComparison.Ordinal), metadata.BodyStart);
    }

    [Fact]
    public void Reports_a_continuation_line_before_any_field()
    {
        var metadata = CoreMetadata.Parse("  stray\nName: x\n");
        Assert.Equal("x", metadata.Name);
        Assert.Single(metadata.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData(":")]
    [InlineData("Name:")]
    public void Reads_empty_and_degenerate_input(string text)
    {
        var metadata = CoreMetadata.Parse(text);
        Assert.True(metadata.Name is null or "");
    }
}
