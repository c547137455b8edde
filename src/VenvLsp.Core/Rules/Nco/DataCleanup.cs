using System.Collections.Immutable;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>A command that removes the job's working directory, and whether <c>KEEPDATA</c> guards it.</summary>
/// <param name="Occurrence">The <c>rm</c> command.</param>
/// <param name="IsGuarded">True when a <c>KEEPDATA</c> test decides whether it runs.</param>
/// <param name="Statement">The span to show for it: the guarding <c>if</c>/<c>case</c>/and-or list, else the command.</param>
public sealed record DataRemoval(CommandOccurrence Occurrence, bool IsGuarded, TextSpan Statement);

/// <summary>How a J-job treats <c>$DATA</c>: where it removes it, and whether it makes or uses it at all.</summary>
public static class DataCleanup
{
    private const string Guard = "KEEPDATA";

    /// <summary>Every <c>rm</c> of <c>$DATA</c> itself (<c>$DATA</c>, <c>${DATA}</c>, <c>"${DATA:?}"</c>, with a trailing
    /// <c>/</c> or <c>/*</c>); removing a sub-folder (<c>$DATA/tmp</c>) is not cleaning up. A removal inside a function
    /// counts as guarded when a call of the function is.</summary>
    public static IEnumerable<DataRemoval> Removals(ShellScript script)
    {
        var removals = script.FindCommands("rm").Where(o => o.Command.Arguments.Any(IsData)).ToList();
        if (removals.Count == 0) yield break;
        var functions = removals.Select(o => o.FunctionName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var calls = script.Commands.Where(c => c.Command.StaticName is { } name && functions.Contains(name)).ToList();
        var ancestors = CommandAncestors.Of(script, [.. removals.Concat(calls).Select(o => o.Command)]);
        foreach (var occurrence in removals)
        {
            var guard = GuardOf(script, occurrence, ancestors);
            if (guard is null && occurrence.FunctionName is { } function)
            {
                // The guard may be where the function is called: [[ $KEEPDATA = NO ]] && cleanup
                guard = calls.Where(c => c.Command.StaticName == function).Select(call => GuardOf(script, call, ancestors)).FirstOrDefault(g => g is not null);
            }
            yield return new DataRemoval(occurrence, guard is not null, guard ?? occurrence.Command.Span);
        }
    }

    /// <summary>The first place the script sets, makes or enters <c>$DATA</c>, or null when it never does.</summary>
    public static TextSpan? FirstUse(ShellScript script)
    {
        TextSpan? first = null;
        foreach (var e in script.VariableEvents)
            if (e.Name == "DATA" && e.Value is not null) { first = e.Span; break; }
        foreach (var occurrence in script.Commands)
        {
            if (first is { } known && occurrence.Command.Span.Start > known.Start) break;
            if (occurrence.Command.StaticName is "mkdir" or "cd" && occurrence.Command.Arguments.Any(IsData))
                return occurrence.Command.Span;
        }
        return first;
    }

    /// <summary>True for a word that is <c>$DATA</c> itself, quoted or not, with an operator such as <c>:?</c>.</summary>
    public static bool IsData(Word word)
    {
        var segments = word.Segments.ToList();
        if (segments.Count == 0 || segments[0].Part is not ParameterExpansionPart { Name: "DATA", Prefix: ParameterPrefix.None } expansion) return false;
        if (expansion.Operator is not (null or ":?" or "?")) return false;
        if (segments.Count == 1) return true;
        return segments.Count == 2 && segments[1].Part is LiteralPart { Value: "/" or "/*" };
    }

    /// <summary>The span of the <c>if</c>, <c>case</c> or and-or list around the command whose test names KEEPDATA.</summary>
    private static TextSpan? GuardOf(ShellScript script, CommandOccurrence occurrence, Dictionary<SimpleCommand, ImmutableArray<ShellNode>> around)
    {
        var text = script.Text;
        var ancestors = around.GetValueOrDefault(occurrence.Command, []);
        for (var i = ancestors.Length - 1; i >= 0; i--)
        {
            switch (ancestors[i])
            {
                case IfCommand ifCommand when ifCommand.Clauses.Any(c => Mentions(text, c.Condition.Span)):
                    return ifCommand.Span;
                case CaseCommand caseCommand when caseCommand.Subject is { } subject && Mentions(text, subject.Span):
                    return caseCommand.Span;
                case AndOrList list when list.Commands.Any(c => !c.Span.Contains(occurrence.Command.Span) && Mentions(text, c.Span)):
                    return list.Span;
            }
        }
        return null;
    }

    private static bool Mentions(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).IndexOf(Guard, StringComparison.Ordinal) >= 0;
}
