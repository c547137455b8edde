using System.Collections.Immutable;
using VenvLsp.Rules.Build;
using VenvLsp.Rules.Checker;
using VenvLsp.Rules.Jobs;
using VenvLsp.Rules.Nco;
using VenvLsp.Rules.Package;
using VenvLsp.Rules.Python;
using VenvLsp.Rules.Versions;
using VenvLsp.Rules.Requirements;
using VenvLsp.Rules.Scripts;
using VenvLsp.Rules.Venv;

namespace VenvLsp.Rules;

/// <summary>Every rule, grouped by the kind of document it reads. Rules are stateless: one instance
/// each, made on first use.</summary>
public static class RuleRegistry
{
    private static readonly Lazy<ImmutableArray<Rule<RequirementsContext>>> RequirementsRules = new(() =>
    [
        new Venv100InvalidLine(),
        new Venv101NotApproved(),
        new Venv102VersionNotApproved(),
        new Venv103NotPinned(),
        new Venv104Duplicate(),
        new Venv105DirectReference(),
        new Venv106NetworkOption(),
        new Venv107MissingInclude(),
        new Venv108NoApprovedList(),
        new Venv112RequirementDropped(),
        new Venv113GluedShortOption(),
        new Venv109InstalledNotListed(),
        new Venv110InstalledVersionDiffers(),
    ]);

    private static readonly Lazy<ImmutableArray<Rule<ShellContext>>> ShellRules = new(() =>
    [
        new Venv001MissingRequirementsFile(),
        new Venv002VenvNotIgnored(),
        new Venv003VenvCommitted(),
        new Venv004NoBuildScript(),
        new Venv200VenvWithoutCopies(),
        new Venv201VenvAlwaysCopy(),
        new Venv202PipWithoutRequireVirtualenv(),
        new Venv203PipUnknownOption(),
        new Venv204PipWithoutNoCacheDir(),
        new Venv205NoActivateRewrite(),
        new Venv206IneffectiveActivateRewrite(),
        new Venv207NoPythonModuleBeforeVenv(),
        new Venv208HardCodedPythonVersion(),
        new Venv209NoBuildOptions(),
        new Venv210PipInstallOutsideRequirements(),
        new Venv211VenvOverOldOne(),
        new Venv212DependsOnWorkingDirectory(),
        new Venv300NonStandardActivation(),
        new Venv301NoDeactivate(),
        new Venv302DeactivateWithoutActivate(),
        new Venv303NoPythonModuleBeforeActivate(),
        new Venv304ModuleLoadAfterActivate(),
        new Venv305OutsideVenvActivated(),
        new Venv306WrongHomeVariable(),
        new Nco401JJobName<ShellContext>(),
        new Nco402ExScriptName<ShellContext>(),
        new Nco403UshScriptName<ShellContext>(),
        new Nco404Shebang<ShellContext>(),
        new Nco405NoSetX(),
        new Nco406CrLfOrNonAscii(),
        new Nco407EcfHeadTail(),
        new Nco408EcfModelBeforeHead(),
        new Nco409EcfSyntax(),
        new Nco410EcfForeignScheduler(),
        new Nco411EcfMissingJJob(),
        new Nco412DeveloperPath(),
        new Nco415NoErrChk(),
        new Nco416DataRemoval(),
        new Venv005ActivateVirtualEnvNotPortable(),
        new Venv006VenvHasOutsideLinks(),
    ]);

    private static readonly Lazy<ImmutableArray<Rule<PythonContext>>> PythonRules = new(() =>
    [
        new Nco401JJobName<PythonContext>(),
        new Nco402ExScriptName<PythonContext>(),
        new Nco403UshScriptName<PythonContext>(),
        new Nco404Shebang<PythonContext>(),
        new Venv111ImportNotProvided(),
    ]);

    private static readonly Lazy<ImmutableArray<Rule<VersionsContext>>> VersionsRules = new(() =>
    [
        new Nco413PythonVersionMismatch(),
        new Nco414VersionsFileEntry(),
    ]);

    private static readonly Lazy<ImmutableArray<Rule<DocumentContext>>> ConfigurationRules = new(() => [new Venv902ConfigurationError()]);

    private static readonly Lazy<ImmutableArray<Rule<DocumentContext>>> ApprovedListRules = new(() => [new Venv903InvalidApprovedListLine()]);

    public static ImmutableArray<Rule<RequirementsContext>> Requirements => RequirementsRules.Value;

    public static ImmutableArray<Rule<DocumentContext>> Configuration => ConfigurationRules.Value;

    /// <summary>Rules on the package's own Python files.</summary>
    public static ImmutableArray<Rule<PythonContext>> Python => PythonRules.Value;

    /// <summary>Rules on versions files.</summary>
    public static ImmutableArray<Rule<VersionsContext>> Versions => VersionsRules.Value;

    /// <summary>Rules on shell files: build scripts, job cards, J-jobs, ex- and ush scripts.</summary>
    public static ImmutableArray<Rule<ShellContext>> Shell => ShellRules.Value;

    public static ImmutableArray<Rule<DocumentContext>> ApprovedList => ApprovedListRules.Value;
}
