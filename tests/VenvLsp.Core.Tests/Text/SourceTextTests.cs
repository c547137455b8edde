using VenvLsp.Text;

namespace VenvLsp.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Maps_offsets_to_lines_for_every_kind_of_line_break()
    {
        var text = SourceText.From("a\nbc\r\nd\re");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(6));
        Assert.Equal(new LinePosition(3, 0), text.GetLinePosition(8));
        Assert.Equal("bc", text.GetLineText(1));
        Assert.Equal(TextSpan.FromBounds(2, 6), text.GetLineSpanIncludingBreak(1));
    }

    [Fact]
    public void Round_trips_offsets_through_line_positions()
    {
        var text = SourceText.From("numpy==1.0\r\n\r\nscipy\n");
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var position = text.GetLinePosition(offset);
            var back = text.GetOffset(position);
            // An offset between \r and \n has no position of its own: it maps to the end of the line.
            if (offset > 0 && text[offset - 1] == '\r' && offset < text.Length && text[offset] == '\n')
                Assert.Equal(offset - 1, back);
            else
                Assert.Equal(offset, back);
        }
    }

    [Fact]
    public void Clamps_positions_outside_the_text()
    {
        var text = SourceText.From("ab\ncd");
        Assert.Equal(2, text.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(5, text.GetOffset(new LinePosition(9, 0)));
        Assert.Equal(0, text.GetOffset(new LinePosition(-1, 3)));
    }

    [Fact]
    public void Counts_utf8_columns_in_bytes()
    {
        // "é" is 2 bytes in UTF-8 and one UTF-16 unit; "𝄞" is 4 bytes and two units.
        var text = SourceText.From("é𝄞x");
        Assert.Equal(new LinePosition(0, 3), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(0, 6), text.GetUtf8LinePosition(3));
        Assert.Equal(3, text.GetOffsetFromUtf8(new LinePosition(0, 6)));
        Assert.Equal(1, text.GetOffsetFromUtf8(new LinePosition(0, 3))); // inside 𝄞: its start
    }

    [Fact]
    public void Strips_and_remembers_a_byte_order_mark()
    {
        var text = SourceText.FromBytes(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n' });
        Assert.True(text.HasBom);
        Assert.Equal("a\n", text.Content);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n' }, text.ToBytes());
    }

    [Fact]
    public void Decodes_invalid_utf8_without_throwing_and_says_so()
    {
        var text = SourceText.FromBytes(new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' });
        Assert.True(text.HadInvalidUtf8);
        Assert.Contains('\uFFFD', text.Content);
        Assert.False(SourceText.FromBytes("ok"u8).HadInvalidUtf8);
    }

    [Fact]
    public void Flags_text_with_nul_characters_as_binary()
    {
        Assert.True(SourceText.FromBytes(new byte[] { 1, 0, 2 }).LooksBinary);
        Assert.False(SourceText.From("plain").LooksBinary);
    }

    [Theory]
    [InlineData("a\nb\n", LineEnding.Lf)]
    [InlineData("a\r\nb\r\n", LineEnding.CrLf)]
    [InlineData("a\r\nb\n", LineEnding.Lf)]
    [InlineData("a\r\nb\r\nc\n", LineEnding.CrLf)]
    [InlineData("ab", LineEnding.None)]
    public void Finds_the_dominant_line_ending(string content, LineEnding expected) =>
        Assert.Equal(expected, SourceText.From(content).DominantLineEnding);

    [Fact]
    public void Applies_edits_given_in_any_order()
    {
        var text = SourceText.From("pip install -r r.txt");
        var edited = text.WithEdits(new[]
        {
            TextEdit.Insert(20, " --no-cache-dir"),
            TextEdit.Insert(11, " --require-virtualenv"),
        });
        Assert.Equal("pip install --require-virtualenv -r r.txt --no-cache-dir", edited.Content);
    }

    [Fact]
    public void Refuses_overlapping_edits()
    {
        var text = SourceText.From("abcdef");
        Assert.Throws<ArgumentException>(() => text.WithEdits(new[]
        {
            TextEdit.Replace(new TextSpan(0, 3), "x"),
            TextEdit.Replace(new TextSpan(2, 3), "y"),
        }));
    }
}
