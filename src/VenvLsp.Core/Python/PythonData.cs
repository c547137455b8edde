using System.Reflection;

namespace VenvLsp.Python;

/// <summary>The data files of <c>Python/Data</c>, embedded in this assembly.</summary>
internal static class PythonData
{
    private const string Prefix = "VenvLsp.Python.Data.";
    private static readonly Assembly Assembly = typeof(PythonData).Assembly;

    /// <summary>File names (without the resource prefix) that start with <paramref name="start"/>.</summary>
    public static IEnumerable<string> FileNames(string start) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + start, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);

    /// <summary>Reads an embedded file. A missing file is a packaging bug, hence the exception.</summary>
    public static string Read(string fileName)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
