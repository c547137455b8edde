using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Server;

/// <summary>How the host configures the server.</summary>
public sealed record ServerOptions
{
    public required string Version { get; init; }

    /// <summary>The log file, named in messages so users can find it.</summary>
    public string? LogPath { get; init; }

    /// <summary>The disk (tests give an in-memory one).</summary>
    public IFileSystem Disk { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>Watch the file system itself where the client cannot (off in tests that drive events).</summary>
    public bool UseFileSystemWatcher { get; init; } = true;

    /// <summary>How often to check that the editor's process is still alive.</summary>
    public TimeSpan ParentProcessPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Bounds of the initial workspace scan.</summary>
    public int MaxScannedDocuments { get; init; } = 50_000;
}
