using System.Collections.Immutable;

namespace VenvLsp.Workspace;

/// <summary>An input a computation read, with the stamp it had then.</summary>
public readonly record struct Dependency(string Key, long Stamp);

/// <summary>
/// Collects the inputs a computation reads. Computations nest (an analysis uses the configuration,
/// which reads files): each has its own recorder on a per-thread stack, and what an inner one read is
/// added to the outer one. Engine computations are synchronous, so a thread-static stack is exact.
/// </summary>
internal sealed class DependencyRecorder
{
    [ThreadStatic]
    private static Stack<DependencyRecorder>? _stack;

    private readonly HashSet<Dependency> _dependencies = [];

    public ImmutableArray<Dependency> Dependencies => [.. _dependencies];

    public static void Record(Dependency dependency)
    {
        if (_stack is { Count: > 0 } stack) stack.Peek()._dependencies.Add(dependency);
    }

    public static void RecordAll(ImmutableArray<Dependency> dependencies)
    {
        if (_stack is not { Count: > 0 } stack) return;
        var current = stack.Peek()._dependencies;
        foreach (var dependency in dependencies) current.Add(dependency);
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
            return (value, recorder.Dependencies);
        }
        finally
        {
            _stack.Pop();
        }
    }
}
