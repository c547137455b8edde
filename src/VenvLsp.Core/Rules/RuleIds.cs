namespace VenvLsp.Rules;

/// <summary>
/// Every rule ID in one place. An ID, once shipped, is never reused for something else: a retired
/// rule stays here as a comment that says why it was retired.
/// </summary>
public static class RuleIds
{
    // VENV0xx: the package as a whole
    public const string MissingRequirementsFile = "VENV001";
    public const string VenvNotIgnored = "VENV002";
    public const string VenvCommitted = "VENV003";
    public const string NoBuildScript = "VENV004";
    public const string ActivateVirtualEnvNotPortable = "VENV005";
    public const string VenvHasOutsideLinks = "VENV006";

    // VENV1xx: requirements files and the approved list
    public const string InvalidRequirementLine = "VENV100";
    public const string NotApproved = "VENV101";
    public const string VersionNotApproved = "VENV102";
    public const string NotPinned = "VENV103";
    public const string DuplicateRequirement = "VENV104";
    public const string DirectReference = "VENV105";
    public const string NetworkOption = "VENV106";
    public const string MissingInclude = "VENV107";
    public const string NoApprovedList = "VENV108";
    public const string InstalledNotListed = "VENV109";
    public const string InstalledVersionDiffers = "VENV110";
    public const string ImportNotProvided = "VENV111";
    public const string RequirementDropped = "VENV112";
    public const string GluedShortOption = "VENV113";

    // VENV2xx: the venv build script
    public const string VenvWithoutCopies = "VENV200";
    public const string VenvAlwaysCopy = "VENV201";
    public const string PipWithoutRequireVirtualenv = "VENV202";
    public const string PipUnknownOption = "VENV203";
    public const string PipWithoutNoCacheDir = "VENV204";
    public const string NoActivateRewrite = "VENV205";
    public const string IneffectiveActivateRewrite = "VENV206";
    public const string NoPythonModuleBeforeVenv = "VENV207";
    public const string HardCodedPythonVersion = "VENV208";
    public const string NoBuildOptions = "VENV209";
    public const string PipInstallOutsideRequirements = "VENV210";
    public const string VenvOverOldOne = "VENV211";
    public const string DependsOnWorkingDirectory = "VENV212";

    // VENV3xx: jobs that use the venv
    public const string NonStandardActivation = "VENV300";
    public const string NoDeactivate = "VENV301";
    public const string DeactivateWithoutActivate = "VENV302";
    public const string NoPythonModuleBeforeActivate = "VENV303";
    public const string ModuleLoadAfterActivate = "VENV304";
    public const string OutsideVenvActivated = "VENV305";
    public const string WrongHomeVariable = "VENV306";

    // NCO4xx: the wider implementation standard
    public const string JJobName = "NCO401";
    public const string ExScriptName = "NCO402";
    public const string UshScriptName = "NCO403";
    public const string Shebang = "NCO404";
    public const string NoSetX = "NCO405";
    public const string CrLfOrNonAscii = "NCO406";
    public const string EcfHeadTail = "NCO407";
    public const string EcfModelBeforeHead = "NCO408";
    public const string EcfSyntax = "NCO409";
    public const string EcfForeignScheduler = "NCO410";
    public const string EcfMissingJJob = "NCO411";
    public const string DeveloperPath = "NCO412";
    public const string PythonVersionMismatch = "NCO413";
    public const string VersionsFileEntry = "NCO414";
    public const string NoErrChk = "NCO415";
    public const string DataRemoval = "NCO416";

    // VENV9xx: about the checker itself
    public const string UnusedSuppression = "VENV900";
    public const string SuppressionWithoutReason = "VENV901";
    public const string ConfigurationError = "VENV902";
    public const string InvalidApprovedListLine = "VENV903";
}
