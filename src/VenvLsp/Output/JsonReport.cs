using System.Text.Json;
using VenvLsp.Cli.Check;
using VenvLsp.Diagnostics;
using VenvLsp.Text;

namespace VenvLsp.Cli.Output;

/// <summary>
/// The report for tools: one JSON object, <c>{"version":1,"diagnostics":[...],"summary":{...}}</c>,
/// lines and characters 0-based (characters in UTF-16 code units, as LSP counts them).
/// </summary>
public static class JsonReport
{
    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartArray("diagnostics");
        foreach (var item in report.Diagnostics)
        {
            var d = item.Diagnostic;
            json.WriteStartObject();
            json.WriteString("ruleId", d.RuleId);
            json.WriteString("severity", d.Severity.ToName());
            json.WriteString("message", d.Message);
            json.WriteString("path", item.DisplayPath);
            WriteRange(json, "range", d.Location.Range);
            json.WriteString("ruleTitle", d.Rule.Title);
            json.WriteStartArray("fixes");
            foreach (var fix in d.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.Title);
                json.WriteBoolean("safe", fix.IsSafe);
                json.WriteStartArray("edits");
                foreach (var fileEdit in fix.Edits)
                {
                    foreach (var edit in fileEdit.Edits)
                    {
                        json.WriteStartObject();
                        json.WriteString("path", report.DisplayPath(fileEdit.Path));
                        WriteRange(json, "range", report.RangeOf(fileEdit.Path, edit.Span));
                        json.WriteString("newText", edit.NewText);
                        json.WriteEndObject();
                    }
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (d.Related.Length > 0)
            {
                json.WriteStartArray("related");
                foreach (var related in d.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("message", related.Message);
                    json.WriteString("path", report.DisplayPath(related.Location.Path));
                    WriteRange(json, "range", related.Location.Range);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.FilesChecked);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("infos", report.Count(Severity.Info));
        json.WriteNumber("hints", report.Count(Severity.Hint));
        json.WriteNumber("fixable", report.Fixable);
        json.WriteNumber("fixed", report.FixesApplied);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteRange(Utf8JsonWriter json, string name, LinePositionSpan range)
    {
        json.WriteStartObject(name);
        WritePosition(json, "start", range.Start);
        WritePosition(json, "end", range.End);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, LinePosition position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("character", position.Character);
        json.WriteEndObject();
    }
}
