using System.Collections.Immutable;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Jobs;

/// <summary>The activations and deactivations of one job file, in order.</summary>
public static class JobActivations
{
    public static ImmutableArray<Activation> Of(ShellContext context) =>
        [.. context.Script.Commands.Select(VenvCommands.AsActivation).OfType<Activation>()];

    public static bool DefinesDeactivate(ShellContext context) => context.Script.Functions.Any(f => f.Name == "deactivate");
}
