using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Workspace;

namespace VenvLsp.Configuration;

/// <summary>
/// The effective configuration for one package: defaults, then the nearest <c>venvlsp.json</c>, then
/// the editor's settings, then the command line. Immutable; passed to every analysis.
/// Paths here are absolute.
/// </summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The <c>venvlsp.json</c> these options came from, if any.</summary>
    public string? ConfigPath { get; init; }

    public string? Model { get; init; }
    public ImmutableArray<string> ApprovedLists { get; init; } = [];
    public string? NewestPython { get; init; }
    public ImmutableArray<string> EcfIncludePaths { get; init; } = [];
    public ImmutableDictionary<string, RuleLevel> Rules { get; init; } = ImmutableDictionary<string, RuleLevel>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Glob patterns, relative to <see cref="ExcludeBase"/>.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];
    public string? ExcludeBase { get; init; }
    public bool NoSuppressions { get; init; }
    public ImmutableHashSet<RuleSet> RuleSets { get; init; } = [RuleSet.Venv, RuleSet.Nco];

    /// <summary>Lays <paramref name="settings"/> over these options: what it sets wins.</summary>
    public AnalysisOptions With(ConfigSettings settings)
    {
        string Resolve(string path) =>
            settings.BaseDirectory is null || Path.IsPathRooted(path) ? PathUtil.Normalize(path) : PathUtil.Combine(settings.BaseDirectory, path);

        var result = this;
        if (settings.Model is not null) result = result with { Model = settings.Model };
        if (settings.ApprovedList is { } lists) result = result with { ApprovedLists = lists.Select(Resolve).ToImmutableArray() };
        if (settings.NewestPython is not null) result = result with { NewestPython = settings.NewestPython };
        if (settings.EcfIncludePaths is { } includes) result = result with { EcfIncludePaths = includes.Select(Resolve).ToImmutableArray() };
        if (settings.Rules is { } rules) result = result with { Rules = result.Rules.SetItems(rules) };
        if (settings.Exclude is { } exclude) result = result with { Exclude = exclude, ExcludeBase = settings.BaseDirectory };
        if (settings.NoSuppressions is { } noSuppressions) result = result with { NoSuppressions = noSuppressions };
        if (settings.RuleSets is { } sets) result = result with { RuleSets = sets.ToImmutableHashSet() };
        return result;
    }

    /// <summary>The severity a rule reports with, or null when it is switched off (by its level or its rule set).</summary>
    public Severity? SeverityOf(RuleDescriptor rule)
    {
        if (rule.Set != RuleSet.Checker && !RuleSets.Contains(rule.Set)) return null;
        if (Rules.TryGetValue(rule.Id, out var level)) return level.IsOff ? null : level.Severity;
        return rule.DefaultSeverity;
    }

    public bool IsEnabled(RuleDescriptor rule) => SeverityOf(rule) is not null;

    /// <summary>The severity a finding is shown with: the configured level of its rule when there is one,
    /// else the severity the rule gave this finding; null when the rule is off.</summary>
    public Severity? SeverityOf(Diagnostic diagnostic)
    {
        if (SeverityOf(diagnostic.Rule) is null) return null;
        return Rules.TryGetValue(diagnostic.RuleId, out var level) ? level.Severity : diagnostic.Severity;
    }
}
