using System.Collections.Immutable;
using VenvLsp.Diagnostics;

namespace VenvLsp.Configuration;

/// <summary>
/// The settings one source (a <c>venvlsp.json</c>, the editor, the command line) gives, as written:
/// null means "not set here". Paths are still relative to <see cref="BaseDirectory"/>.
/// </summary>
public sealed record ConfigSettings
{
    public static ConfigSettings Empty { get; } = new();

    /// <summary>The folder relative paths in these settings are resolved against.</summary>
    public string? BaseDirectory { get; init; }

    public string? Model { get; init; }
    public ImmutableArray<string>? ApprovedList { get; init; }
    public string? NewestPython { get; init; }
    public ImmutableArray<string>? EcfIncludePaths { get; init; }
    public ImmutableDictionary<string, RuleLevel>? Rules { get; init; }
    public ImmutableArray<string>? Exclude { get; init; }
    public bool? NoSuppressions { get; init; }
    public ImmutableArray<RuleSet>? RuleSets { get; init; }
}
