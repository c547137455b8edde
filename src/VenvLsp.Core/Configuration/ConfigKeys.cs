namespace VenvLsp.Configuration;

/// <summary>The keys of <c>venvlsp.json</c> (and of the editor settings, under <c>venvlsp.</c>).</summary>
public static class ConfigKeys
{
    public const string Schema = "$schema";
    public const string Model = "model";
    public const string ApprovedList = "approvedList";
    public const string NewestPython = "newestPython";
    public const string EcfIncludePaths = "ecfIncludePaths";
    public const string Rules = "rules";
    public const string Exclude = "exclude";
    public const string NoSuppressions = "noSuppressions";
    public const string RuleSets = "ruleSets";

    public static readonly IReadOnlyList<string> All =
        [Schema, Model, ApprovedList, NewestPython, EcfIncludePaths, Rules, Exclude, NoSuppressions, RuleSets];

    public const string FileName = "venvlsp.json";
}
