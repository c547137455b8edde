using VenvLsp.Python;
using VenvLsp.Rules.Venv;

namespace VenvLsp.Rules.Python;

/// <summary>What an import needs at run time, as far as the package shows it.</summary>
public enum ImportStatus
{
    /// <summary><c>from __future__ import ...</c>: a compiler directive.</summary>
    Future,

    /// <summary><c>from . import x</c>: the package's own code.</summary>
    Relative,

    /// <summary>A module of the standard library of the package's Python.</summary>
    StandardLibrary,

    /// <summary>A module of the package itself (see <see cref="OwnModules"/>).</summary>
    OwnCode,

    /// <summary>A distribution the build's requirements list provides it.</summary>
    Provided,

    /// <summary>Nothing above: the venv will not have it.</summary>
    NotProvided,
}

/// <summary>How a requirement was found to provide a module.</summary>
public enum ProviderEvidence
{
    /// <summary>The built venv's metadata of the installed distribution (<c>top_level.txt</c>, <c>RECORD</c>).</summary>
    InstalledMetadata,

    /// <summary>The table of import names that differ from distribution names (<see cref="ModuleDistributionTable"/>).</summary>
    ModuleTable,

    /// <summary>The module and distribution names are the same after PEP 503 normalization.</summary>
    SameName,
}

/// <summary>A distribution that would provide a module nothing listed provides.</summary>
/// <param name="Name">The distribution name as published.</param>
/// <param name="InstalledVersion">Its version in the built venv, when installed there.</param>
/// <param name="Evidence">How it was found; <see cref="ProviderEvidence.SameName"/> is a guess from the module name.</param>
public sealed record CandidateDistribution(string Name, string? InstalledVersion, ProviderEvidence Evidence);

/// <summary>The answer for one import.</summary>
/// <param name="Import">The import.</param>
/// <param name="Status">What provides it.</param>
/// <param name="Requirement">For <see cref="ImportStatus.Provided"/>: the requirement that provides it.</param>
/// <param name="Evidence">For <see cref="ImportStatus.Provided"/>: how that was found.</param>
/// <param name="OwnCodePath">For <see cref="ImportStatus.OwnCode"/>: the file or folder of the module.</param>
/// <param name="Installed">The installed distribution of the built venv that provides the module, if any.</param>
/// <param name="Candidate">For <see cref="ImportStatus.NotProvided"/>: what to add to the requirements.</param>
public sealed record ImportResolution(
    PythonImport Import,
    ImportStatus Status,
    ListedRequirement? Requirement = null,
    ProviderEvidence? Evidence = null,
    string? OwnCodePath = null,
    InstalledDistribution? Installed = null,
    CandidateDistribution? Candidate = null);
