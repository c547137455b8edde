using VenvLsp.Shell;

namespace VenvLsp.Rules.Scripts;

/// <summary>A <c>source .../bin/activate</c> (or <c>. .../bin/activate</c>).</summary>
public sealed record Activation(CommandOccurrence Occurrence, Word PathWord)
{
    public SimpleCommand Command => Occurrence.Command;

    /// <summary>True for <c>source</c>; false for the POSIX <c>.</c>.</summary>
    public bool UsesSource => Command.StaticName == "source";

    /// <summary>The path as written with expansions rendered (<c>${HOMEaigfs}/venv/bin/activate</c>).</summary>
    public string Path => PathWord.Normalized;
}

/// <summary>Activations and deactivations of venvs.</summary>
public static class VenvCommands
{
    public static Activation? AsActivation(CommandOccurrence occurrence)
    {
        var command = occurrence.Command;
        if (command.StaticName is not ("source" or ".") || command.Arguments.Length == 0) return null;
        var path = command.Arguments[0];
        var text = path.Normalized;
        // conda's "source activate env" is not a venv; a venv's script is bin/activate.
        return text.EndsWith("bin/activate", StringComparison.Ordinal) ? new Activation(occurrence, path) : null;
    }

    public static bool IsDeactivate(CommandOccurrence occurrence) => occurrence.Command.StaticName == "deactivate";

    /// <summary>True for <c>module load python/...</c>, <c>module add python</c>, <c>ml python/...</c>.</summary>
    public static bool LoadsPython(CommandOccurrence occurrence) => ModuleLoads(occurrence).Any(IsPythonModule);

    /// <summary>The modules a <c>module load</c>/<c>module add</c>/<c>ml</c> command loads (empty for other commands).</summary>
    public static IEnumerable<Word> ModuleLoads(CommandOccurrence occurrence)
    {
        var command = occurrence.Command;
        var arguments = command.Arguments;
        var start = command.StaticName switch
        {
            "module" when arguments.Length > 0 && arguments[0].StaticValue is "load" or "add" or "try-load" => 1,
            "ml" when arguments.Length > 0 && arguments[0].StaticValue is not ("unload" or "purge" or "reset" or "list" or "avail" or "spider" or "show") => arguments[0].StaticValue == "load" ? 1 : 0,
            _ => -1,
        };
        if (start < 0) yield break;
        for (var i = start; i < arguments.Length; i++)
            if (!(arguments[i].StaticValue ?? "").StartsWith('-')) yield return arguments[i];
    }

    public static bool IsPythonModule(Word module)
    {
        var text = module.StaticValue ?? module.Normalized;
        return text == "python" || text.StartsWith("python/", StringComparison.Ordinal);
    }
}
