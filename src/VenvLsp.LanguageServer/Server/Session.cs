using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.LanguageServer.Conversion;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.LanguageServer.Server;

public enum LifecycleState
{
    Created,
    Initialized,
    ShutDown,
}

/// <summary>
/// The server's state. Only the request queue's state-change work mutates it, one change at a time
/// and in arrival order; every change ends in a new immutable <see cref="Snapshot"/>, which reads use.
/// </summary>
public sealed class Session(IFileSystem disk)
{
    public LifecycleState State { get; set; } = LifecycleState.Created;
    public ClientFeatures Client { get; set; } = ClientFeatures.None;
    public int? ClientProcessId { get; set; }
    public ImmutableArray<string> WorkspaceFolders { get; set; } = [];
    public ImmutableDictionary<string, OpenDocument> Documents { get; private set; } = ImmutableDictionary<string, OpenDocument>.Empty.WithComparers(StringComparer.Ordinal);
    public ConfigSettings EditorSettings { get; private set; } = ConfigSettings.Empty;

    /// <summary>Documents found by the workspace scan: analysed and reported even when not open.</summary>
    public ImmutableHashSet<string> ScannedDocuments { get; set; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    public IFileSystem Disk => disk;

    public WorkspaceSnapshot Snapshot { get; private set; } = new(disk);

    /// <summary>Every document diagnostics are reported for: the scanned ones and the open ones.</summary>
    public IEnumerable<string> TrackedDocuments => ScannedDocuments.Union(Documents.Keys);

    public LspConverter Converter(WorkspaceSnapshot snapshot) => new(path => snapshot.ReadText(path), Client.Encoding);

    public void Open(OpenDocument document)
    {
        var existed = Documents.ContainsKey(document.Path) || disk.FileExists(document.Path);
        Documents = Documents.SetItem(document.Path, document);
        Advance(InputStamps.ForFileEvent(document.Path, presenceChanged: !existed));
    }

    public void Change(string path, SourceText text, int version)
    {
        if (!Documents.TryGetValue(path, out var document)) return;
        Documents = Documents.SetItem(path, document with { Text = text, Version = version });
        Advance(InputStamps.ForFileEvent(path, presenceChanged: false));
    }

    public void Close(string path)
    {
        if (!Documents.ContainsKey(path)) return;
        Documents = Documents.Remove(path);
        Advance(InputStamps.ForFileEvent(path, presenceChanged: !disk.FileExists(path)));
    }

    /// <summary>Files created, changed or deleted on disk. An open document keeps the editor's text.</summary>
    public void FilesChanged(IEnumerable<(string Path, bool PresenceChanged)> changes) =>
        Advance(changes.SelectMany(c => InputStamps.ForFileEvent(c.Path, c.PresenceChanged)));

    public void SettingsChanged(ConfigSettings settings)
    {
        EditorSettings = settings;
        Advance([InputStamps.Settings]);
    }

    /// <summary>Replaces the documents found by the workspace scan; no input changed.</summary>
    public void SetScannedDocuments(IEnumerable<string> documents)
    {
        ScannedDocuments = documents.ToImmutableHashSet(StringComparer.Ordinal);
        LastChangedKeys = [];
        Generation++;
    }

    /// <summary>The keys changed by the last state change (for finding the documents it affects).</summary>
    public ImmutableArray<string> LastChangedKeys { get; private set; } = [];

    /// <summary>Counts state changes; a read made at one generation is outdated at the next.</summary>
    public long Generation { get; private set; }

    private void Advance(IEnumerable<string> changedKeys)
    {
        var keys = changedKeys.ToImmutableArray();
        var overlay = new OverlayFileSystem(disk, Documents.ToImmutableDictionary(p => p.Key, p => p.Value.Text));
        Snapshot = Snapshot.With(overlay, Snapshot.Stamps.Bump(keys), EditorSettings);
        LastChangedKeys = keys;
        Generation++;
    }
}
