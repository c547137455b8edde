using System.Text.RegularExpressions;
using VenvLsp.Common;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Jobs;

public enum ActivationKind
{
    /// <summary><c>source ${HOME&lt;model&gt;}/venv/bin/activate</c>.</summary>
    Standard,
    /// <summary>The package's venv, written another way (<c>.</c>, a relative or absolute path, another variable).</summary>
    NonStandardForm,
    /// <summary>A venv outside the package (<c>/apps/prod/ve/...</c>, another package's <c>HOME</c> variable).</summary>
    OutsidePackage,
    /// <summary>A <c>HOME</c> variable that looks like a slip for the package's own (<c>HOMEaigfs</c> in aigefs).</summary>
    WrongHomeVariable,
}

/// <summary>What an activation activates, judged against the standard form.</summary>
public static partial class ActivationTarget
{
    public static (ActivationKind Kind, string? Variable) Classify(ShellContext context, Activation activation)
    {
        var home = context.HomeVariable!;
        var path = activation.Path;
        var variable = LeadingHome().Match(path) is { Success: true } match ? match.Groups["name"].Value : null;
        if (variable is not null && variable != home)
            return (IsSlipFor(variable, home) ? ActivationKind.WrongHomeVariable : ActivationKind.OutsidePackage, variable);
        if (variable == home)
            return path == "${" + home + "}/venv/bin/activate" && activation.UsesSource ? (ActivationKind.Standard, home) : (ActivationKind.NonStandardForm, home);
        var resolved = context.Paths.Resolve(activation.PathWord, activation.Command.Span.Start);
        if (resolved is not null && context.PackageRoot is { } root && !PathUtil.IsUnder(resolved, root))
            return (ActivationKind.OutsidePackage, null);
        return (ActivationKind.NonStandardForm, null);
    }

    /// <summary>True when <paramref name="variable"/> is another <c>HOME</c> variable close to the package's
    /// own: one letter apart (a copy from a sibling package, <c>HOMEaigfs</c> in <c>aigefs</c>, or a typo) or
    /// differing in case. <c>HOMEgfs</c> in aigfs is two letters apart: another package, on purpose.</summary>
    public static bool IsSlipFor(string variable, string home) =>
        !string.Equals(variable, home, StringComparison.Ordinal) &&
        (string.Equals(variable, home, StringComparison.OrdinalIgnoreCase) || EditDistance.Compute(variable.ToLowerInvariant(), home.ToLowerInvariant(), 1) <= 1);

    /// <summary>True for a parameter named like a package's <c>HOME</c> variable (<c>HOMEgfs</c>, not <c>HOME</c>).</summary>
    public static bool IsHomeVariable(string name) => HomeName().IsMatch(name);

    [GeneratedRegex(@"^\$\{(?<name>HOME[A-Za-z0-9_]+)\}")]
    private static partial Regex LeadingHome();

    [GeneratedRegex(@"^HOME[A-Za-z0-9_]{2,}$")]
    private static partial Regex HomeName();
}
