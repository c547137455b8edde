namespace VenvLsp.Diagnostics;

/// <summary>How serious a finding is. The order matters: a lower value is more severe.</summary>
public enum Severity
{
    Error = 0,
    Warning = 1,
    Info = 2,
    Hint = 3,
}

public static class SeverityNames
{
    /// <summary>The lower-case name used in configuration, JSON output and the command line.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hint",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "information": severity = Severity.Info; return true;
            case "hint": severity = Severity.Hint; return true;
            default: severity = default; return false;
        }
    }
}
