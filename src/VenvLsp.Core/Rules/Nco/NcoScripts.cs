using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Nco;

/// <summary>The part a script plays in the NCO call chain, by the folder it is in.</summary>
public enum ScriptRole
{
    /// <summary>Not one of the standard's scripts (build scripts, sources, ecf files).</summary>
    None,
    /// <summary>A file directly in <c>jobs/</c>.</summary>
    JJob,
    /// <summary>A file directly in <c>scripts/</c>.</summary>
    ExScript,
    /// <summary>A file anywhere under <c>ush/</c>.</summary>
    UshScript,
}

/// <summary>What runs a script, as far as its name and <c>#!</c> line tell.</summary>
public enum ScriptLanguage
{
    Shell,
    Python,
    Perl,
}

/// <summary>Which files the NCO script rules (naming, <c>#!</c>, <c>set -x</c>, ASCII) read, and facts they share.</summary>
public static class NcoScripts
{
    /// <summary>The role of a document: shell files by their kind (the classifier already placed them), Python
    /// files by their folder (the classifier gives every <c>.py</c> the kind <see cref="DocumentKind.Python"/>).</summary>
    public static ScriptRole RoleOf(DocumentContext context) => context.Kind switch
    {
        DocumentKind.JJob => ScriptRole.JJob,
        DocumentKind.ExScript => ScriptRole.ExScript,
        DocumentKind.UshScript => ScriptRole.UshScript,
        DocumentKind.Python when context.PackageRoot is { } root => RoleOfPath(PathUtil.Relative(root, context.Path)),
        _ => ScriptRole.None,
    };

    /// <summary>The role a package-relative path gives: <c>jobs/x</c>, <c>scripts/x</c>, <c>ush/**/x</c>.</summary>
    public static ScriptRole RoleOfPath(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts switch
        {
            ["jobs", _] => ScriptRole.JJob,
            ["scripts", _] => ScriptRole.ExScript,
            ["ush", _, ..] => ScriptRole.UshScript,
            _ => ScriptRole.None,
        };
    }

    /// <summary>The language of a script: <c>.py</c> and <c>.pl</c> by name, else a Python or Perl <c>#!</c>
    /// line, else shell (bash, sh or ksh: the rules treat them alike).</summary>
    public static ScriptLanguage LanguageOf(string path, SourceText text)
    {
        if (path.EndsWith(".py", StringComparison.Ordinal)) return ScriptLanguage.Python;
        if (path.EndsWith(".pl", StringComparison.Ordinal)) return ScriptLanguage.Perl;
        if (Shebang.Read(text) is { } shebang)
        {
            var program = shebang.Program;
            if (program.StartsWith("python", StringComparison.Ordinal)) return ScriptLanguage.Python;
            if (program.StartsWith("perl", StringComparison.Ordinal)) return ScriptLanguage.Perl;
        }
        return ScriptLanguage.Shell;
    }

    /// <summary>True for a Python script that is run rather than imported: it has a <c>__main__</c> guard.</summary>
    public static bool IsRunnablePython(SourceText text) => text.Content.Contains("__main__", StringComparison.Ordinal);

    /// <summary>Where a finding about the file as a whole goes: its first line (empty at 0 for an empty file).</summary>
    public static TextSpan FileAnchor(SourceText text) => text.LineCount == 0 ? new TextSpan(0, 0) : text.GetLineSpan(0);

    /// <summary>The file name of a document.</summary>
    public static string NameOf(DocumentContext context) => PathUtil.FileName(context.Path);
}
