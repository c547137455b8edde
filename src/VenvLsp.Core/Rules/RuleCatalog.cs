using System.Collections.Frozen;
using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using static VenvLsp.Diagnostics.RuleSet;
using static VenvLsp.Diagnostics.Severity;

namespace VenvLsp.Rules;

/// <summary>The descriptors of every rule, in catalog order.</summary>
public static class RuleCatalog
{
    // The rule set, named here because the namespace VenvLsp.Rules.Venv would otherwise hide it.
    private const RuleSet Venv = RuleSet.Venv;

    public static ImmutableArray<RuleDescriptor> All { get; } = ImmutableArray.Create(
        new RuleDescriptor(RuleIds.MissingRequirementsFile, "The package builds or activates a venv but has no requirements file the build installs from", Error, Venv),
        new RuleDescriptor(RuleIds.VenvNotIgnored, "venv/ is not ignored by .gitignore", Error, Venv, "Add venv/ to .gitignore"),
        new RuleDescriptor(RuleIds.VenvCommitted, "Files under venv/ are committed", Error, Venv),
        new RuleDescriptor(RuleIds.NoBuildScript, "Jobs activate the package venv but no build script creates it", Error, Venv),
        new RuleDescriptor(RuleIds.ActivateVirtualEnvNotPortable, "The built activate script does not set VIRTUAL_ENV to ${HOME<model>}/venv", Error, Venv),
        new RuleDescriptor(RuleIds.VenvHasOutsideLinks, "The built venv links outside itself: it was not built with copies", Error, Venv),

        new RuleDescriptor(RuleIds.InvalidRequirementLine, "A requirements line pip would reject", Error, Venv),
        new RuleDescriptor(RuleIds.NotApproved, "A package not on the approved software list", Error, Venv, "Replace with the approved name"),
        new RuleDescriptor(RuleIds.VersionNotApproved, "A version outside what the approved list allows", Error, Venv, "Pin to the newest approved version"),
        new RuleDescriptor(RuleIds.NotPinned, "A requirement not pinned to one version", Warning, Venv, "Pin to the approved or installed version"),
        new RuleDescriptor(RuleIds.DuplicateRequirement, "The same package required more than once", Warning, Venv, "Remove the repeated line"),
        new RuleDescriptor(RuleIds.DirectReference, "A direct reference (URL, path or editable) bypasses the approved list", Error, Venv),
        new RuleDescriptor(RuleIds.NetworkOption, "An index or network option in a requirements file", Error, Venv, "Remove the line"),
        new RuleDescriptor(RuleIds.MissingInclude, "An included requirements file does not exist", Error, Venv),
        new RuleDescriptor(RuleIds.NoApprovedList, "No approved list is configured or readable: approval was not checked", Info, Venv),
        new RuleDescriptor(RuleIds.InstalledNotListed, "A distribution installed in the venv is not listed in the requirements", Warning, Venv, "Add name==installed-version"),
        new RuleDescriptor(RuleIds.InstalledVersionDiffers, "The installed version differs from the pinned version", Warning, Venv),
        new RuleDescriptor(RuleIds.ImportNotProvided, "A module the package imports is not provided by any requirement", Error, Venv, "Add the distribution to the requirements"),
        new RuleDescriptor(RuleIds.RequirementDropped, "A requirement pip silently drops: a global option and a requirement on one line", Error, Venv, "Split into two lines"),
        new RuleDescriptor(RuleIds.GluedShortOption, "A short option whose glued value looks like a mistake", Warning, Venv),

        new RuleDescriptor(RuleIds.VenvWithoutCopies, "The venv is created without copies", Error, Venv, "Create the venv with copies"),
        new RuleDescriptor(RuleIds.VenvAlwaysCopy, "python -m venv --always-copy fails: the venv option is --copies", Error, Venv, "Replace with --copies"),
        new RuleDescriptor(RuleIds.PipWithoutRequireVirtualenv, "pip install without --require-virtualenv", Error, Venv, "Insert --require-virtualenv"),
        new RuleDescriptor(RuleIds.PipUnknownOption, "An option pip does not know or finds ambiguous", Error, Venv, "Replace with the intended option"),
        new RuleDescriptor(RuleIds.PipWithoutNoCacheDir, "pip install without --no-cache-dir", Error, Venv, "Insert --no-cache-dir"),
        new RuleDescriptor(RuleIds.NoActivateRewrite, "The build never rewrites VIRTUAL_ENV in venv/bin/activate", Error, Venv, "Insert a VIRTUAL_ENV rewrite"),
        new RuleDescriptor(RuleIds.IneffectiveActivateRewrite, "The VIRTUAL_ENV rewrite is ineffective or sets the wrong value", Error, Venv, "Replace with the robust rewrite"),
        new RuleDescriptor(RuleIds.NoPythonModuleBeforeVenv, "No module load python/... before the venv is created", Error, Venv, "Insert module load python/${python_ver:?}"),
        new RuleDescriptor(RuleIds.HardCodedPythonVersion, "The python version is hard-coded or older than the newest configured", Warning, Venv, "Use ${python_ver:?}"),
        new RuleDescriptor(RuleIds.NoBuildOptions, "The build script offers no build, clean and debug options", Warning, Venv),
        new RuleDescriptor(RuleIds.PipInstallOutsideRequirements, "pip install of a package outside the requirements file", Error, Venv),
        new RuleDescriptor(RuleIds.VenvOverOldOne, "The venv is created on top of an old one", Info, Venv),
        new RuleDescriptor(RuleIds.DependsOnWorkingDirectory, "The build script depends on the directory it is run from", Warning, Venv),

        new RuleDescriptor(RuleIds.NonStandardActivation, "The venv is not activated as source ${HOME<model>}/venv/bin/activate", Error, Venv, "Rewrite to the standard form"),
        new RuleDescriptor(RuleIds.NoDeactivate, "The venv is activated but never deactivated", Error, Venv, "Insert deactivate"),
        new RuleDescriptor(RuleIds.DeactivateWithoutActivate, "deactivate in a file that never sourced activate", Error, Venv, "Remove the line"),
        new RuleDescriptor(RuleIds.NoPythonModuleBeforeActivate, "The venv is activated without module load python/... before it", Error, Venv, "Insert module load python/${python_ver:?}"),
        new RuleDescriptor(RuleIds.ModuleLoadAfterActivate, "A module load after the venv is activated", Warning, Venv),
        new RuleDescriptor(RuleIds.OutsideVenvActivated, "A venv outside the package is activated", Warning, Venv),
        new RuleDescriptor(RuleIds.WrongHomeVariable, "The HOME<model> variable does not match the package's model", Error, Venv, "Use the package's HOME variable"),

        new RuleDescriptor(RuleIds.JJobName, "J-job name is not J[A-Z0-9_]+", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.ExScriptName, "ex-script name is not ex[a-z0-9_]+.(sh|py|pl)", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.UshScriptName, "ush script name is not lowercase with an extension", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.Shebang, "Missing or disallowed #! line", Error, RuleSet.Nco, "Insert #!/bin/bash"),
        new RuleDescriptor(RuleIds.NoSetX, "Script without set -x", Warning, RuleSet.Nco, "Insert set -x"),
        new RuleDescriptor(RuleIds.CrLfOrNonAscii, "CRLF line endings or non-ASCII characters in a script", Error, RuleSet.Nco, "Convert line endings to LF"),
        new RuleDescriptor(RuleIds.EcfHeadTail, "ecf job card without %include <head.h> and <tail.h> in order", Error, RuleSet.Nco),
        new RuleDescriptor(RuleIds.EcfModelBeforeHead, "ecf job card does not set model before %include <head.h>", Error, RuleSet.Nco),
        new RuleDescriptor(RuleIds.EcfSyntax, "ecFlow directive syntax error", Error, RuleSet.Nco),
        new RuleDescriptor(RuleIds.EcfForeignScheduler, "#BSUB or #SBATCH directives in an ecf job card", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.EcfMissingJJob, "The J-job an ecf job card calls does not exist", Error, RuleSet.Nco),
        new RuleDescriptor(RuleIds.DeveloperPath, "Developer work-area path or hard-coded HOME<model>= in a job", Error, RuleSet.Nco),
        new RuleDescriptor(RuleIds.PythonVersionMismatch, "build.ver and run.ver disagree on python_ver", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.VersionsFileEntry, "Versions file entry is malformed, unused or mis-prefixed", Warning, RuleSet.Nco, "Write the line as export name_ver=value"),
        new RuleDescriptor(RuleIds.NoErrChk, "J-job does not check the ex-script's exit", Warning, RuleSet.Nco),
        new RuleDescriptor(RuleIds.DataRemoval, "J-job removes $DATA without the KEEPDATA guard, or never removes it", Warning, RuleSet.Nco),

        new RuleDescriptor(RuleIds.UnusedSuppression, "A suppression comment that suppresses nothing", Warning, RuleSet.Checker, "Remove the suppression"),
        new RuleDescriptor(RuleIds.SuppressionWithoutReason, "A suppression comment without a reason", Warning, RuleSet.Checker),
        new RuleDescriptor(RuleIds.ConfigurationError, "Configuration error", Error, RuleSet.Checker),
        new RuleDescriptor(RuleIds.InvalidApprovedListLine, "A line of the approved list is not a valid requirement", Error, RuleSet.Checker));

    private static readonly FrozenDictionary<string, RuleDescriptor> ById =
        All.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public static RuleDescriptor Get(string id) => ById[id];

    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? rule) =>
        ById.TryGetValue(id, out rule);
}
