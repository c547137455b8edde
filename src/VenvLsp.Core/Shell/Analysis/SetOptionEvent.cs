using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>One option turned on or off by <c>set</c>: <c>set -eux</c> gives three events.</summary>
/// <param name="Name">The long option name (<c>errexit</c>, <c>nounset</c>, <c>xtrace</c>,
/// <c>pipefail</c>, ...); a letter without a known long name keeps the letter.</param>
/// <param name="Letter">The short letter when written as one (<c>x</c> in <c>set -x</c>), else null.</param>
/// <param name="IsEnabled">True for <c>-x</c>/<c>-o</c>, false for <c>+x</c>/<c>+o</c>.</param>
/// <param name="Span">The letter inside its word (exactly), or the option word.</param>
/// <param name="Command">The <c>set</c> command.</param>
/// <param name="Scope">Where it has effect: null for the whole script, else the child shell it runs in.</param>
public sealed record SetOptionEvent(string Name, char? Letter, bool IsEnabled, TextSpan Span, SimpleCommand Command, TextSpan? Scope)
{
    /// <summary>True when the event ends at or before <paramref name="offset"/> and the offset is in its scope.</summary>
    public bool AppliesAt(int offset) =>
        Span.End <= offset && (Scope is not { } scope || (offset >= scope.Start && offset <= scope.End));
}

/// <summary>The <c>set</c> option letters bash and ksh share, with their long names.</summary>
public static class SetOptionNames
{
    /// <summary>The long name of option letter <paramref name="letter"/>, or null when unknown.</summary>
    public static string? FromLetter(char letter) => letter switch
    {
        'a' => "allexport",
        'b' => "notify",
        'e' => "errexit",
        'f' => "noglob",
        'h' => "hashall",
        'k' => "keyword",
        'm' => "monitor",
        'n' => "noexec",
        'p' => "privileged",
        't' => "onecmd",
        'u' => "nounset",
        'v' => "verbose",
        'x' => "xtrace",
        'B' => "braceexpand",
        'C' => "noclobber",
        'E' => "errtrace",
        'H' => "histexpand",
        'P' => "physical",
        'T' => "functrace",
        _ => null,
    };
}
