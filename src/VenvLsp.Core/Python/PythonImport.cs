using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>How a module came to be imported.</summary>
public enum PythonImportKind
{
    /// <summary><c>import a.b [as c]</c>: one <see cref="PythonImport"/> per comma-separated module.</summary>
    Import,

    /// <summary><c>from a.b import c, d</c> (also relative: <c>from . import x</c>).</summary>
    FromImport,

    /// <summary><c>importlib.import_module("x")</c>, <c>import_module("x")</c> or <c>__import__("x")</c>
    /// with a string literal argument.</summary>
    Dynamic,
}

/// <summary>Where an import stands, as far as it matters for "is this a hard dependency?".</summary>
[Flags]
public enum PythonImportFlags
{
    None = 0,

    /// <summary>Inside the body of a <c>try:</c> whose handlers catch <c>ImportError</c>,
    /// <c>ModuleNotFoundError</c>, <c>Exception</c>, <c>BaseException</c> or everything (a bare
    /// <c>except:</c>), at any depth; or inside <c>with suppress(ImportError):</c>.</summary>
    Optional = 1,

    /// <summary>Inside an <c>if</c>/<c>elif</c>/<c>else</c> branch or a <c>match</c> <c>case</c>.</summary>
    Conditional = 2,

    /// <summary>Inside a function or method body (runs only when called).</summary>
    InFunction = 4,

    /// <summary>Inside a class body (runs when the class statement runs, usually at import time).</summary>
    InClass = 8,

    /// <summary><c>from __future__ import ...</c>: a compiler directive, never a dependency.</summary>
    Future = 16,

    /// <summary>A call to <c>importlib.import_module</c> or <c>__import__</c>, not an import statement.</summary>
    Dynamic = 32,

    /// <summary>Inside <c>if TYPE_CHECKING:</c> (or <c>typing.TYPE_CHECKING</c>): never runs.</summary>
    TypeCheckingOnly = 64,

    /// <summary>Inside an <c>except</c> handler: typically the fallback of an optional import.</summary>
    InExceptHandler = 128,
}

/// <summary>A name after <c>from m import</c>: <c>p</c> in <c>from m import p as q</c> (Alias <c>q</c>);
/// <c>*</c> for a star import.</summary>
public sealed record ImportedName(string Name, string? Alias, TextSpan Span);

/// <summary>One imported module.</summary>
/// <param name="Kind">Statement form.</param>
/// <param name="ModuleName">The dotted module name as imported, without the leading dots of a relative
/// import; empty for <c>from . import x</c>.</param>
/// <param name="RelativeLevel">Number of leading dots: 0 for an absolute import.</param>
/// <param name="ModuleSpan">The module name (for a relative import without a name, its dots; for a
/// dynamic import, the inside of the string literal).</param>
/// <param name="StatementSpan">The whole simple statement (for a dynamic import, the call).</param>
/// <param name="Alias">The <c>as</c> name of <c>import a.b as c</c>.</param>
/// <param name="Names">The names of a <c>from</c> import; empty otherwise.</param>
/// <param name="Flags">Where the import stands.</param>
public sealed record PythonImport(
    PythonImportKind Kind,
    string ModuleName,
    int RelativeLevel,
    TextSpan ModuleSpan,
    TextSpan StatementSpan,
    string? Alias,
    ImmutableArray<ImportedName> Names,
    PythonImportFlags Flags)
{
    /// <summary>The first component of <see cref="ModuleName"/>: what decides which distribution (or
    /// the standard library) provides the module. Empty for a relative import, which always names the
    /// importing package's own code.</summary>
    public string TopLevelName => IsRelative ? "" : FirstComponent(ModuleName);

    /// <summary>True for <c>from .x import y</c> and other leading-dot imports.</summary>
    public bool IsRelative => RelativeLevel > 0;
    /// <summary>See <see cref="PythonImportFlags.Optional"/>.</summary>
    public bool IsOptional => (Flags & PythonImportFlags.Optional) != 0;
    /// <summary>See <see cref="PythonImportFlags.Conditional"/>.</summary>
    public bool IsConditional => (Flags & PythonImportFlags.Conditional) != 0;
    /// <summary>See <see cref="PythonImportFlags.InFunction"/>.</summary>
    public bool IsInFunction => (Flags & PythonImportFlags.InFunction) != 0;
    /// <summary>See <see cref="PythonImportFlags.InClass"/>.</summary>
    public bool IsInClass => (Flags & PythonImportFlags.InClass) != 0;
    /// <summary>See <see cref="PythonImportFlags.Future"/>.</summary>
    public bool IsFuture => (Flags & PythonImportFlags.Future) != 0;
    /// <summary>See <see cref="PythonImportFlags.Dynamic"/>.</summary>
    public bool IsDynamic => (Flags & PythonImportFlags.Dynamic) != 0;
    /// <summary>See <see cref="PythonImportFlags.TypeCheckingOnly"/>.</summary>
    public bool IsTypeCheckingOnly => (Flags & PythonImportFlags.TypeCheckingOnly) != 0;
    /// <summary>See <see cref="PythonImportFlags.InExceptHandler"/>.</summary>
    public bool IsInExceptHandler => (Flags & PythonImportFlags.InExceptHandler) != 0;

    private static string FirstComponent(string dotted)
    {
        var dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted[..dot];
    }
}
