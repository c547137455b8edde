using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace VenvLsp.Workspace;

/// <summary>
/// Results kept from one snapshot to the next: each value with the inputs it read and their stamps.
/// A later snapshot reuses a value while every one of those inputs has the same stamp, so a change
/// re-computes exactly what depended on it. Thread-safe; shared by the snapshots of one workspace.
/// </summary>
public sealed class AnalysisCache
{
    private readonly ConcurrentDictionary<(string Kind, string Key), Entry> _entries = new();
    private long _computations;
    private readonly ConcurrentDictionary<string, long> _computationsByKind = new(StringComparer.Ordinal);

    internal sealed record Entry(object? Value, ImmutableArray<Dependency> Dependencies);

    /// <summary>How many values have been computed (not reused) so far, in all.</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>How many values of one kind (such as "analysis") have been computed so far.</summary>
    public long ComputationsOf(string kind) => _computationsByKind.TryGetValue(kind, out var count) ? count : 0;

    internal bool TryGet((string Kind, string Key) key, InputStamps stamps, out Entry entry)
    {
        if (_entries.TryGetValue(key, out entry!) && IsCurrent(entry, stamps)) return true;
        entry = null!;
        return false;
    }

    internal void Store((string Kind, string Key) key, Entry entry)
    {
        _entries[key] = entry;
        Interlocked.Increment(ref _computations);
        _computationsByKind.AddOrUpdate(key.Kind, 1, (_, count) => count + 1);
    }

    /// <summary>Forgets values of files that no longer matter (closed, deleted), to bound memory.</summary>
    public void Evict(Func<string, bool> keyIsStale)
    {
        foreach (var key in _entries.Keys)
            if (keyIsStale(key.Key)) _entries.TryRemove(key, out _);
    }

    public int Count => _entries.Count;

    /// <summary>The inputs the stored value of a key read (empty when there is none).</summary>
    public ImmutableArray<Dependency> DependenciesOf(string kind, string key) =>
        _entries.TryGetValue((kind, key), out var entry) ? entry.Dependencies : [];

    private static bool IsCurrent(Entry entry, InputStamps stamps)
    {
        foreach (var dependency in entry.Dependencies)
            if (stamps[dependency.Key] != dependency.Stamp) return false;
        return true;
    }
}
