using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;

namespace VenvLsp.Rules.Build;

/// <summary>VENV209: the build script offers no options for building, cleaning and debugging (a
/// <c>case "$1"</c>, tests of the arguments, or <c>getopts</c> naming clean and debug).</summary>
public sealed class Venv209NoBuildOptions : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.NoBuildOptions);

    public override void Analyze(ShellContext context)
    {
        if (context.VenvCreations.IsEmpty) return;
        var words = OptionWords(context.Script).ToList();
        bool Offers(params string[] names) => words.Any(w => names.Any(n => w.Contains(n, StringComparison.OrdinalIgnoreCase)));
        var missing = new List<string>();
        if (!Offers("clean", "clear", "remove")) missing.Add("clean");
        if (!Offers("debug", "verbose", "xtrace")) missing.Add("debug");
        if (missing.Count == 0) return;
        var creation = context.VenvCreations[0];
        context.Report(Descriptor, ShellEdits.Through(creation.Command, creation.ToolWord),
            $"The build script offers no {string.Join(" or ", missing)} option (the standard asks for build, clean and debug options, e.g. case \"$1\" in build|clean|debug).");
    }

    /// <summary>Words the script compares its arguments with: case patterns, operands of <c>[ ]</c>,
    /// <c>[[ ]]</c> and <c>test</c>, and the option strings of <c>getopts</c>; plus function names, which a
    /// dispatch on the first argument often calls.</summary>
    private static IEnumerable<string> OptionWords(ShellScript script)
    {
        foreach (var node in script.CompoundCommands)
        {
            switch (node)
            {
                case CaseCommand caseCommand:
                    foreach (var item in caseCommand.Items)
                    foreach (var pattern in item.Patterns) yield return pattern.StaticValue ?? pattern.Text;
                    break;
                case ConditionalCommand conditional:
                    foreach (var word in conditional.Words) yield return word.StaticValue ?? word.Text;
                    break;
            }
        }
        foreach (var occurrence in script.Commands)
        {
            var name = occurrence.Command.StaticName;
            if (name is "[" or "test" or "getopts")
                foreach (var word in occurrence.Command.Arguments) yield return word.StaticValue ?? word.Text;
        }
        foreach (var function in script.Functions) yield return function.Name;
        // clean=1, DEBUG=YES: flags an option parser sets.
        foreach (var variable in script.VariableEvents) yield return variable.Name;
    }
}
