using System.Diagnostics;
using System.Globalization;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>
/// Watches a running process through /proc: its open descriptors, sockets by family, threads and
/// memory. A socket is network when its inode is in the kernel's TCP, UDP or raw tables; a Unix socket
/// (the .NET runtime's diagnostics channel) is not.
/// </summary>
public sealed class ProcessAudit(int pid)
{
    public int MaxDescriptors { get; private set; }
    public int MaxThreads { get; private set; }
    public long MaxRssKb { get; private set; }
    public int Samples { get; private set; }
    public HashSet<string> NetworkSockets { get; } = [];
    public HashSet<string> UnixSockets { get; } = [];

    /// <summary>Samples until the process ends or <paramref name="until"/> completes.</summary>
    public async Task WatchAsync(Task until)
    {
        while (!until.IsCompleted && Sample()) await Task.WhenAny(until, Task.Delay(20));
        Sample();
    }

    /// <summary>One look at the process; false when it is gone.</summary>
    public bool Sample()
    {
        try
        {
            var descriptors = Directory.GetFileSystemEntries($"/proc/{pid}/fd");
            var inet = InetInodes(pid);
            foreach (var fd in descriptors)
            {
                string? target;
                try { target = new FileInfo(fd).LinkTarget; } catch (IOException) { continue; }
                if (target is null || !target.StartsWith("socket:[", StringComparison.Ordinal)) continue;
                var inode = target[8..^1];
                if (inet.Contains(inode)) NetworkSockets.Add(target);
                else UnixSockets.Add(target);
            }
            MaxDescriptors = Math.Max(MaxDescriptors, descriptors.Length);
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("Threads:", StringComparison.Ordinal)) MaxThreads = Math.Max(MaxThreads, int.Parse(line[8..].Trim(), CultureInfo.InvariantCulture));
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) MaxRssKb = Math.Max(MaxRssKb, long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
            Samples++;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The inodes of every TCP, UDP and raw socket in the process's network namespace.</summary>
    private static HashSet<string> InetInodes(int pid)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6" })
        {
            var path = $"/proc/{pid}/net/{table}";
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9) inodes.Add(fields[9]);
            }
        }
        return inodes;
    }

    /// <summary>Starts the real venvlsp with the given arguments, its stdio redirected.</summary>
    /// <param name="prefix">A command to run it under (e.g. <c>unshare -n</c>).</param>
    public static Process Start(IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null, IReadOnlyList<string>? prefix = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "venvlsp.dll");
        var start = new ProcessStartInfo(prefix is { Count: > 0 } ? prefix[0] : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (prefix is { Count: > 0 })
        {
            foreach (var argument in prefix.Skip(1)) start.ArgumentList.Add(argument);
            start.ArgumentList.Add("dotnet");
        }
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }
}
