using System.Collections.Immutable;

namespace VenvLsp.Workspace;

/// <summary>
/// A version stamp for every input that has changed since the workspace started: a file's content or
/// presence (<see cref="File"/>), a folder's entries (<see cref="Folder"/>), the editor's settings
/// (<see cref="Settings"/>). An input never changed has stamp 0. Stamps only grow and are unique, so
/// an equal stamp means an unchanged input. Immutable.
/// </summary>
public sealed class InputStamps
{
    private static long _counter;
    private readonly ImmutableDictionary<string, long> _stamps;

    private InputStamps(ImmutableDictionary<string, long> stamps) => _stamps = stamps;

    public static InputStamps Initial { get; } = new(ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal));

    public static string File(string path) => "f:" + path;

    public static string Folder(string path) => "d:" + path;

    public const string Settings = "settings";

    public long this[string key] => _stamps.TryGetValue(key, out var stamp) ? stamp : 0;

    /// <summary>New stamps in which every key given has changed.</summary>
    public InputStamps Bump(IEnumerable<string> keys)
    {
        var builder = _stamps.ToBuilder();
        foreach (var key in keys) builder[key] = Interlocked.Increment(ref _counter);
        return new InputStamps(builder.ToImmutable());
    }

    /// <summary>The stamps for a file that was created, changed or deleted: its content and presence,
    /// and the entries of the folder that holds it (and of the folders above, which may have appeared).</summary>
    public static IEnumerable<string> ForFileEvent(string path, bool presenceChanged)
    {
        yield return File(path);
        if (!presenceChanged) yield break;
        foreach (var folder in PathUtil.Ancestors(PathUtil.Directory(path)))
        {
            yield return Folder(folder);
            yield return File(folder);
        }
    }
}
