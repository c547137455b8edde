using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Packages;
using VenvLsp.Rules.Build;
using VenvLsp.Shell;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Scripts;

/// <summary>What rules on shell files (build scripts, job cards, J-jobs, ex- and ush scripts) see.</summary>
public sealed class ShellContext : DocumentContext
{
    private readonly Lazy<PackageModel?> _package;
    private readonly Lazy<PathResolver> _paths;

    public ShellContext(WorkspaceSnapshot snapshot, string path, SourceText text, DocumentKind kind, AnalysisOptions options,
        string? packageRoot, ShellDocument document, CancellationToken cancellationToken)
        : base(snapshot, path, text, kind, options, packageRoot, cancellationToken)
    {
        Document = document;
        _package = new(() => packageRoot is null ? null : PackageModel.Get(snapshot, packageRoot));
        _paths = new(() => new PathResolver(Script, path, packageRoot, Package?.HomeVariable));
    }

    public ShellDocument Document { get; }

    public ShellScript Script => Document.Script;

    /// <summary>The package the file is in; null outside packages.</summary>
    public PackageModel? Package => _package.Value;

    /// <summary>The package's <c>HOME&lt;model&gt;</c> variable, when the file is in a package.</summary>
    public string? HomeVariable => Package?.HomeVariable;

    /// <summary>Recognized once per parse (the file's venv facts read the same result).</summary>
    public ImmutableArray<VenvCreation> VenvCreations => PythonCommands.In(Script).Creations;

    public ImmutableArray<PipInstall> PipInstalls => PythonCommands.In(Script).Installs;

    /// <summary>True for a build script: it creates a venv or installs with pip.</summary>
    public bool IsBuildScript => !VenvCreations.IsEmpty || !PipInstalls.IsEmpty;

    /// <summary>True for the files that run in operations: job cards, J-jobs, ex- and ush scripts.</summary>
    public bool IsJob => Kind is DocumentKind.EcfJobCard or DocumentKind.JJob or DocumentKind.ExScript or DocumentKind.UshScript;

    public PathResolver Paths => _paths.Value;

    /// <summary>The text of a line's leading whitespace, for inserted lines.</summary>
    public string IndentAt(int offset) => Fixes.LineEdits.IndentOf(Text, Text.GetLineIndex(offset));
}
