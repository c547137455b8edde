using System.Collections.Immutable;
using VenvLsp.Rules.Checker;
using VenvLsp.Rules.Requirements;

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
    ]);

    private static readonly Lazy<ImmutableArray<Rule<DocumentContext>>> ConfigurationRules = new(() => [new Venv902ConfigurationError()]);

    private static readonly Lazy<ImmutableArray<Rule<DocumentContext>>> ApprovedListRules = new(() => [new Venv903InvalidApprovedListLine()]);

    public static ImmutableArray<Rule<RequirementsContext>> Requirements => RequirementsRules.Value;

    public static ImmutableArray<Rule<DocumentContext>> Configuration => ConfigurationRules.Value;

    public static ImmutableArray<Rule<DocumentContext>> ApprovedList => ApprovedListRules.Value;
}
