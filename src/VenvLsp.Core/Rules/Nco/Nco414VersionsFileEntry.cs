using VenvLsp.Diagnostics;
using VenvLsp.Rules.Versions;
using VenvLsp.Text;
using VenvLsp.Versions;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO414: a versions file line that does not follow the conventions.
/// </summary>
/// <remarks>
/// <para>Malformed lines: every problem the versions parser finds (no <c>export</c>, <c>export export</c>, a name without
/// <c>_ver</c>, spaces around <c>=</c>, an expansion, a command, CRLF...), with its message. Two have safe fixes: insert
/// the missing <c>export </c>, remove the repeated one.</para>
/// <para><c>v</c> prefixes: an entry is a module version when the package loads it as a module (a <c>module load</c> or
/// <c>module swap</c> line with <c>${name_ver}</c>, or a modulefile's <c>load(...)</c> with <c>"name_ver"</c>), and a package
/// version when it is the package's own (<c>&lt;model&gt;_ver</c>) or names another package's folder
/// (<c>obsproc.${obsproc_ver}</c>). A module version written <c>v3.12.0</c> and a package version written <c>2.4.0</c> are
/// reported, with editor-only fixes; an entry that is neither, or both, is not judged.</para>
/// <para>Unused: a <c>*_ver</c> entry that no searched file refers to (see <see cref="VersionUses"/>). The package's own
/// <c>&lt;model&gt;_ver</c> is never reported: the ecFlow suite outside the package uses it. Nothing is reported as unused
/// when no file in view refers to any entry at all (a package checked without its scripts).</para>
/// </remarks>
public sealed class Nco414VersionsFileEntry : Rule<VersionsContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.VersionsFileEntry);

    public override void Analyze(VersionsContext context)
    {
        foreach (var problem in context.File.Problems)
            context.Report(Descriptor, problem.Span, problem.Message, FixFor(context, problem));
        if (context.PackageRoot is not { } root) return;

        var model = context.Package?.Model.Name;
        var uses = VersionUses.OfPackage(context.Snapshot, root);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in context.File.Entries)
        {
            if (!entry.IsVersionName || !seen.Add(entry.Name)) continue;
            var kinds = VersionUses.Find(uses, entry.Name);
            // When nothing in view refers to any entry, the scripts that read the versions files are elsewhere.
            if (kinds is null && uses.Count > 0 && entry.Name != model + VersionReferences.Suffix)
            {
                context.Report(Descriptor, entry.NameSpan,
                    $"No file of the package uses {entry.Name} (no ${{{entry.Name}}} in its scripts, job cards, includes or modulefiles): remove it, or add the module load that needs it.");
                continue;
            }
            if (entry.HasExpansion || entry.Value.Length == 0) continue;
            ReportPrefix(context, entry, VersionEntries.Classify(entry.Name, model, kinds));
        }
    }

    private void ReportPrefix(VersionsContext context, VersionsEntry entry, VersionEntryKind kind)
    {
        if (kind == VersionEntryKind.Module && VersionsFile.IsPackageVersion(entry.Value))
        {
            var bare = entry.Value[1..];
            context.Report(Descriptor, entry.ValueSpan,
                $"{entry.Name} is a module version (a module load of the package uses it): module versions have no 'v'. Write {bare}.",
                [context.CreateUnsafeFix($"Write {bare}", TextEdit.Delete(new TextSpan(entry.ValueSpan.Start, 1)))]);
        }
        else if (kind == VersionEntryKind.Package && VersionsFile.IsModuleVersion(entry.Value))
        {
            context.Report(Descriptor, entry.ValueSpan,
                $"{entry.Name} is a package version: package versions start with 'v'. Write v{entry.Value}.",
                [context.CreateUnsafeFix($"Write v{entry.Value}", TextEdit.Insert(entry.ValueSpan.Start, "v"))]);
        }
    }

    private static IEnumerable<Fix>? FixFor(VersionsContext context, VersionsProblem problem)
    {
        switch (problem.Kind)
        {
            case VersionsProblemKind.MissingExport:
                return [context.CreateFix("Insert export", TextEdit.Insert(problem.Span.Start, "export "))];
            case VersionsProblemKind.RepeatedExport:
                // The span is the second 'export': remove it with the blanks after it.
                var end = problem.Span.End;
                var content = context.Text.Content;
                while (end < content.Length && content[end] is ' ' or '\t') end++;
                return [context.CreateFix("Remove the repeated export", TextEdit.Delete(TextSpan.FromBounds(problem.Span.Start, end)))];
            default:
                return null;
        }
    }
}
