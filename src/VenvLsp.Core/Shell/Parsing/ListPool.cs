using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace VenvLsp.Shell;

/// <summary>Reusable scratch lists for one parse, so that building a node's children costs one array.</summary>
internal sealed class ListPool<T>
{
    private readonly Stack<List<T>> _free = new();

    public List<T> Rent() => _free.Count > 0 ? _free.Pop() : new List<T>(8);

    /// <summary>Copies the list into an immutable array and takes the list back.</summary>
    public ImmutableArray<T> ToImmutableAndReturn(List<T> list)
    {
        var result = list.Count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(list));
        list.Clear();
        _free.Push(list);
        return result;
    }
}
