using VenvLsp.Text;

namespace VenvLsp.Reliability.Tests.Text;

public class SourceTextPositionTests
{
    [Theory]
    [InlineData(0, int.MaxValue, 3)]
    [InlineData(1, int.MaxValue, 7)]
    [InlineData(1, int.MinValue, 4)]
    [InlineData(int.MaxValue, int.MaxValue, 8)]
    [InlineData(int.MinValue, 5, 0)]
    public void Positions_at_the_extremes_of_int_clamp_into_the_text(int line, int character, int expected)
    {
        var text = SourceText.From("abc\ndef\n");
        Assert.Equal(expected, text.GetOffset(new LinePosition(line, character)));
        Assert.InRange(text.GetOffsetFromUtf8(new LinePosition(line, character)), 0, text.Length);
    }
}
