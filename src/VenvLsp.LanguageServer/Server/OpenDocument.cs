using VenvLsp.Text;

namespace VenvLsp.LanguageServer.Server;

/// <summary>A document the editor has open: its text and version are the editor's, not the disk's.</summary>
public sealed record OpenDocument(string Path, string Uri, SourceText Text, int Version, string LanguageId);
