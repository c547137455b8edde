namespace VenvLsp.Bench;

/// <summary>Finds the repository (the folder with <c>VenvLsp.sln</c>) from the current folder or the program's.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "VenvLsp.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("VenvLsp.sln not found above the current folder or the program; run from the repository");
    }
}
