using VenvLsp.Python;
using VenvLsp.Rules.Venv;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// Decides what provides each import of one Python file of a package, in this order: <c>__future__</c>
/// and relative imports; the standard library of the package's Python (<see cref="PackagePython"/>;
/// every version's list when it is unknown); the package's own modules (<see cref="OwnModules"/>);
/// then a listed requirement, found (a) through the built venv's metadata of an installed distribution
/// the requirements list, else (b) through <see cref="ModuleDistributionTable"/>, else (c) by name
/// equality after PEP 503 normalization (for a dotted name, of its longest prefix that matches).
/// </summary>
/// <remarks>A test file (under <c>test/</c> or <c>tests/</c>, <c>test_*.py</c>, <c>*_test.py</c>,
/// <c>conftest.py</c>) may also be served by any requirements file of the package (a
/// <c>requirements-dev.txt</c> with <c>pytest</c>), since tests do not run from the production venv.</remarks>
public sealed class ImportResolver
{
    private readonly Lazy<PackagePython> _python;
    private readonly Lazy<BuiltVenv> _venv;
    private readonly Lazy<BuildRequirements> _requirements;
    private readonly Lazy<OwnModules> _own;
    private readonly Lazy<IReadOnlyList<ListedRequirement>> _otherRequirements;
    private readonly Lazy<VenvModules> _venvModules;
    private readonly Dictionary<string, ImportResolution> _byModule = new(StringComparer.Ordinal);

    public ImportResolver(WorkspaceSnapshot snapshot, string root, string path, PythonImportScan scan)
    {
        Root = root;
        Path = path;
        IsTestFile = IsTest(PathUtil.Relative(root, path));
        _python = new(() => PackagePython.Get(snapshot, root));
        _venv = new(() => BuiltVenv.Get(snapshot, root));
        _requirements = new(() => BuildRequirements.Get(snapshot, root));
        _own = new(() => new OwnModules(snapshot, root, path, scan));
        _otherRequirements = new(() => IsTestFile ? PackageRequirements.All(snapshot, root) : []);
        _venvModules = new(() => VenvModules.Get(snapshot, root));
    }

    /// <summary>The package root.</summary>
    public string Root { get; }

    /// <summary>The Python file.</summary>
    public string Path { get; }

    /// <summary>True for test code (see the remarks on the class).</summary>
    public bool IsTestFile { get; }

    /// <summary>The package's Python version.</summary>
    public PackagePython Python => _python.Value;

    /// <summary>The package's built venv (possibly not there: see <see cref="BuiltVenv.Exists"/>).</summary>
    public BuiltVenv Venv => _venv.Value;

    /// <summary>What the build installs.</summary>
    public BuildRequirements Requirements => _requirements.Value;

    /// <summary>Where the file's own modules are looked for.</summary>
    public OwnModules Own => _own.Value;

    /// <summary>The module-to-distribution table in use.</summary>
    public static ModuleDistributionTable Table => ModuleDistributionTable.Default;

    /// <summary>Resolves one import.</summary>
    public ImportResolution Resolve(PythonImport import)
    {
        if (import.IsFuture || import.ModuleName == "__future__") return new(import, ImportStatus.Future);
        if (import.IsRelative) return new(import, ImportStatus.Relative);
        // The answer depends on the module name alone: a file imports the same few modules many times.
        if (_byModule.TryGetValue(import.ModuleName, out var known)) return known with { Import = import };
        var resolution = ResolveModule(import);
        _byModule[import.ModuleName] = resolution;
        return resolution;
    }

    private ImportResolution ResolveModule(PythonImport import)
    {
        var module = import.ModuleName;
        var top = import.TopLevelName;
        if (top.Length == 0) return new(import, ImportStatus.Relative); // a broken statement names nothing to check
        if (StandardLibrary.IsStandardModule(top, Python.Version)) return new(import, ImportStatus.StandardLibrary);
        if (Own.Find(top) is { } own) return new(import, ImportStatus.OwnCode, OwnCodePath: own);

        // (a) through the installed metadata: top_level.txt first; the file lists, which cost more to
        // read, only when the table and the names cannot tell either.
        if (Venv.Exists && ProvidedBy(import, Venv.DeclaredProvidersOf(module)) is { } declared) return declared;
        var inTable = Table.TryGetDistributions(module, out var distributions);
        foreach (var distribution in distributions)
        {
            if (Listed(distribution) is { } requirement)
                return new(import, ImportStatus.Provided, requirement, ProviderEvidence.ModuleTable, Installed: InstalledOrNull(distribution));
        }
        for (var prefix = module; prefix.Length > 0; prefix = Parent(prefix))
        {
            if (Listed(prefix) is { } requirement)
                return new(import, ImportStatus.Provided, requirement, ProviderEvidence.SameName, Installed: InstalledOrNull(prefix));
        }
        var providers = Venv.Exists ? _venvModules.Value.ProvidersOf(module).Select(Venv.Find).OfType<InstalledDistribution>().ToList() : [];
        if (ProvidedBy(import, providers) is { } installed) return installed;
        return new(import, ImportStatus.NotProvided, Installed: providers.FirstOrDefault(), Candidate: Candidate(top, providers, inTable ? distributions : []));
    }

    /// <summary>The resolution when one of <paramref name="providers"/> is listed, or is the package's
    /// own code installed from its folder; null otherwise.</summary>
    private ImportResolution? ProvidedBy(PythonImport import, IReadOnlyList<InstalledDistribution> providers)
    {
        foreach (var installed in providers)
        {
            if (installed.LocalPath is { } local && PathUtil.IsUnder(local, Root))
                return new(import, ImportStatus.OwnCode, OwnCodePath: local, Installed: installed);
            if (Listed(installed.Name) is { } requirement)
                return new(import, ImportStatus.Provided, requirement, ProviderEvidence.InstalledMetadata, Installed: installed);
        }
        return null;
    }

    /// <summary>True when <paramref name="module"/> was in the standard library of some other Python
    /// version than the package's (known) one: <c>distutils</c> on 3.12.</summary>
    public bool LeftTheStandardLibrary(string module) =>
        Python.IsKnown && !StandardLibrary.IsStandardModule(module, Python.Version) && StandardLibrary.IsStandardModule(module);

    private ListedRequirement? Listed(string distribution)
    {
        if (Requirements.Find(distribution) is { } listed) return listed;
        var normalized = DistributionName.Normalize(distribution);
        return _otherRequirements.Value.FirstOrDefault(r => r.NormalizedName == normalized);
    }

    private InstalledDistribution? InstalledOrNull(string distribution) => Venv.Exists ? Venv.Find(distribution) : null;

    /// <summary>Which distribution to add: the installed one that provides the module (the table's
    /// choice first when several do), else the table's usual one, else the module name itself (a guess).</summary>
    private CandidateDistribution Candidate(string top, List<InstalledDistribution> providers, IReadOnlyList<string> fromTable)
    {
        var installed = providers.FirstOrDefault(p => fromTable.Any(d => DistributionName.AreEquivalent(d, p.Name))) ?? providers.FirstOrDefault();
        if (installed is not null) return new(installed.Name, installed.Version, ProviderEvidence.InstalledMetadata);
        if (fromTable.Count > 0) return new(fromTable[0], InstalledOrNull(fromTable[0])?.Version, ProviderEvidence.ModuleTable);
        return new(top, InstalledOrNull(top)?.Version, ProviderEvidence.SameName);
    }

    private static string Parent(string dotted)
    {
        var dot = dotted.LastIndexOf('.');
        return dot < 0 ? "" : dotted[..dot];
    }

    private static bool IsTest(string relative)
    {
        var parts = relative.Split('/');
        var name = parts[^1];
        return parts[..^1].Any(p => p is "test" or "tests")
               || name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name == "conftest.py";
    }
}
