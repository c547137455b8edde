using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace VenvLsp.Bench.Lsp;

/// <summary>The server program the benchmarks start: its executable and whether it is ReadyToRun.</summary>
public sealed record ServerBuild(string Executable, string Folder, bool ReadyToRun, string Note)
{
    /// <summary>
    /// Publishes the server the way the editors bundle it (ReadyToRun, for this machine's runtime
    /// identifier) into <c>bench/artifacts/server</c>, and falls back to a framework-dependent publish
    /// (JIT only, start-up figures not comparable) when the ReadyToRun compiler cannot be restored.
    /// With <paramref name="existing"/> (a folder or an executable) nothing is published.
    /// </summary>
    public static ServerBuild Prepare(string repositoryRoot, string? existing, TextWriter log)
    {
        if (existing is not null) return FromExisting(Path.GetFullPath(existing));
        var rid = RuntimeInformation.RuntimeIdentifier;
        var folder = Path.Combine(repositoryRoot, "bench", "artifacts", "server");
        var project = Path.Combine("src", "VenvLsp");
        var r2r = $"publish {project} -c Release -r {rid} -p:PublishReadyToRun=true -o {Relative(repositoryRoot, folder)}";
        log.WriteLine($"Publishing the server: dotnet {r2r}");
        if (Dotnet(repositoryRoot, r2r, log) == 0) return FromExisting(folder);
        var jitFolder = Path.Combine(repositoryRoot, "bench", "artifacts", "server-jit");
        var jit = $"publish {project} -c Release -o {Relative(repositoryRoot, jitFolder)}";
        log.WriteLine($"The ReadyToRun publish failed; falling back to a framework-dependent build: dotnet {jit}");
        if (Dotnet(repositoryRoot, jit, log) != 0) throw new InvalidOperationException("dotnet publish of the server failed; see the output above");
        return FromExisting(jitFolder) with { Note = "framework-dependent build, JIT only: start-up is slower than the ReadyToRun build the target is set for" };
    }

    private static ServerBuild FromExisting(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
        var executable = Directory.Exists(path) ? Path.Combine(folder, OperatingSystem.IsWindows() ? "venvlsp.exe" : "venvlsp") : path;
        if (!File.Exists(executable))
        {
            var dll = Path.Combine(folder, "venvlsp.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException($"no venvlsp executable in {folder}");
            executable = dll;
        }
        var readyToRun = IsReadyToRun(Path.Combine(folder, "venvlsp.dll")) && IsReadyToRun(Path.Combine(folder, "VenvLsp.Core.dll"));
        return new ServerBuild(executable, folder, readyToRun, readyToRun ? "ReadyToRun" : "not ReadyToRun (JIT only)");
    }

    /// <summary>True when the assembly carries precompiled native code (a ReadyToRun header).</summary>
    public static bool IsReadyToRun(string assembly)
    {
        if (!File.Exists(assembly)) return false;
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>How to start it: the apphost itself, or <c>dotnet venvlsp.dll</c>.</summary>
    public ProcessStartInfo StartInfo(string arguments)
    {
        var isDll = Executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        return new ProcessStartInfo(isDll ? "dotnet" : Executable, isDll ? $"\"{Executable}\" {arguments}" : arguments)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
    }

    private static int Dotnet(string workingDirectory, string arguments, TextWriter log)
    {
        var start = new ProcessStartInfo("dotnet", arguments + " -nologo -v:q")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) log.WriteLine(output.Result + errors.Result);
        return process.ExitCode;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);
}
