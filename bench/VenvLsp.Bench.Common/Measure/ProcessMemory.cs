namespace VenvLsp.Bench.Measure;

/// <summary>A process's memory from <c>/proc/PID/status</c>: peak (VmHWM) and current (VmRSS) resident set, in MiB.</summary>
public sealed record ProcessMemory(double PeakMiB, double CurrentMiB)
{
    public static ProcessMemory Unknown { get; } = new(double.NaN, double.NaN);

    public static ProcessMemory Read(int pid)
    {
        var path = $"/proc/{pid}/status";
        try
        {
            double peak = double.NaN, current = double.NaN;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) / 1024.0;
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) current = Kilobytes(line) / 1024.0;
            }
            return new ProcessMemory(peak, current);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unknown;
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
