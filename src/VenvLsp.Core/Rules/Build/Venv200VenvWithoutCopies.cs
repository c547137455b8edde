using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV200: a venv created with links, not copies: <c>python -m venv</c> without <c>--copies</c>,
/// <c>virtualenv</c> without <c>--always-copy</c> (or <c>--copies</c>, or <c>VIRTUALENV_COPIES</c> /
/// <c>VIRTUALENV_ALWAYS_COPY</c> exported), or with <c>--symlinks</c>.</summary>
public sealed class Venv200VenvWithoutCopies : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VenvWithoutCopies);

    public override void Analyze(ShellContext context)
    {
        foreach (var creation in context.VenvCreations)
        {
            var options = VenvOptions.Read(creation);
            if (options.Copies || options.Unrecognized.Any(o => VenvOptions.LooksLikeCopies(o.StaticValue ?? ""))) continue; // VENV201 reports the misspelt option
            if (creation.Tool == VenvTool.Virtualenv && ExportedCopies(context, creation)) continue;
            var insert = creation.Tool == VenvTool.Venv ? "--copies" : "--always-copy";
            var span = ShellEdits.Through(creation.Command, creation.ToolWord);
            var tool = creation.Tool == VenvTool.Venv ? "python -m venv" : "virtualenv";
            if (options.Symlinks is { } symlinks)
            {
                context.Report(Descriptor, symlinks.Span, $"The venv is created with {symlinks.StaticValue}: links into the python install, not copies.",
                    [context.CreateFix($"Replace with {insert}", TextEdit.Replace(symlinks.Span, insert))]);
                continue;
            }
            context.Report(Descriptor, span, $"{tool} creates the venv with links to the python install: add {insert} so it is built with copies.",
                [context.CreateFix($"Insert {insert}", TextEdit.Insert(creation.ToolWord.Span.End, " " + insert))]);
        }
    }

    private static bool ExportedCopies(ShellContext context, VenvCreation creation)
    {
        foreach (var name in new[] { "VIRTUALENV_COPIES", "VIRTUALENV_ALWAYS_COPY" })
        {
            if (creation.Command.Assignments.Any(a => a.Name == name)) return true;
            if (context.Script.IsExportedFor(name, creation.Command)) return true;
        }
        return false;
    }
}
