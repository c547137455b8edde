namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// Which documents read which inputs, from each document's last analysis; so a change of inputs
/// names exactly the documents to analyse again. Not thread-safe: the owner locks.
/// </summary>
internal sealed class DependencyIndex
{
    private readonly Dictionary<string, string[]> _inputsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _readers = new(StringComparer.Ordinal);

    public bool Contains(string document) => _inputsOf.ContainsKey(document);

    public void Set(string document, IEnumerable<string> inputs)
    {
        Remove(document);
        var keys = inputs.Distinct().ToArray();
        _inputsOf[document] = keys;
        foreach (var key in keys)
        {
            if (!_readers.TryGetValue(key, out var readers)) _readers[key] = readers = new HashSet<string>(StringComparer.Ordinal);
            readers.Add(document);
        }
    }

    public void Remove(string document)
    {
        if (!_inputsOf.Remove(document, out var keys)) return;
        foreach (var key in keys)
            if (_readers.TryGetValue(key, out var readers) && readers.Remove(document) && readers.Count == 0)
                _readers.Remove(key);
    }

    /// <summary>The documents whose last analysis read any of <paramref name="keys"/>.</summary>
    public HashSet<string> ReadersOf(IEnumerable<string> keys)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
            if (_readers.TryGetValue(key, out var readers)) result.UnionWith(readers);
        return result;
    }
}
