using VenvLsp.Text;

namespace VenvLsp.Tests.Support;

/// <summary>Test input with the expected spans marked as <c>[|text|]</c>: returns the plain text and the spans.</summary>
public static class Markup
{
    public static (string Text, List<TextSpan> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (i + 1 < markup.Length && markup[i] == '[' && markup[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (i + 1 < markup.Length && markup[i] == '|' && markup[i + 1] == ']' && open.Count > 0)
            {
                var start = open.Pop();
                spans.Add(TextSpan.FromBounds(start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (text.ToString(), spans);
    }
}
