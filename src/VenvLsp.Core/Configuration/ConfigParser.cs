using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Text;

namespace VenvLsp.Configuration;

/// <summary>A problem in a configuration file, at the key or value that causes it.</summary>
public sealed record ConfigProblem(TextSpan Span, string Message);

/// <summary>The outcome of reading one configuration text: the settings it gives (the valid part)
/// and what is wrong with the rest. Nothing is silently ignored.</summary>
public sealed record ParsedConfig(ConfigSettings Settings, ImmutableArray<ConfigProblem> Problems);

/// <summary>Reads <c>venvlsp.json</c> (JSON with comments and trailing commas). Never throws.</summary>
public static partial class ConfigParser
{
    /// <summary>A configuration lists a few paths and globs: a list longer than this is a hostile or broken
    /// file, and each entry costs work for every folder scanned.</summary>
    public const int MaxListItems = 1000;

    public static ParsedConfig Parse(string text, string? baseDirectory)
    {
        var (root, error) = PositionedJson.Parse(text);
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        if (error is not null)
        {
            problems.Add(new ConfigProblem(error.Span, error.Message));
            return new ParsedConfig(ConfigSettings.Empty with { BaseDirectory = baseDirectory }, problems.ToImmutable());
        }
        if (root is not JsonObjectNode obj)
        {
            problems.Add(new ConfigProblem(root!.Span, $"The configuration must be a JSON object, not {root.KindName}."));
            return new ParsedConfig(ConfigSettings.Empty with { BaseDirectory = baseDirectory }, problems.ToImmutable());
        }
        return new ParsedConfig(Read(obj, baseDirectory, problems), problems.ToImmutable());
    }

    /// <summary>Reads settings from an already parsed object (the editor's settings arrive this way).</summary>
    public static ConfigSettings Read(JsonObjectNode obj, string? baseDirectory, ImmutableArray<ConfigProblem>.Builder problems)
    {
        var settings = ConfigSettings.Empty with { BaseDirectory = baseDirectory };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (!seen.Add(property.Name))
                problems.Add(new ConfigProblem(property.NameSpan, $"The key \"{property.Name}\" appears more than once; the last one wins."));
            var value = property.Value;
            switch (property.Name)
            {
                case ConfigKeys.Schema:
                    ExpectString(value, property.Name, problems);
                    break;
                case ConfigKeys.Model:
                    if (ExpectString(value, property.Name, problems) is { } model)
                    {
                        if (ModelName().IsMatch(model)) settings = settings with { Model = model };
                        else problems.Add(new ConfigProblem(value.Span, $"\"{model}\" is not a model name: use letters, digits and underscores, such as \"aigfs\"."));
                    }
                    break;
                case ConfigKeys.ApprovedList:
                    if (value is JsonStringNode single)
                        settings = settings with { ApprovedList = NonEmpty(single, property.Name, problems) is { } p ? ImmutableArray.Create(p) : ImmutableArray<string>.Empty };
                    else if (ExpectStringArray(value, property.Name, problems) is { } lists)
                        settings = settings with { ApprovedList = lists };
                    break;
                case ConfigKeys.NewestPython:
                    if (ExpectString(value, property.Name, problems) is { } python)
                    {
                        if (PythonVersion().IsMatch(python)) settings = settings with { NewestPython = python };
                        else problems.Add(new ConfigProblem(value.Span, $"\"{python}\" is not a Python version such as \"3.12.0\"."));
                    }
                    break;
                case ConfigKeys.EcfIncludePaths:
                    if (ExpectStringArray(value, property.Name, problems) is { } includes)
                        settings = settings with { EcfIncludePaths = includes };
                    break;
                case ConfigKeys.Exclude:
                    if (ExpectStringArray(value, property.Name, problems) is { } globs)
                        settings = settings with { Exclude = globs };
                    break;
                case ConfigKeys.NoSuppressions:
                    if (value is JsonBoolNode b) settings = settings with { NoSuppressions = b.Value };
                    else problems.Add(WrongType(value, property.Name, "true or false"));
                    break;
                case ConfigKeys.Rules:
                    settings = settings with { Rules = ReadRules(value, problems) };
                    break;
                case ConfigKeys.RuleSets:
                    settings = settings with { RuleSets = ReadRuleSets(value, problems) };
                    break;
                default:
                    var suggestion = EditDistance.Suggest(property.Name, ConfigKeys.All);
                    var hint = suggestion is null ? $" Known keys: {string.Join(", ", ConfigKeys.All.Skip(1))}." : $" Did you mean \"{suggestion}\"?";
                    problems.Add(new ConfigProblem(property.NameSpan, $"Unknown key \"{property.Name}\".{hint}"));
                    break;
            }
        }
        return settings;
    }

    private static ImmutableDictionary<string, RuleLevel>? ReadRules(JsonNode value, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (value is not JsonObjectNode rules)
        {
            problems.Add(WrongType(value, ConfigKeys.Rules, "an object such as {\"VENV103\": \"off\"}"));
            return null;
        }
        var result = ImmutableDictionary.CreateBuilder<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Properties)
        {
            if (!RuleCatalog.TryGet(rule.Name, out var descriptor))
            {
                var suggestion = EditDistance.Suggest(rule.Name, RuleCatalog.All.Select(r => r.Id));
                problems.Add(new ConfigProblem(rule.NameSpan, $"Unknown rule \"{rule.Name}\".{(suggestion is null ? "" : $" Did you mean \"{suggestion}\"?")}"));
                continue;
            }
            if (rule.Value is JsonStringNode level && RuleLevel.TryParse(level.Value, out var parsed))
                result[descriptor.Id] = parsed;
            else
                problems.Add(new ConfigProblem(rule.Value.Span, $"The level of {descriptor.Id} must be one of \"off\", \"hint\", \"info\", \"warning\", \"error\"."));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<RuleSet>? ReadRuleSets(JsonNode value, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (ExpectStringArray(value, ConfigKeys.RuleSets, problems) is not { } names) return null;
        var result = ImmutableArray.CreateBuilder<RuleSet>();
        var items = ((JsonArrayNode)value).Items;
        for (var i = 0; i < names.Length; i++)
        {
            switch (names[i].ToLowerInvariant())
            {
                case "venv": result.Add(RuleSet.Venv); break;
                case "nco": result.Add(RuleSet.Nco); break;
                default:
                    problems.Add(new ConfigProblem(items[i].Span, $"Unknown rule set \"{names[i]}\": use \"venv\" and/or \"nco\"."));
                    break;
            }
        }
        return result.ToImmutable();
    }

    private static string? ExpectString(JsonNode value, string key, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (value is JsonStringNode s) return s.Value;
        problems.Add(WrongType(value, key, "a string"));
        return null;
    }

    private static string? NonEmpty(JsonStringNode value, string key, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (value.Value.Trim().Length > 0) return value.Value;
        problems.Add(new ConfigProblem(value.Span, $"\"{key}\" must not be empty."));
        return null;
    }

    private static ImmutableArray<string>? ExpectStringArray(JsonNode value, string key, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (value is not JsonArrayNode array)
        {
            problems.Add(WrongType(value, key, "an array of strings"));
            return null;
        }
        var result = ImmutableArray.CreateBuilder<string>();
        if (array.Items.Length > MaxListItems)
            problems.Add(new ConfigProblem(array.Span, $"\"{key}\" has {array.Items.Length} entries, more than the {MaxListItems} venvlsp reads; the rest are ignored."));
        foreach (var item in array.Items.Take(MaxListItems))
        {
            if (item is JsonStringNode s && NonEmpty(s, key, problems) is { } text) result.Add(text);
            else if (item is not JsonStringNode) problems.Add(WrongType(item, key + " item", "a string"));
        }
        return result.ToImmutable();
    }

    private static ConfigProblem WrongType(JsonNode value, string key, string expected) =>
        new(value.Span, $"\"{key}\" must be {expected}, not {value.KindName}.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ModelName();

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?$")]
    private static partial Regex PythonVersion();
}
