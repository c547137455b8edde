using System.Globalization;
using System.Text;

namespace VenvLsp.Bench.Measure;

/// <summary>A plain text table: left-aligned first column, right-aligned figures.</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public Table Add(params object?[] cells)
    {
        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "n/a",
        double d => d.ToString(d >= 100 ? "F0" : d >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                text.Append(i == 0 ? cell.PadRight(widths[i]) : "  " + cell.PadLeft(widths[i]));
            }
            text.Append('\n');
        }
        Line(headers);
        text.Append(new string('-', widths.Sum() + 2 * (widths.Length - 1))).Append('\n');
        foreach (var row in _rows) Line(row);
        return text.ToString();
    }
}
