using System.Buffers.Binary;
using System.Text;
using VenvLsp.Packages;

namespace VenvLsp.Tests;

public class GitIndexTests
{
    /// <summary>An index in git's version 2 format, entry by entry (checked against indexes git wrote, below).</summary>
    public static byte[] IndexV2(params string[] paths)
    {
        var bytes = new List<byte>();
        bytes.AddRange("DIRC"u8.ToArray());
        bytes.AddRange(BigEndian(2));
        bytes.AddRange(BigEndian((uint)paths.Length));
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var start = bytes.Count;
            bytes.AddRange(new byte[40]);          // ctime, mtime, dev, ino, mode, uid, gid, size
            bytes.AddRange(new byte[20]);          // object id
            var name = Encoding.UTF8.GetBytes(path);
            bytes.Add((byte)(Math.Min(name.Length, 0xFFF) >> 8));
            bytes.Add((byte)(Math.Min(name.Length, 0xFFF) & 0xFF));
            bytes.AddRange(name);
            do bytes.Add(0); while ((bytes.Count - start) % 8 != 0);
        }
        bytes.AddRange(new byte[20]);              // checksum
        return [.. bytes];
    }

    private static byte[] BigEndian(uint value)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, value);
        return buffer;
    }

    [Fact]
    public void Reads_paths_from_a_version_2_index()
    {
        Assert.Equal(["a.txt", "dir/b.txt", "venv/bin/python"], GitIndex.TrackedPaths(IndexV2("venv/bin/python", "a.txt", "dir/b.txt")));
    }

    [Theory]
    [InlineData("index-v2.bin")]
    [InlineData("index-v4.bin")]
    public void Reads_paths_from_indexes_git_wrote(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Packages", "Data", file));
        Assert.Equal(["README.md", "aigfs.v1.0.0/requirements.txt", "aigfs.v1.0.0/venv/bin/activate", "aigfs.v1.0.0/venv/pyvenv.cfg"],
            GitIndex.TrackedPaths(bytes));
    }

    [Fact]
    public void Gives_nothing_for_bytes_that_are_not_an_index()
    {
        Assert.Empty(GitIndex.TrackedPaths("not an index at all"u8));
        Assert.Empty(GitIndex.TrackedPaths([.. "DIRC"u8, 0, 0, 0, 2, 0, 0, 0, 9]));
    }
}
