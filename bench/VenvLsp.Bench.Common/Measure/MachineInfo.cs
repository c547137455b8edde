using System.Runtime.InteropServices;

namespace VenvLsp.Bench.Measure;

/// <summary>What the figures were measured on: cores, load, runtime.</summary>
public sealed record MachineInfo(int Cores, string LoadAverage, string Runtime, string Os, string Cpu)
{
    public static MachineInfo Now() => new(
        Environment.ProcessorCount,
        ReadFirstLine("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "n/a",
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        CpuModel());

    /// <summary>The three load averages now (1, 5, 15 minutes), or n/a off Linux.</summary>
    public static string Load() => ReadFirstLine("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "n/a";

    public override string ToString() => $"{Cores} cores ({Cpu}), load average {LoadAverage}, {Runtime}, {Os}";

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static string? ReadFirstLine(string path)
    {
        try { return File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null; }
        catch (IOException) { return null; }
    }
}
