using System.Collections.Immutable;

namespace VenvLsp.Python;

/// <summary>
/// The <c>command</c> line that Python 3.11 and later write into <c>pyvenv.cfg</c>:
/// <c>{interpreter} -m venv {options} {folder}</c>, joined with spaces and not quoted (so the interpreter
/// and the folder may hold spaces; they are taken as everything before <c>-m venv</c> and everything
/// after the last option).
/// </summary>
/// <remarks>On POSIX, venv writes <c>--copies</c> whenever the venv was made with copies and never
/// writes <c>--symlinks</c> (its default there); on Windows it is the other way round. So on a POSIX
/// machine a command without <c>--copies</c> means the venv's interpreter is a symbolic link.</remarks>
/// <param name="Interpreter">The interpreter that ran venv.</param>
/// <param name="Options">Options as written (<c>--copies</c>, <c>--prompt="name"</c>).</param>
/// <param name="EnvironmentPath">The venv folder; null when the line names none.</param>
public sealed record VenvCommand(string Interpreter, ImmutableArray<string> Options, string? EnvironmentPath)
{
    private const string Marker = " -m venv";

    /// <summary>True when <c>--copies</c> is among the options.</summary>
    public bool HasCopies => HasOption("--copies");

    /// <summary>True when <c>--symlinks</c> is among the options.</summary>
    public bool HasSymlinks => HasOption("--symlinks");

    /// <summary>True when an option named <paramref name="name"/> (the part before any <c>=</c>) is present.</summary>
    public bool HasOption(string name) => Options.Any(o => OptionName(o) == name);

    /// <summary>Reads a command line; null when it is not a <c>-m venv</c> command.</summary>
    public static VenvCommand? Parse(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var marker = command.IndexOf(Marker, StringComparison.Ordinal);
        var after = marker + Marker.Length;
        if (marker < 0 || (after < command.Length && command[after] != ' ')) return null;
        var interpreter = command[..marker].Trim();
        var options = ImmutableArray.CreateBuilder<string>();
        var p = after;
        while (true)
        {
            while (p < command.Length && command[p] == ' ') p++;
            if (p >= command.Length) return new VenvCommand(interpreter, options.ToImmutable(), null);
            if (!command.AsSpan(p).StartsWith("-")) break;
            var end = OptionEnd(command, p);
            options.Add(command[p..end]);
            p = end;
        }
        return new VenvCommand(interpreter, options.ToImmutable(), command[p..].TrimEnd());
    }

    /// <summary>An option ends at a space, except inside the double quotes venv puts around
    /// <c>--prompt="..."</c>, which end at a quote followed by a space or the end of the line.</summary>
    private static int OptionEnd(string command, int start)
    {
        var p = start;
        while (p < command.Length && command[p] != ' ')
        {
            if (command[p] == '"')
            {
                var close = p + 1;
                while (close < command.Length && !(command[close] == '"' && (close + 1 == command.Length || command[close + 1] == ' '))) close++;
                return Math.Min(close + 1, command.Length);
            }
            p++;
        }
        return p;
    }

    private static string OptionName(string option)
    {
        var equals = option.IndexOf('=');
        return equals < 0 ? option : option[..equals];
    }
}
