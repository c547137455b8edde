using System.Text.Json;
using VenvLsp.Cli.Check;
using VenvLsp.Diagnostics;
using VenvLsp.Rules;
using VenvLsp.Text;

namespace VenvLsp.Cli.Output;

/// <summary>SARIF 2.1.0 for code scanning: every rule with its help, results with regions (1-based,
/// UTF-16 columns), related locations and fixes.</summary>
public static class SarifReport
{
    public static void Write(CheckReport report, Stream output, string workingDirectory)
    {
        var rules = RuleCatalog.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "VenvLsp");
        json.WriteString("version", VersionInfo.Version);
        json.WriteString("semanticVersion", VersionInfo.Version);
        json.WriteString("informationUri", "https://github.com/venvlsp/venvlsp");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id);
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", RuleDocumentation.Summary(rule.Id) ?? rule.Title);
            json.WriteString("helpUri", RuleDocumentation.DefaultBaseUri + rule.Id + ".md");
            var page = RuleDocumentation.Get(rule.Id);
            json.WriteStartObject("help");
            json.WriteString("text", page ?? rule.Title);
            if (page is not null) json.WriteString("markdown", page);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Set.ToString().ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("SRCROOT");
        json.WriteString("uri", new Uri(workingDirectory.TrimEnd('/') + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var item in report.Diagnostics)
        {
            var d = item.Diagnostic;
            json.WriteStartObject();
            json.WriteString("ruleId", d.RuleId);
            json.WriteNumber("ruleIndex", index[d.RuleId]);
            json.WriteString("level", Level(d.Severity));
            WriteMessage(json, "message", d.Message);
            json.WriteStartArray("locations");
            WriteLocation(json, report.DisplayPath(d.Location.Path), d.Location.Range, null, null);
            json.WriteEndArray();
            if (d.Related.Length > 0)
            {
                json.WriteStartArray("relatedLocations");
                var id = 1;
                foreach (var related in d.Related)
                    WriteLocation(json, report.DisplayPath(related.Location.Path), related.Location.Range, related.Message, id++);
                json.WriteEndArray();
            }
            if (d.Fixes.Length > 0)
            {
                json.WriteStartArray("fixes");
                foreach (var fix in d.Fixes)
                {
                    json.WriteStartObject();
                    WriteMessage(json, "description", fix.Title);
                    json.WriteStartArray("artifactChanges");
                    foreach (var fileEdit in fix.Edits)
                    {
                        json.WriteStartObject();
                        WriteArtifact(json, report.DisplayPath(fileEdit.Path));
                        json.WriteStartArray("replacements");
                        foreach (var edit in fileEdit.Edits)
                        {
                            json.WriteStartObject();
                            WriteRegion(json, "deletedRegion", report.RangeOf(fileEdit.Path, edit.Span));
                            json.WriteStartObject("insertedContent");
                            json.WriteString("text", edit.NewText);
                            json.WriteEndObject();
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        var isRelative = !Path.IsPathRooted(path);
        json.WriteString("uri", isRelative ? Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal) : new Uri(path).AbsoluteUri);
        if (isRelative) json.WriteString("uriBaseId", "SRCROOT");
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, LinePositionSpan range, string? message, int? id)
    {
        json.WriteStartObject();
        if (id is { } value) json.WriteNumber("id", value);
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        WriteRegion(json, "region", range);
        json.WriteEndObject();
        if (message is not null) WriteMessage(json, "message", message);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, LinePositionSpan range)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Character + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Character + 1);
        json.WriteEndObject();
    }
}
