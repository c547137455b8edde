namespace VenvLsp.Python;

internal enum PythonBlockKind
{
    Try,
    Except,
    TryElse,
    Finally,
    If,
    Else,
    Loop,
    LoopElse,
    With,
    Def,
    Class,
    Match,
    Case,
}

/// <summary>One <c>try</c> statement. Its handlers come after its body, so whether the body's imports
/// are optional is known only once the handlers have been read.</summary>
internal sealed class PythonTryStatement
{
    public bool CatchesImportErrors { get; set; }
}

/// <summary>A compound statement whose body is being read.</summary>
/// <param name="Kind">What statement it is.</param>
/// <param name="HeaderIndent">Indentation column of the header: lines indented further are its body.</param>
/// <param name="Try">The <c>try</c> statement a try body, handler or else clause belongs to.</param>
/// <param name="TypeChecking">An <c>if TYPE_CHECKING:</c> branch.</param>
/// <param name="SuppressesImportErrors">A <c>with suppress(ImportError):</c> block.</param>
internal sealed record PythonBlock(
    PythonBlockKind Kind,
    int HeaderIndent,
    PythonTryStatement? Try = null,
    bool TypeChecking = false,
    bool SuppressesImportErrors = false);

/// <summary>The compound statements enclosing the line being read, and the last clause header seen at
/// each indentation (so that <c>except</c>/<c>else</c>/<c>elif</c> find the statement they continue).</summary>
internal sealed class PythonBlockStack
{
    private readonly List<PythonBlock> _open = [];
    private readonly List<PythonBlock> _lastHeaders = [];

    /// <summary>Closes the blocks a line at <paramref name="indent"/> is not inside of.</summary>
    public void EnterLine(int indent)
    {
        while (_open.Count > 0 && _open[^1].HeaderIndent >= indent) _open.RemoveAt(_open.Count - 1);
        while (_lastHeaders.Count > 0 && _lastHeaders[^1].HeaderIndent > indent) _lastHeaders.RemoveAt(_lastHeaders.Count - 1);
    }

    /// <summary>The header a continuation clause at <paramref name="indent"/> continues, if any.</summary>
    public PythonBlock? PreviousHeaderAt(int indent) =>
        _lastHeaders.Count > 0 && _lastHeaders[^1].HeaderIndent == indent ? _lastHeaders[^1] : null;

    /// <summary>Records a header at its indentation; a simple statement (null) ends the chain of clauses.</summary>
    public void SetHeaderAt(int indent, PythonBlock? header)
    {
        if (_lastHeaders.Count > 0 && _lastHeaders[^1].HeaderIndent == indent) _lastHeaders.RemoveAt(_lastHeaders.Count - 1);
        if (header is not null) _lastHeaders.Add(header);
    }

    public void Push(PythonBlock block) => _open.Add(block);

    /// <summary>The context of a statement inside the open blocks (and inside <paramref name="inline"/>,
    /// the header of a one-line suite such as <c>try: import x</c>).</summary>
    public (PythonImportFlags Flags, PythonTryStatement[] Trys) Context(PythonBlock? inline)
    {
        var flags = PythonImportFlags.None;
        List<PythonTryStatement>? trys = null;
        foreach (var block in _open) Add(block, ref flags, ref trys);
        if (inline is not null) Add(inline, ref flags, ref trys);
        return (flags, trys?.ToArray() ?? []);
    }

    private static void Add(PythonBlock block, ref PythonImportFlags flags, ref List<PythonTryStatement>? trys)
    {
        switch (block.Kind)
        {
            case PythonBlockKind.Try when block.Try is not null:
                (trys ??= []).Add(block.Try);
                break;
            case PythonBlockKind.Except:
                flags |= PythonImportFlags.InExceptHandler;
                break;
            case PythonBlockKind.If or PythonBlockKind.Else or PythonBlockKind.Case:
                flags |= PythonImportFlags.Conditional;
                break;
            case PythonBlockKind.Def:
                flags |= PythonImportFlags.InFunction;
                break;
            case PythonBlockKind.Class:
                flags |= PythonImportFlags.InClass;
                break;
        }
        if (block.TypeChecking) flags |= PythonImportFlags.TypeCheckingOnly;
        if (block.SuppressesImportErrors) flags |= PythonImportFlags.Optional;
    }
}
