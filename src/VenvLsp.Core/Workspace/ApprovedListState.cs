using System.Collections.Immutable;
using VenvLsp.Approval;

namespace VenvLsp.Workspace;

/// <summary>The approved list as configured for a package: the combined list, and why it could not be
/// used when it could not (no list configured, a file missing or unreadable).</summary>
public sealed record ApprovedListState(ApprovedList List, bool IsConfigured, ImmutableArray<string> ReadProblems)
{
    /// <summary>True when approval can be checked: a list is configured and every file of it was read.</summary>
    public bool IsUsable => IsConfigured && ReadProblems.IsEmpty;
}
