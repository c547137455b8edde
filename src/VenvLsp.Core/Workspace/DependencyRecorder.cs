using System.Collections.Immutable;

namespace VenvLsp.Workspace;

/// <summary>Something a computation read, with the stamp it had then: an input (<c>f:path</c>,
/// <c>d:path</c>, <c>settings</c>) or a memoized value (<c>m:kind\u0001key</c>, with its value stamp).</summary>
public readonly record struct Dependency(string Key, long Stamp)
{
    private const string MemoPrefix = "m:";
    private const char Separator = '\u0001';

    public static string MemoKey(string kind, string key) => MemoPrefix + kind + Separator + key;

    public static bool TryParseMemo(string dependencyKey, out (string Kind, string Key) memo)
    {
        memo = default;
        if (!dependencyKey.StartsWith(MemoPrefix, StringComparison.Ordinal)) return false;
        var separator = dependencyKey.IndexOf(Separator, MemoPrefix.Length);
        if (separator < 0) return false;
        memo = (dependencyKey[MemoPrefix.Length..separator], dependencyKey[(separator + 1)..]);
        return true;
    }
}

/// <summary>
/// Collects what a computation reads. Computations nest (an analysis uses the configuration, which
/// reads files): each has its own recorder on a per-thread stack and records only what it read
/// directly. Engine computations are synchronous, so a thread-static stack is exact.
/// </summary>
internal sealed class DependencyRecorder
{
    [ThreadStatic]
    private static Stack<DependencyRecorder>? _stack;

    private readonly HashSet<Dependency> _dependencies = [];

    public static void Record(Dependency dependency)
    {
        if (_stack is { Count: > 0 } stack) stack.Peek()._dependencies.Add(dependency);
    }

    /// <summary>Runs <paramref name="compute"/> recording what it reads.</summary>
    public static (T Value, ImmutableArray<Dependency> Dependencies) Run<T>(Func<T> compute)
    {
        _stack ??= new Stack<DependencyRecorder>();
        var recorder = new DependencyRecorder();
        _stack.Push(recorder);
        try
        {
            var value = compute();
            return (value, [.. recorder._dependencies]);
        }
        finally
        {
            _stack.Pop();
        }
    }
}
