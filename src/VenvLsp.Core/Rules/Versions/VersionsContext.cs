using VenvLsp.Configuration;
using VenvLsp.Packages;
using VenvLsp.Text;
using VenvLsp.Versions;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Versions;

/// <summary>What rules on versions files (<c>versions/*.ver</c>) see.</summary>
public sealed class VersionsContext : DocumentContext
{
    private readonly Lazy<PackageModel?> _package;

    public VersionsContext(WorkspaceSnapshot snapshot, string path, SourceText text, AnalysisOptions options, string? packageRoot,
        VersionsFile file, CancellationToken cancellationToken)
        : base(snapshot, path, text, DocumentKind.Versions, options, packageRoot, cancellationToken)
    {
        File = file;
        _package = new(() => packageRoot is null ? null : PackageModel.Get(snapshot, packageRoot));
    }

    public VersionsFile File { get; }

    public PackageModel? Package => _package.Value;
}
