using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>What a <see cref="VariableEvent"/> does to a variable.</summary>
public enum VariableEventKind
{
    /// <summary>Given a value without changing its export state: <c>X=1</c>, <c>declare X=1</c>,
    /// <c>local X=1</c>, <c>readonly X=1</c>, or a <c>for X in</c> loop (value unknown).</summary>
    Assigned,
    /// <summary>Marked for export, with or without a value: <c>export X</c>, <c>export X=1</c>,
    /// <c>declare -x X=1</c>, <c>typeset -x X</c>, an assignment under <c>set -a</c>, or a prefix
    /// assignment <c>X=1 cmd</c> (exported to that command only: see <see cref="VariableEvent.Scope"/>).</summary>
    Exported,
    /// <summary><c>export -n X</c>, <c>declare +x X</c>: still set, no longer exported.</summary>
    Unexported,
    /// <summary><c>unset X</c>, <c>unset -v X</c>.</summary>
    Unset,
}

/// <summary>One assignment or declaration of a variable, in document order.</summary>
/// <param name="Kind">What happens to the variable.</param>
/// <param name="Name">The variable name.</param>
/// <param name="Span">The assignment or name word (<c>X=1</c> in <c>export X=1</c>).</param>
/// <param name="Value">The value assigned, or null when none is (<c>export X</c>, <c>unset X</c>) or
/// it is not known (a loop variable).</param>
/// <param name="Scope">Where the event has effect: null for the whole script; else the span of the
/// subshell, command substitution, pipeline element or background command it happens in, of the
/// function for <c>local</c>, or of the command itself for a prefix assignment.</param>
/// <param name="Command">The command that made it, or null for a loop variable.</param>
/// <param name="IsCommandPrefix">True for <c>X=1 cmd</c>: the value is in <c>cmd</c>'s environment only.</param>
public sealed record VariableEvent(
    VariableEventKind Kind, string Name, TextSpan Span, Word? Value, TextSpan? Scope, SimpleCommand? Command, bool IsCommandPrefix)
{
    /// <summary>True when the event is in effect at <paramref name="offset"/> as far as position goes:
    /// it ends at or before the offset, and the offset is inside its scope.</summary>
    public bool AppliesAt(int offset) =>
        Span.End <= offset && (Scope is not { } scope || (offset >= scope.Start && offset <= scope.End));

    /// <summary>True when the event gives the variable a value (possibly unknown).</summary>
    public bool SetsValue => Value is not null || (Kind == VariableEventKind.Assigned);
}
