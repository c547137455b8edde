using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Jobs;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO412: a developer work-area path (see <see cref="WorkAreaPaths"/>) in a job, or a hard-coded <c>HOME</c> variable.
/// </summary>
/// <remarks>
/// <para>Jobs are job cards and their include files, J-jobs, ex- and ush scripts; comments (and <c>%manual</c> or
/// <c>%comment</c> blocks) are not read for paths.</para>
/// <para>The standard has <c>HOME&lt;model&gt;</c> set once, by head.h from <c>model</c> (or by the job card). The reading
/// chosen here: in a J-job, ex- or ush script, an assignment of the package's own <c>HOME</c> variable is reported unless
/// it only fills in a missing value (<c>export HOMEaigfs=${HOMEaigfs:-...}</c>, <c>:=</c>, <c>-</c>, <c>=</c>) or computes the
/// package from the script's own location (<c>$0</c>, <c>BASH_SOURCE</c>): under ecFlow those keep the value head.h set,
/// so they cannot send production to another copy, and they let developers run a J-job by hand. (A developer path inside
/// such a default is still reported as a path.) In a job card or include, where setting it is the card's job, only a
/// literal absolute path is reported (<c>export HOMEaigfs=/lfs/h1/ops/prod/packages/aigfs.v1.0.0</c>, not
/// <c>%PACKAGEHOME%</c>). Any other package's <c>HOME</c> variable set to a literal absolute path is reported everywhere.</para>
/// </remarks>
public sealed class Nco412DeveloperPath : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.DeveloperPath);

    public override void Analyze(ShellContext context)
    {
        var isCard = context.Kind is DocumentKind.EcfJobCard or DocumentKind.EcfInclude;
        if (!isCard && NcoScripts.RoleOf(context) == ScriptRole.None) return;
        var script = context.Script;
        var comments = script.Comments.Select(c => c.Span).ToList();
        foreach (var path in WorkAreaPaths.Find(script.Text, comments))
            context.Report(Descriptor, path.Span,
                $"{context.Text.ToString(path.Span)} is in {path.Area}: it does not exist, or is not readable, on the production machine, and it changes without review. Put what the job needs in the package (fix/, parm/) or a production location, reached through the package's variables.");
        ReportHomeAssignments(context, isCard);
    }

    private void ReportHomeAssignments(ShellContext context, bool isCard)
    {
        var home = context.HomeVariable;
        foreach (var e in context.Script.VariableEvents)
        {
            if (e.Value is not { } value || e.Command is null || !ActivationTarget.IsHomeVariable(e.Name)) continue;
            var literal = value.TryGetStaticValue(out var text) && text.StartsWith('/');
            if (e.Name == home && !isCard)
            {
                if (IsDefaultForm(value, home) || IsFromScriptLocation(value)) continue;
                context.Report(Descriptor, e.Span,
                    $"{home} is set here: head.h sets it from model when the job starts, and this assignment replaces the installed location{(literal ? " with a fixed path" : "")}. Remove it, or keep only a default (export {home}=${{{home}:-...}}).");
            }
            else if (literal)
            {
                context.Report(Descriptor, e.Span,
                    $"{e.Name} is set to the fixed path {text}: the job then runs that copy wherever it is installed. {(e.Name == home ? "Let head.h set it (from %PACKAGEHOME%)." : "Build it from the versions file (${PACKAGEROOT}/name.${name_ver}).")}");
            }
        }
    }

    /// <summary><c>${HOMEx:-...}</c>, <c>${HOMEx-...}</c>, <c>${HOMEx:=...}</c>, <c>${HOMEx=...}</c> or <c>${HOMEx}</c> alone.</summary>
    private static bool IsDefaultForm(Word value, string home)
    {
        var segments = value.Segments.ToList();
        return segments.Count == 1 && segments[0].Part is ParameterExpansionPart { Prefix: ParameterPrefix.None } expansion &&
               expansion.Name == home && expansion.Operator is null or ":-" or "-" or ":=" or "=";
    }

    private static bool IsFromScriptLocation(Word value)
    {
        var normalized = value.Normalized;
        return normalized.Contains("${0", StringComparison.Ordinal) || normalized.Contains("$0", StringComparison.Ordinal) ||
               normalized.Contains("BASH_SOURCE", StringComparison.Ordinal);
    }
}
