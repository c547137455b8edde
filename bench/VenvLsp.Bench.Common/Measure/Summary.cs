namespace VenvLsp.Bench.Measure;

/// <summary>Order statistics of a sample of milliseconds (percentiles by linear interpolation between
/// closest ranks, as numpy's default).</summary>
public sealed record Summary(int Count, double Min, double P50, double P90, double P99, double Max, double Mean)
{
    public static Summary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.Order().ToArray();
        return new Summary(sorted.Length, sorted[0], Percentile(sorted, 50), Percentile(sorted, 90), Percentile(sorted, 99), sorted[^1], sorted.Average());
    }

    public static double Percentile(double[] sorted, double percent)
    {
        var rank = percent / 100.0 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
