using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV204: <c>pip install</c> with the cache on: no <c>--no-cache-dir</c> (or a prefix), no
/// <c>PIP_NO_CACHE_DIR</c> exported with a value, no pip.conf setting.</summary>
public sealed class Venv204PipWithoutNoCacheDir : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.PipWithoutNoCacheDir);

    public override void Analyze(ShellContext context)
    {
        foreach (var install in context.PipInstalls)
        {
            if (PipSettings.DisablesCache(context, install)) continue;
            if (install.Options.Any(o => o.IsUnknown && o.Written.StartsWith("--no-cache", StringComparison.Ordinal))) continue; // VENV203
            context.Report(Descriptor, ShellEdits.Through(install.Command, install.InstallWord),
                "pip install without --no-cache-dir reads and fills a cache in the builder's home: the build then depends on earlier builds.",
                [context.CreateFix("Insert --no-cache-dir", TextEdit.Insert(install.InstallWord.Span.End, " --no-cache-dir"))]);
        }
    }
}
