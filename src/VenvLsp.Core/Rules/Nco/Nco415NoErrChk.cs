using System.Collections.Immutable;
using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO415: a J-job calls its ex-script (see <see cref="JobCalls.ExScriptCalls"/>) without checking the exit status
/// right after it. Accepted: <c>err_chk</c> as the next command, or <c>err=$?</c> / <c>export err=$?</c> as the next
/// command with an <c>err_chk</c> after it; also a call whose status is already handled, in an <c>if</c>/<c>while</c>
/// condition or followed by <c>||</c>. A J-job without a recognisable ex-script call is not judged. Fix (editor
/// only, since it makes the job stop where it went on before): insert <c>export err=$?; err_chk</c> after the call.
/// </summary>
public sealed class Nco415NoErrChk : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoErrChk);

    public override void Analyze(ShellContext context)
    {
        if (context.Kind != DocumentKind.JJob || NcoScripts.LanguageOf(context.Path, context.Text) != ScriptLanguage.Shell) return;
        var commands = context.Script.Commands;
        var calls = JobCalls.ExScriptCalls(context).ToList();
        var ancestors = CommandAncestors.Of(context.Script, calls.Select(c => c.Command).ToList());
        foreach (var call in calls)
        {
            var occurrence = call.Occurrence;
            var around = ancestors.GetValueOrDefault(call.Command, []);
            if (occurrence.Is(CommandContext.InCondition) || IsFollowedByOr(occurrence, around)) continue;
            var statement = CommandAncestors.StatementOf(occurrence, around);
            var next = commands.Skip(occurrence.Index + 1).FirstOrDefault(c => c.Command.Span.Start >= statement.End);
            if (next is not null && IsErrChk(next)) continue;
            if (next is not null && SavesStatus(next))
            {
                if (commands.Skip(next.Index + 1).Any(IsErrChk)) continue;
                context.Report(Descriptor, call.Command.Span,
                    $"The exit status of {call.Name} is saved in err, but err_chk never runs: a failed ex-script does not stop the job.",
                    [context.CreateUnsafeFix("Insert err_chk", InsertAfter(context, next.Command.Span, "err_chk"))]);
                continue;
            }
            context.Report(Descriptor, call.Command.Span,
                $"The exit status of {call.Name} is not checked: when it fails the J-job goes on and ecFlow can mark the job complete. Add export err=$?; err_chk right after the call.",
                [context.CreateUnsafeFix("Insert export err=$?; err_chk", InsertAfter(context, statement, "export err=$?; err_chk"))]);
        }
    }

    private static bool IsErrChk(CommandOccurrence occurrence) => occurrence.Command.StaticName == "err_chk";

    /// <summary><c>err=$?</c>, <c>export err=$?</c>, <c>typeset -x err=$?</c>.</summary>
    private static bool SavesStatus(CommandOccurrence occurrence)
    {
        var command = occurrence.Command;
        foreach (var assignment in command.Assignments)
            if (assignment.Name == "err" && IsStatus(assignment.Value)) return command.Name is null;
        if (command.StaticName is not ("export" or "typeset" or "declare" or "readonly")) return false;
        return command.Arguments.Any(a => a.Normalized is "err=${?}" or "err=$?");
    }

    private static bool IsStatus(Word value) => value.Segments.ToList() is [{ Part: ParameterExpansionPart { Name: "?", Operator: null } }];

    /// <summary>A line after the statement's last line, indented like its first (as <see cref="ShellEdits"/> inserts).</summary>
    private static TextEdit InsertAfter(ShellContext context, TextSpan statement, string line)
    {
        var text = context.Text;
        var first = text.GetLineIndex(statement.Start);
        var last = text.GetLineIndex(Math.Max(statement.Start, statement.End - 1));
        return LineEdits.InsertLineAfter(text, last, LineEdits.IndentOf(text, first) + line);
    }

    private static bool IsFollowedByOr(CommandOccurrence occurrence, ImmutableArray<ShellNode> ancestors)
    {
        for (var i = ancestors.Length - 1; i >= 0; i--)
        {
            if (ancestors[i] is not AndOrList list) continue;
            ShellNode child = i + 1 < ancestors.Length ? ancestors[i + 1] : occurrence.Command;
            for (var k = 0; k < list.Commands.Length; k++)
                if (ReferenceEquals(list.Commands[k], child)) return k < list.Operators.Length && list.Operators[k] == AndOrOperator.Or;
            return false;
        }
        return false;
    }
}
