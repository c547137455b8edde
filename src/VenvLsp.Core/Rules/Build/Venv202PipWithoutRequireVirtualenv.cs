using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV202: <c>pip install</c> that could install outside the venv: no <c>--require-virtualenv</c>
/// (or <c>--require-venv</c>, an unambiguous prefix, a true <c>PIP_REQUIRE_VIRTUALENV</c>, a pip.conf).</summary>
public sealed class Venv202PipWithoutRequireVirtualenv : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.PipWithoutRequireVirtualenv);

    public override void Analyze(ShellContext context)
    {
        foreach (var install in context.PipInstalls)
        {
            if (PipSettings.RequiresVirtualenv(context, install)) continue;
            if (install.Options.Any(o => o.IsUnknown && o.Written.StartsWith("--require", StringComparison.Ordinal))) continue; // VENV203
            context.Report(Descriptor, ShellEdits.Through(install.Command, install.InstallWord),
                "pip install without --require-virtualenv can install into the system python when the venv is missing.",
                [context.CreateFix("Insert --require-virtualenv", TextEdit.Insert(install.InstallWord.Span.End, " --require-virtualenv"))]);
        }
    }
}
