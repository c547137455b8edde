using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV203: an option pip does not know (<c>--require-virtualev</c>) or finds ambiguous
/// (<c>--require-v</c>): pip exits 2 and the build stops.</summary>
public sealed class Venv203PipUnknownOption : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.PipUnknownOption);

    public override void Analyze(ShellContext context)
    {
        foreach (var install in context.PipInstalls)
        {
            foreach (var argument in install.Options.Where(o => o.IsUnknown))
            {
                if (!argument.Word.IsStatic) continue;
                var written = argument.Written;
                var span = NameSpan(argument);
                var intended = Intended(argument);
                var message = argument.Candidates.Count > 1
                    ? $"pip finds {written} ambiguous ({string.Join(", ", argument.Candidates.Select(c => c.LongName))}) and stops with exit code 2."
                    : $"pip has no option {written} and stops with exit code 2{(intended is null ? "." : $": did you mean {intended}?")}";
                var fixes = intended is null || span is null ? null : new[] { context.CreateFix($"Replace with {intended}", TextEdit.Replace(span.Value, intended)) };
                context.Report(Descriptor, span ?? argument.Word.Span, message, fixes);
            }
        }
    }

    /// <summary>The option most likely meant: the venv guard for a --require prefix, else the closest name.</summary>
    private static string? Intended(PipArgument argument)
    {
        if (argument.Candidates.Any(c => c.LongName == "--require-virtualenv")) return "--require-virtualenv";
        if (!argument.Written.StartsWith("--", StringComparison.Ordinal)) return null;
        return EditDistance.Suggest(argument.Written, PipInstallOptions.All.Select(o => o.LongName), ignoreCase: false);
    }

    /// <summary>The option's name inside its word (without "=value"), when the word is written plainly.</summary>
    private static TextSpan? NameSpan(PipArgument argument)
    {
        var word = argument.Word;
        var index = word.Text.IndexOf(argument.Written, StringComparison.Ordinal);
        return index < 0 ? null : new TextSpan(word.Span.Start + index, argument.Written.Length);
    }
}
