namespace VenvLsp.Bench.Measure;

/// <summary>CPU time a process has used so far (user + system, from <c>/proc/PID/stat</c>), in seconds.
/// On a shared machine it moves far less with the load than wall time does.</summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return double.NaN;
        }
    }
}
