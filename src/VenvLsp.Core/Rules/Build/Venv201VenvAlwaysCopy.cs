using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV201: an option <c>python -m venv</c> rejects (<c>--always-copy</c> is virtualenv's): the
/// build fails with "unrecognized arguments" (exit 2).</summary>
public sealed class Venv201VenvAlwaysCopy : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvAlwaysCopy);

    public override void Analyze(ShellContext context)
    {
        foreach (var creation in context.VenvCreations)
        {
            if (creation.Tool != VenvTool.Venv) continue;
            foreach (var word in VenvOptions.Read(creation).Unrecognized)
            {
                var text = word.StaticValue ?? word.Text;
                if (VenvOptions.LooksLikeCopies(text))
                    context.Report(Descriptor, word.Span, $"python -m venv does not know {text} ({(text.StartsWith("--always", StringComparison.Ordinal) ? "a virtualenv option" : "a misspelling")}): the build fails with \"unrecognized arguments\". The venv option is --copies.",
                        [context.CreateFix("Replace with --copies", TextEdit.Replace(word.Span, "--copies"))]);
                else
                    context.Report(Descriptor, word.Span, $"python -m venv does not know {text}: the build fails with \"unrecognized arguments\".");
            }
        }
    }
}
