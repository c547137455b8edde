using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class RecordFileTests
{
    [Fact]
    public void Reads_paths_hashes_and_sizes()
    {
        const string text = "yaml/__init__.py,sha256=jH8dTZ-3Ut9yNyS5P5pVX9A3zrRSlkLEYrXy6U-f3bI,12311\n"
            + "yaml/__pycache__/__init__.cpython-312.pyc,,\n"
            + "PyYAML-6.0.1.dist-info/RECORD,,\n"
            + "../../bin/tool,sha256=abc,99\n";
        var record = RecordFile.Parse(text);
        Assert.Empty(record.Errors);
        Assert.Equal(4, record.Entries.Length);
        var first = record.Entries[0];
        Assert.Equal("yaml/__init__.py", first.Path);
        Assert.Equal("sha256", first.HashAlgorithm);
        Assert.Equal("jH8dTZ-3Ut9yNyS5P5pVX9A3zrRSlkLEYrXy6U-f3bI", first.HashValue);
        Assert.Equal(12311, first.Size);
        Assert.Null(record.Entries[1].HashAlgorithm);
        Assert.Null(record.Entries[1].Size);
        Assert.Equal("../../bin/tool", record.Entries[3].Path);
    }

    [Fact]
    public void Reads_quoted_fields_as_the_csv_module_writes_them()
    {
        const string text = "\"odd,name.py\",sha256=x,1\r\n\"say \"\"hi\"\".py\",,\r\n\"multi\nline.py\",,\r\n";
        var record = RecordFile.Parse(text);
        Assert.Empty(record.Errors);
        Assert.Equal<string>(["odd,name.py", "say \"hi\".py", "multi\nline.py"], record.Paths);
        Assert.Equal("\"odd,name.py\",sha256=x,1", text.Substring(record.Entries[0].Span.Start, record.Entries[0].Span.Length));
    }

    [Theory]
    [InlineData("a.py\n", "expected 3 fields")]
    [InlineData("a.py,sha256=x,1,extra\n", "expected 3 fields")]
    [InlineData("a.py,nohash,1\n", "algorithm=digest")]
    [InlineData("a.py,sha256=x,-1\n", "number of bytes")]
    [InlineData("a.py,sha256=x,big\n", "number of bytes")]
    [InlineData("\"a.py,sha256=x,1\n", "unterminated")]
    [InlineData(",sha256=x,1\n", "empty path")]
    public void Reports_malformed_rows(string text, string message)
    {
        var record = RecordFile.Parse(text);
        Assert.Contains(record.Errors, e => e.Message.Contains(message));
        Assert.All(record.Errors, e => Assert.InRange(e.Span.End, 0, text.Length));
    }

    [Fact]
    public void Keeps_the_path_of_a_row_with_too_few_fields_and_skips_blank_lines()
    {
        var record = RecordFile.Parse("\n\na.py\n\nb.py,,\n");
        Assert.Equal<string>(["a.py", "b.py"], record.Paths);
        Assert.Single(record.Errors);
    }
}
