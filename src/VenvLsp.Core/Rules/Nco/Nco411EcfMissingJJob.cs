using VenvLsp.Common;
using VenvLsp.Diagnostics;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO411: a job card calls a J-job of its own package (<c>${HOME&lt;model&gt;}/jobs/NAME</c>) that <c>jobs/</c> does
/// not hold. Calls into other packages, and names built from variables, are not checked. The finding points at the
/// name, with a related location at the J-job of a near name ("did you mean", also offered as an editor-only fix) or
/// else at the <c>jobs/</c> folder.
/// </summary>
public sealed class Nco411EcfMissingJJob : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.EcfMissingJJob);

    public override void Analyze(ShellContext context)
    {
        if (!EcfStructure.IsJobCard(context) || context.PackageRoot is not { } root) return;
        foreach (var call in JobCalls.JJobCalls(context))
        {
            if (call.Path is not { } path || context.Snapshot.FileExists(path)) continue;
            var jobs = root + "/jobs";
            if (!context.Snapshot.DirectoryExists(jobs))
            {
                context.Report(Descriptor, call.NameSpan, $"This job card calls jobs/{call.Name}, but the package has no jobs/ folder.");
                continue;
            }
            var names = context.Snapshot.List(jobs).Where(e => !e.IsDirectory).Select(e => e.Name).ToList();
            var suggestion = EditDistance.Suggest(call.Name, names);
            if (suggestion is not null)
            {
                var fixes = call.NameSpan.Length == call.Name.Length
                    ? new[] { context.CreateUnsafeFix($"Call {suggestion}", TextEdit.Replace(call.NameSpan, suggestion)) }
                    : null;
                var related = new RelatedLocation(Location.StartOf(jobs + "/" + suggestion), $"the J-job {suggestion}");
                context.Report(Descriptor, call.NameSpan,
                    $"The J-job jobs/{call.Name} does not exist in this package: did you mean {suggestion}?", fixes, [related]);
            }
            else
            {
                var related = new RelatedLocation(Location.StartOf(jobs), "the package's J-jobs");
                var known = names.Count == 0 ? "jobs/ is empty" : "jobs/ holds " + string.Join(", ", names.Order(StringComparer.Ordinal).Take(8)) + (names.Count > 8 ? ", ..." : "");
                context.Report(Descriptor, call.NameSpan,
                    $"The J-job jobs/{call.Name} does not exist in this package ({known}): the job fails with \"No such file or directory\".", null, [related]);
            }
        }
    }
}
