using System.Runtime.InteropServices;

namespace VenvLsp.Workspace;

/// <summary>What a path names on disk, as far as reading it is concerned.</summary>
public enum FileKind
{
    Regular,
    Directory,
    /// <summary>A named pipe: opening it for reading waits for a writer, perhaps forever.</summary>
    Fifo,
    /// <summary>A character or block device (<c>/dev/zero</c> never ends).</summary>
    Device,
    Socket,
    Other,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before anything opens it. .NET reports all
/// of them alike (FileAttributes.Normal, length 0), so this asks the kernel with <c>statx</c>, whose
/// result has one layout on every Linux architecture. Elsewhere, or where libc lacks it, it cannot
/// tell (null), and reads stay bounded in size but a FIFO could still block.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private static bool _unavailable;

    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links; null when it cannot tell.</summary>
    public static FileKind? Of(string path)
    {
        if (_unavailable || !OperatingSystem.IsLinux()) return null;
        try
        {
            var buffer = default(StatxBuffer);
            if (Statx(AtFdCwd, path, 0, StatxType, ref buffer) != 0 || (buffer.Mask & StatxType) == 0) return null;
            return (buffer.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    /// <summary>struct statx: only the mask (offset 0) and the mode (offset 28) are read; 256 bytes is its size.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(28)] public ushort Mode;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref StatxBuffer buffer);
}
