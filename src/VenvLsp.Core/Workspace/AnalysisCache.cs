using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace VenvLsp.Workspace;

/// <summary>
/// Results kept from one snapshot to the next. Each value is stored with what it read: inputs (file
/// contents and presence, folder entries, settings) with their stamps, and other memoized values with
/// the value stamp they had. A value's own stamp changes only when a recomputation gives a different
/// value, so a change whose effect stops early (an edited job card that still declares the same model)
/// re-analyses nothing past that point. Thread-safe; shared by the snapshots of one workspace.
/// </summary>
public sealed class AnalysisCache
{
    private static long _valueStamps;
    private readonly ConcurrentDictionary<(string Kind, string Key), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _computationsByKind = new(StringComparer.Ordinal);
    private long _computations;

    internal sealed record Entry(object? Value, ImmutableArray<Dependency> Dependencies, long ValueStamp);

    /// <summary>How many values have been computed (not reused) so far, in all.</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>How many values of one kind (such as "analysis") have been computed so far.</summary>
    public long ComputationsOf(string kind) => _computationsByKind.TryGetValue(kind, out var count) ? count : 0;

    public int Count => _entries.Count;

    internal bool TryGet((string Kind, string Key) key, out Entry entry) => _entries.TryGetValue(key, out entry!);

    /// <summary>Stores a fresh value; it keeps the old value stamp when it equals the old value.</summary>
    internal Entry Store((string Kind, string Key) key, object? value, ImmutableArray<Dependency> dependencies, Entry? previous)
    {
        var stamp = previous is not null && Equals(previous.Value, value) ? previous.ValueStamp : Interlocked.Increment(ref _valueStamps);
        var entry = new Entry(value, dependencies, stamp);
        _entries[key] = entry;
        Interlocked.Increment(ref _computations);
        _computationsByKind.AddOrUpdate(key.Kind, 1, (_, count) => count + 1);
        return entry;
    }

    /// <summary>The inputs (not memoized values) a stored value read, directly or through the values it used.</summary>
    public ImmutableHashSet<string> InputsOf(string kind, string key)
    {
        var inputs = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var visited = new HashSet<(string, string)>();
        var pending = new Stack<(string, string)>();
        pending.Push((kind, key));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!visited.Add(current) || !_entries.TryGetValue(current, out var entry)) continue;
            foreach (var dependency in entry.Dependencies)
            {
                if (Dependency.TryParseMemo(dependency.Key, out var memo)) pending.Push(memo);
                else inputs.Add(dependency.Key);
            }
        }
        return inputs.ToImmutable();
    }

    /// <summary>Forgets values whose key matches (files closed or deleted), to bound memory.</summary>
    public void Evict(Func<string, bool> keyIsStale)
    {
        foreach (var key in _entries.Keys)
            if (keyIsStale(key.Key)) _entries.TryRemove(key, out _);
    }
}
