using VenvLsp.Ecflow;
using VenvLsp.Shell;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Scripts;

/// <summary>
/// A shell file as the rules read it: for an ecFlow job card (or include), the pre-processor layer
/// and the shell parsed from its <see cref="EcfDocument.ShellText"/> (same offsets as the file).
/// </summary>
public sealed record ShellDocument(ShellScript Script, EcfDocument? Ecf)
{
    public bool IsEcf => Ecf is not null;

    public static ShellDocument Parse(string path, SourceText text)
    {
        if (!IsEcfPath(path)) return new ShellDocument(ShellParser.Parse(text.Content), null);
        var ecf = EcfParser.Parse(text.Content);
        return new ShellDocument(ShellParser.Parse(ecf.ShellText), ecf);
    }

    /// <summary>A file pre-processed by ecFlow: <c>*.ecf</c>, and <c>*.h</c> or extension-less files under an <c>ecf/</c> folder.</summary>
    public static bool IsEcfPath(string path)
    {
        if (path.EndsWith(".ecf", StringComparison.Ordinal)) return true;
        if (!path.Contains("/ecf/", StringComparison.Ordinal)) return false;
        var name = PathUtil.FileName(path);
        return name.EndsWith(".h", StringComparison.Ordinal) || !name.Contains('.');
    }
}

public static class ShellDocuments
{
    /// <summary>The shell document of a file, parsed once while the file is unchanged.</summary>
    public static ShellDocument? GetShell(this WorkspaceSnapshot snapshot, string path) =>
        snapshot.GetParsed(path, static (p, text) => ShellDocument.Parse(p, text));
}
