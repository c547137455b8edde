using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV212: the build script reads files by paths relative to the directory it is run from
/// (<c>source ../versions/build.ver</c>, <c>pip install -r requirements.txt</c>).</summary>
public sealed class Venv212DependsOnWorkingDirectory : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DependsOnWorkingDirectory);

    private const string ScriptDirectory = "$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)";

    public override void Analyze(ShellContext context)
    {
        if (!context.IsBuildScript) return;
        // After a "cd" to an anchored place, relative paths are no longer the caller's.
        var anchored = context.Script.Commands
            .Where(c => c.Command.StaticName == "cd" && !c.IsInChildShell && c.Command.Arguments.Length == 1 && !IsRelative(c.Command.Arguments[0]))
            .Select(c => c.Command.Span.Start).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var occurrence in context.Script.Commands.Where(c => c.Command.Span.Start < anchored))
        {
            var command = occurrence.Command;
            if (command.StaticName is "source" or "." && command.Arguments.Length > 0 && IsRelative(command.Arguments[0]))
                Report(context, command.Arguments[0]);
        }
        foreach (var install in context.PipInstalls.Where(i => i.Command.Span.Start < anchored))
            foreach (var requirement in install.Requirements)
                if (requirement.ValueWord is { StaticValue: { Length: > 0 } value } word && !value.StartsWith('/') && !value.StartsWith('$'))
                    Report(context, word);
    }

    private void Report(ShellContext context, Word word)
    {
        var path = word.StaticValue!;
        var fix = context.CreateFix("Anchor the path on the script's own folder", TextEdit.Replace(word.Span, $"\"{ScriptDirectory}/{path}\""));
        context.Report(Descriptor, word.Span, $"{path} is read relative to the directory the script is run from, not to the script: anchor it on the script's location or on ${{{context.HomeVariable ?? "HOME<model>"}}}.", [fix]);
    }

    private static bool IsRelative(Word word) =>
        word.StaticValue is { Length: > 0 } path && !path.StartsWith('/') && !path.StartsWith('~') && !path.StartsWith('$') && path.Contains('/');
}
