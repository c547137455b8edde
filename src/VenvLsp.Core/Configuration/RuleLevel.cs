using VenvLsp.Diagnostics;

namespace VenvLsp.Configuration;

/// <summary>What the configuration says about one rule: off, or a severity.</summary>
public readonly record struct RuleLevel(bool IsOff, Severity Severity)
{
    public static RuleLevel Off => new(true, default);

    public static RuleLevel Of(Severity severity) => new(false, severity);

    public static bool TryParse(string? text, out RuleLevel level)
    {
        if (string.Equals(text?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            level = Off;
            return true;
        }
        if (SeverityNames.TryParse(text, out var severity))
        {
            level = Of(severity);
            return true;
        }
        level = default;
        return false;
    }

    public override string ToString() => IsOff ? "off" : Severity.ToName();
}
