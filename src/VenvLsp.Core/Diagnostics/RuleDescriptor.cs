namespace VenvLsp.Diagnostics;

/// <summary>Which family a rule belongs to; teams can switch the families on one at a time.</summary>
public enum RuleSet
{
    /// <summary>The package-level venv standard (VENV0xx–VENV3xx).</summary>
    Venv,
    /// <summary>The wider NCO implementation standard (NCO4xx).</summary>
    Nco,
    /// <summary>About the checker itself (VENV9xx); always on.</summary>
    Checker,
}

/// <summary>The fixed facts about a rule: its stable ID, title, default severity and family.</summary>
/// <param name="Id">Stable ID such as VENV204; never reused.</param>
/// <param name="Title">One line, sentence case, no final full stop.</param>
/// <param name="DefaultSeverity">Severity unless the configuration says otherwise.</param>
/// <param name="Set">The rule family.</param>
/// <param name="FixTitle">What the quick fix does, or null when the rule offers none.</param>
public sealed record RuleDescriptor(string Id, string Title, Severity DefaultSeverity, RuleSet Set, string? FixTitle = null)
{
    public bool HasFix => FixTitle is not null;
}
