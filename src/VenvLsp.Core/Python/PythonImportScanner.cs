using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>
/// Finds the imports of a Python source file without running it: every <c>import</c> and
/// <c>from ... import</c> statement, dynamic imports with a literal name, and additions to the module
/// search path. Tokenizer-aware: nothing inside a string, docstring or comment counts.
/// </summary>
/// <remarks>Reads Python 3 (through 3.12's f-string grammar) and tolerates Python 2 leftovers
/// (<c>print "x"</c>, <c>ur""</c>) and broken code: it never throws, and every span lies inside the
/// text. One pass, linear in the length of the text.</remarks>
public static class PythonImportScanner
{
    /// <summary>Scans <paramref name="source"/>. Never throws.</summary>
    public static PythonImportScan Scan(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = new List<PythonToken>(source.Length / 6 + 16);
        var errors = new List<SyntaxError>();
        PythonTokenizer.Tokenize(source, tokens, errors);
        var walker = new PythonStatementWalker(source, tokens, errors);
        walker.Run();
        return new PythonImportScan(walker.BuildImports(), walker.PathAdditions.ToImmutable(), [.. errors]);
    }
}
