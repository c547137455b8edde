using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>A command that runs a script of the call chain: a J-job from a job card, an ex-script from a J-job.</summary>
/// <param name="Occurrence">The command.</param>
/// <param name="PathWord">The word that names the script (the command name, or the script after <c>bash</c>).</param>
/// <param name="Name">The script's file name (<c>JAIGFS_FORECAST</c>, <c>exaigfs_forecast.sh</c>).</param>
/// <param name="NameSpan">Where the file name is written, or the whole word when it is not written plainly.</param>
/// <param name="Path">The path the call resolves to in this package, or null when it names another place or cannot be resolved.</param>
public sealed record ScriptCall(CommandOccurrence Occurrence, Word PathWord, string Name, TextSpan NameSpan, string? Path)
{
    public SimpleCommand Command => Occurrence.Command;
}

/// <summary>Finds the J-job calls of a job card and the ex-script calls of a J-job.</summary>
public static class JobCalls
{
    private static readonly HashSet<string> Runners = new(StringComparer.Ordinal) { "bash", "sh", "ksh", "exec", "time", "python", "python3", "perl" };

    /// <summary>Commands that run <c>.../jobs/NAME</c>. <see cref="ScriptCall.Path"/> is set when the prefix is this
    /// package (<c>${HOME&lt;model&gt;}</c>, <c>$HOME&lt;model&gt;</c>, <c>%PACKAGEHOME%</c>, <c>%HOME&lt;model&gt;%</c>,
    /// or a path the script's own variables resolve into the package); a name with an expansion is skipped.</summary>
    public static IEnumerable<ScriptCall> JJobCalls(ShellContext context)
    {
        foreach (var occurrence in context.Script.Commands)
        {
            if (ScriptWord(occurrence.Command) is not { } word) continue;
            var normalized = word.Normalized;
            var slash = normalized.LastIndexOf("/jobs/", StringComparison.Ordinal);
            if (slash < 0)
            {
                // ${jobs}/JAIGFS_FORECAST with jobs=${HOMEaigfs}/jobs set earlier in the card.
                if (ResolvedJJob(context, word, occurrence) is { } resolved) yield return resolved;
                continue;
            }
            var name = normalized[(slash + "/jobs/".Length)..];
            if (!IsPlainName(name)) continue;
            var prefix = normalized[..slash];
            yield return new ScriptCall(occurrence, word, name, NameSpan(word, name), InPackage(context, word, occurrence, prefix, "jobs/" + name));
        }
    }

    /// <summary>Commands that run an ex-script: a path whose file name starts with <c>ex</c> and whose folder is
    /// <c>scripts/</c> or a <c>$SCR...</c> variable (<c>${HOMEaigfs}/scripts/exaigfs_forecast.sh</c>,
    /// <c>${SCRaigfs}/exaigfs_post.sh</c>, <c>bash $SCRIPTSaigfs/ex${RUN}_prep.sh</c>).</summary>
    public static IEnumerable<ScriptCall> ExScriptCalls(ShellContext context)
    {
        foreach (var occurrence in context.Script.Commands)
        {
            if (ScriptWord(occurrence.Command) is not { } word) continue;
            var normalized = word.Normalized;
            var slash = normalized.LastIndexOf('/');
            if (slash < 0) continue;
            var name = normalized[(slash + 1)..];
            if (!name.StartsWith("ex", StringComparison.Ordinal)) continue;
            var folder = normalized[..slash];
            if (!folder.EndsWith("/scripts", StringComparison.Ordinal) && !folder.StartsWith("${SCR", StringComparison.Ordinal)) continue;
            var path = IsPlainName(name) ? InPackage(context, word, occurrence, null, "scripts/" + name) : null;
            yield return new ScriptCall(occurrence, word, name, NameSpan(word, name), path);
        }
    }

    private static ScriptCall? ResolvedJJob(ShellContext context, Word word, CommandOccurrence occurrence)
    {
        if (context.PackageRoot is not { } root || word.IsStatic || !word.Normalized.Contains('/')) return null;
        var jobs = root + "/jobs/";
        if (context.Paths.Resolve(word, occurrence.Command.Span.Start) is not { } path || !path.StartsWith(jobs, StringComparison.Ordinal)) return null;
        var name = path[jobs.Length..];
        return IsPlainName(name) ? new ScriptCall(occurrence, word, name, NameSpan(word, name), path) : null;
    }

    /// <summary>The word naming the script a command runs: its name, or the first operand of a runner (<c>bash x</c>).</summary>
    private static Word? ScriptWord(SimpleCommand command)
    {
        if (command.Name is not { } name) return null;
        if (name.StaticValue is not { } value || !Runners.Contains(value)) return name;
        foreach (var argument in command.Arguments)
            if (!(argument.StaticValue ?? "").StartsWith('-')) return argument;
        return null;
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '$', '%', '*', '?', '[', '{', '`']) < 0;

    private static TextSpan NameSpan(Word word, string name) =>
        word.Text.EndsWith(name, StringComparison.Ordinal) ? new TextSpan(word.Span.End - name.Length, name.Length) : word.Span;

    private static string? InPackage(ShellContext context, Word word, CommandOccurrence occurrence, string? prefix, string relative)
    {
        if (context.PackageRoot is not { } root) return null;
        var expected = root + "/" + relative;
        if (prefix is not null && context.HomeVariable is { } home && context.Package is { } package &&
            (prefix == "${" + home + "}" || prefix == "%PACKAGEHOME%" || prefix == "%" + home + "%" || prefix == "%HOME" + package.Model.Name.ToUpperInvariant() + "%"))
            return expected;
        return context.Paths.Resolve(word, occurrence.Command.Span.Start) == expected ? expected : null;
    }
}
