using System.Text.Json;

namespace VenvLsp.Cli.Tests;

/// <summary>
/// A structural check of the SARIF 2.1.0 output, following the specification's required properties
/// and constraints (§3.13 sarifLog, §3.14 run, §3.19 toolComponent, §3.27 result, §3.28 location,
/// §3.30 region, §3.55 fix): what code-scanning services reject if it is missing or wrong.
/// </summary>
public class SarifTests
{
    [Fact]
    public void Sarif_output_passes_a_sarif_2_1_0_structural_check()
    {
        using var tree = new TempTree();
        tree.Write("approved.txt", "numpy==1.26.4\nscipy==1.13.1\n");
        tree.Write("venvlsp.json", """{ "approvedList": "approved.txt" }""");
        tree.Write("pkg.v1.0.0/jobs/.keep", "");
        tree.Write("pkg.v1.0.0/base.txt", "numpy==1.26.4\n");
        tree.Write("pkg.v1.0.0/requirements.txt", "nunpy==1.26.4\nscipy\n-r base.txt\nnumpy==1.26.4\n--index-url https://x/simple\n");

        var result = CliRunner.Run(tree.Root, "check", "--format", "sarif", "pkg.v1.0.0");

        Assert.Equal(1, result.ExitCode);
        var problems = SarifStructure.Check(result.Stdout);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        using var json = JsonDocument.Parse(result.Stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.True(results.GetArrayLength() >= 4);
        Assert.Contains(results.EnumerateArray(), r => r.TryGetProperty("fixes", out _));
        Assert.Contains(results.EnumerateArray(), r => r.TryGetProperty("relatedLocations", out _));
    }

    [Fact]
    public void The_structural_check_finds_broken_logs()
    {
        Assert.NotEmpty(SarifStructure.Check("""{"version":"2.0.0","runs":[]}"""));
        Assert.NotEmpty(SarifStructure.Check("""{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[{"message":{}}]}]}"""));
        Assert.NotEmpty(SarifStructure.Check("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A"}]}},"results":[{"ruleId":"B","ruleIndex":0,"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}]}]}"""));
    }
}

internal static class SarifStructure
{
    private static readonly HashSet<string> Levels = ["none", "note", "warning", "error"];

    public static List<string> Check(string text)
    {
        var problems = new List<string>();
        JsonDocument document;
        try { document = JsonDocument.Parse(text); }
        catch (JsonException e) { return [$"not JSON: {e.Message}"]; }
        using (document)
        {
            var log = document.RootElement;
            if (Str(log, "version") != "2.1.0") problems.Add("sarifLog.version must be \"2.1.0\"");
            if (!log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array || runs.GetArrayLength() == 0)
            {
                problems.Add("sarifLog.runs must be a non-empty array");
                return problems;
            }
            foreach (var run in runs.EnumerateArray()) CheckRun(run, problems);
        }
        return problems;
    }

    private static void CheckRun(JsonElement run, List<string> problems)
    {
        if (!run.TryGetProperty("tool", out var tool) || !tool.TryGetProperty("driver", out var driver))
        {
            problems.Add("run.tool.driver is required");
            return;
        }
        if (string.IsNullOrEmpty(Str(driver, "name"))) problems.Add("toolComponent.name is required");
        var ruleIds = new List<string>();
        if (driver.TryGetProperty("rules", out var rules))
        {
            foreach (var rule in rules.EnumerateArray())
            {
                var id = Str(rule, "id");
                if (string.IsNullOrEmpty(id)) problems.Add("reportingDescriptor.id is required");
                else if (ruleIds.Contains(id)) problems.Add($"rule id {id} is not unique");
                ruleIds.Add(id ?? "");
                if (rule.TryGetProperty("helpUri", out var help) && !Uri.TryCreate(help.GetString(), UriKind.Absolute, out _))
                    problems.Add($"rule {id}: helpUri must be an absolute URI");
                if (rule.TryGetProperty("defaultConfiguration", out var config) && config.TryGetProperty("level", out var level) && !Levels.Contains(level.GetString()!))
                    problems.Add($"rule {id}: defaultConfiguration.level is not a SARIF level");
            }
        }
        var baseIds = new HashSet<string>();
        if (run.TryGetProperty("originalUriBaseIds", out var bases))
            foreach (var b in bases.EnumerateObject())
            {
                baseIds.Add(b.Name);
                if (!b.Value.TryGetProperty("uri", out var uri) || !uri.GetString()!.EndsWith('/'))
                    problems.Add($"originalUriBaseIds.{b.Name}.uri must end with a slash");
            }
        if (!run.TryGetProperty("results", out var results)) return;
        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            var where = $"results[{index++}]";
            if (!result.TryGetProperty("message", out var message) || string.IsNullOrEmpty(Str(message, "text")))
                problems.Add($"{where}.message.text is required");
            var ruleId = Str(result, "ruleId");
            if (result.TryGetProperty("ruleIndex", out var ruleIndex))
            {
                var i = ruleIndex.GetInt32();
                if (i < 0 || i >= ruleIds.Count || ruleIds[i] != ruleId) problems.Add($"{where}.ruleIndex does not point at rule {ruleId}");
            }
            if (result.TryGetProperty("level", out var level) && !Levels.Contains(level.GetString()!)) problems.Add($"{where}.level is not a SARIF level");
            if (result.TryGetProperty("locations", out var locations))
                foreach (var location in locations.EnumerateArray()) CheckLocation(location, where, baseIds, problems);
            if (result.TryGetProperty("relatedLocations", out var related))
                foreach (var location in related.EnumerateArray()) CheckLocation(location, where + ".relatedLocations", baseIds, problems);
            if (result.TryGetProperty("fixes", out var fixes))
                foreach (var fix in fixes.EnumerateArray())
                {
                    if (!fix.TryGetProperty("artifactChanges", out var changes) || changes.GetArrayLength() == 0)
                        problems.Add($"{where}.fixes[].artifactChanges must be a non-empty array");
                    else
                        foreach (var change in changes.EnumerateArray())
                        {
                            CheckArtifact(change, where + ".fix", baseIds, problems);
                            if (!change.TryGetProperty("replacements", out var replacements) || replacements.GetArrayLength() == 0)
                                problems.Add($"{where}.fix.artifactChange.replacements must be a non-empty array");
                            else
                                foreach (var replacement in replacements.EnumerateArray())
                                    if (!replacement.TryGetProperty("deletedRegion", out var deleted)) problems.Add($"{where}.fix replacement needs deletedRegion");
                                    else CheckRegion(deleted, where + ".fix", problems);
                        }
                }
        }
    }

    private static void CheckLocation(JsonElement location, string where, HashSet<string> baseIds, List<string> problems)
    {
        if (!location.TryGetProperty("physicalLocation", out var physical))
        {
            problems.Add($"{where}: location without physicalLocation");
            return;
        }
        CheckArtifact(physical, where, baseIds, problems);
        if (physical.TryGetProperty("region", out var region)) CheckRegion(region, where, problems);
    }

    private static void CheckArtifact(JsonElement holder, string where, HashSet<string> baseIds, List<string> problems)
    {
        if (!holder.TryGetProperty("artifactLocation", out var artifact) || Str(artifact, "uri") is not { } uri)
        {
            problems.Add($"{where}: artifactLocation.uri is required");
            return;
        }
        if (!Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _)) problems.Add($"{where}: \"{uri}\" is not a URI reference");
        if (Str(artifact, "uriBaseId") is { } baseId && !baseIds.Contains(baseId)) problems.Add($"{where}: uriBaseId {baseId} is not defined");
        if (Str(artifact, "uriBaseId") is null && !Uri.TryCreate(uri, UriKind.Absolute, out _)) problems.Add($"{where}: relative uri without uriBaseId");
    }

    private static void CheckRegion(JsonElement region, string where, List<string> problems)
    {
        int Get(string name, int fallback) => region.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;
        var startLine = Get("startLine", 0);
        var startColumn = Get("startColumn", 1);
        var endLine = Get("endLine", startLine);
        var endColumn = Get("endColumn", int.MaxValue);
        if (startLine < 1) problems.Add($"{where}: region.startLine must be >= 1");
        if (startColumn < 1) problems.Add($"{where}: region.startColumn must be >= 1");
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) problems.Add($"{where}: region ends before it starts");
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
