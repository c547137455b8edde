using System.Diagnostics;
using VenvLsp.Bench.Generators;

namespace VenvLsp.WorkspaceBench;

/// <summary>The generated tree: a repository of <c>packages</c> packages of 100 files each.</summary>
public sealed record WorkspaceTree(string Root, int Packages, int Files, long Bytes, double GenerateMs)
{
    private static readonly string[] Models =
    [
        "aigfs", "aigefs", "evs", "hafs", "nbm", "stofs", "gfs", "gefs", "rrfs", "hrrr",
        "nam", "rtofs", "wave", "cfs", "href", "sref", "urma", "rtma", "naefs", "glwu",
    ];

    public static string ModelOf(int index) => Models[index % Models.Length] + (index >= Models.Length ? (index / Models.Length).ToString() : "");

    public static string PackageFolder(string root, int index) => Path.Combine(root, new PackageSpec(ModelOf(index), index).Folder);

    public static WorkspaceTree Generate(string root, int packages)
    {
        var watch = Stopwatch.StartNew();
        var files = PackageGenerator.RepositoryFiles();
        for (var i = 0; i < packages; i++) files.AddRange(PackageGenerator.Generate(new PackageSpec(ModelOf(i), i)));
        var bytes = TreeWriter.Write(root, files);
        // .git/HEAD is scaffolding, not one of the packages' files.
        return new WorkspaceTree(root, packages, files.Count - 1, bytes, watch.Elapsed.TotalMilliseconds);
    }
}
