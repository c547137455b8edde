using System.Buffers.Binary;
using System.Text;

namespace VenvLsp.Packages;

/// <summary>
/// Reads the paths git tracks from its index file (<c>.git/index</c>, format versions 2, 3 and 4).
/// Never throws: a file it cannot read gives no paths.
/// </summary>
public static class GitIndex
{
    public static IReadOnlyList<string> TrackedPaths(ReadOnlySpan<byte> index)
    {
        var paths = new List<string>();
        if (index.Length < 12 || !index[..4].SequenceEqual("DIRC"u8)) return paths;
        var version = BinaryPrimitives.ReadUInt32BigEndian(index[4..]);
        var count = BinaryPrimitives.ReadUInt32BigEndian(index[8..]);
        if (version is < 2 or > 4) return paths;
        var position = 12;
        var previous = "";
        for (var n = 0; n < count; n++)
        {
            var start = position;
            // ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), object id (20), flags (2)
            position += 62;
            if (position > index.Length) break;
            var flags = BinaryPrimitives.ReadUInt16BigEndian(index[(position - 2)..]);
            if (version >= 3 && (flags & 0x4000) != 0) position += 2;
            if (position > index.Length) break;
            string path;
            if (version == 4)
            {
                // The path is the previous one minus N bytes, plus a NUL-terminated suffix.
                var (remove, read) = ReadVarint(index[position..]);
                if (read == 0) break;
                position += read;
                var end = index[position..].IndexOf((byte)0);
                if (end < 0) break;
                var keep = Math.Max(0, Encoding.UTF8.GetByteCount(previous) - (int)remove);
                var prefix = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(previous), 0, keep);
                path = prefix + Encoding.UTF8.GetString(index.Slice(position, end));
                position += end + 1;
            }
            else
            {
                var end = index[position..].IndexOf((byte)0);
                if (end < 0) break;
                path = Encoding.UTF8.GetString(index.Slice(position, end));
                position += end + 1;
                // Entries are padded with NULs to a multiple of eight bytes.
                var length = position - start;
                position = start + ((length + 7) & ~7);
            }
            paths.Add(path);
            previous = path;
        }
        return paths;
    }

    private static (long Value, int Read) ReadVarint(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return (0, 0);
        long value = bytes[0] & 0x7F;
        var i = 0;
        while ((bytes[i] & 0x80) != 0)
        {
            if (++i >= bytes.Length || i > 8) return (0, 0);
            value = ((value + 1) << 7) | (long)(bytes[i] & 0x7F);
        }
        return (value, i + 1);
    }
}
