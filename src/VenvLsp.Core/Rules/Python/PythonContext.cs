using VenvLsp.Configuration;
using VenvLsp.Packages;
using VenvLsp.Python;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>What rules on the package's own Python files see: the imports and the package.</summary>
public sealed class PythonContext : DocumentContext
{
    private readonly Lazy<PackageModel?> _package;

    public PythonContext(WorkspaceSnapshot snapshot, string path, SourceText text, AnalysisOptions options, string? packageRoot,
        PythonImportScan imports, CancellationToken cancellationToken)
        : base(snapshot, path, text, DocumentKind.Python, options, packageRoot, cancellationToken)
    {
        Imports = imports;
        _package = new(() => packageRoot is null ? null : PackageModel.Get(snapshot, packageRoot));
    }

    public PythonImportScan Imports { get; }

    public PackageModel? Package => _package.Value;
}
