using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>How code adds a folder to the module search path.</summary>
public enum PathAdditionKind
{
    /// <summary><c>sys.path.append(x)</c></summary>
    SysPathAppend,

    /// <summary><c>sys.path.insert(i, x)</c></summary>
    SysPathInsert,

    /// <summary><c>sys.path.extend(x)</c></summary>
    SysPathExtend,

    /// <summary><c>sys.path += x</c></summary>
    SysPathAugmentedAssignment,

    /// <summary><c>site.addsitedir(x)</c></summary>
    SiteAddSiteDir,

    /// <summary><c>os.environ["PYTHONPATH"] = x</c> (or <c>+=</c>), <c>os.environ.setdefault("PYTHONPATH", x)</c>,
    /// <c>os.putenv("PYTHONPATH", x)</c>: affects child processes.</summary>
    PythonPathEnvironment,
}

/// <summary>A statement that adds to the module search path: a hint that the package imports its own
/// modules from that folder (so those imports are not third-party dependencies).</summary>
/// <param name="Kind">The form of the addition.</param>
/// <param name="Span">The call or assignment.</param>
/// <param name="ArgumentSpan">The expression that gives the path.</param>
/// <param name="LiteralPieces">Every string literal in that expression, in order, decoded
/// (<c>os.path.join(os.path.dirname(__file__), "..", "lib")</c> gives <c>..</c> and <c>lib</c>); adjacent
/// literals are joined as Python joins them. f-strings and bytes are not literals.</param>
/// <param name="IsLiteral">The expression is nothing but one (possibly implicitly concatenated) string literal.</param>
/// <param name="ReferencesFile">The expression mentions <c>__file__</c>: the path is relative to the script.</param>
public sealed record PathAddition(
    PathAdditionKind Kind,
    TextSpan Span,
    TextSpan ArgumentSpan,
    ImmutableArray<string> LiteralPieces,
    bool IsLiteral,
    bool ReferencesFile);

/// <summary>The result of <see cref="PythonImportScanner.Scan"/>.</summary>
/// <param name="Imports">Imports in source order (a dynamic import found in a statement comes after
/// the statement's own imports).</param>
/// <param name="PathAdditions">Search-path additions in source order.</param>
/// <param name="Errors">Tokenizer and import-statement problems; scanning goes on after each.</param>
public sealed record PythonImportScan(
    ImmutableArray<PythonImport> Imports,
    ImmutableArray<PathAddition> PathAdditions,
    ImmutableArray<SyntaxError> Errors);
