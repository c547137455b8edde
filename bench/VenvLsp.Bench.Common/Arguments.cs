namespace VenvLsp.Bench;

/// <summary>A tiny command line: <c>--name value</c> options and <c>--flag</c> switches; unknown names are errors.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i];
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument {name}");
            if (flags.Contains(name)) _values[name] = null;
            else if (i + 1 < list.Count) _values[name] = list[++i];
            else throw new ArgumentException($"{name} needs a value");
        }
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _values.ContainsKey(name);
    }

    public string? String(string name)
    {
        _used.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback) => String(name) is { } text ? int.Parse(text) : fallback;

    public int[] Ints(string name, int[] fallback) =>
        String(name) is { } text ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)] : fallback;

    /// <summary>Throws for options given but never asked for (a typo must not pass silently).</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown option(s): {string.Join(", ", unknown)}");
    }
}
