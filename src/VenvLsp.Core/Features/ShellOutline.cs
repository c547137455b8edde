using VenvLsp.Ecflow;
using VenvLsp.Packages;
using VenvLsp.Rules.Nco;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

/// <summary>The outline entries of a shell file (job card, include, J-job, other script), unnested.</summary>
internal static class ShellOutline
{
    private const int MaxText = 80;

    public static List<OutlineSymbol> Collect(ShellContext context)
    {
        var symbols = new List<OutlineSymbol>();
        var script = context.Script;
        if (context.Document.Ecf is { } ecf)
        {
            AddSchedulerDirectives(symbols, context.Text, script.Text);
            AddIncludes(symbols, context, ecf);
            AddSections(symbols, context.Text, ecf);
            AddVariables(symbols, context, onlyKey: true);
            if (context.Kind == DocumentKind.EcfJobCard)
                foreach (var call in JobCalls.JJobCalls(context))
                    symbols.Add(Call(call, OutlineKind.JobCall, call.Path is not null && !context.Snapshot.FileExists(call.Path) ? "not in jobs/" : call.PathWord.Normalized));
        }
        if (context.Kind == DocumentKind.JJob)
        {
            AddVariables(symbols, context, onlyKey: false);
            foreach (var call in JobCalls.ExScriptCalls(context)) symbols.Add(Call(call, OutlineKind.ExScriptCall, call.PathWord.Normalized));
            foreach (var removal in DataCleanup.Removals(script))
                symbols.Add(OutlineSymbol.Leaf("$DATA cleanup", removal.IsGuarded ? "guarded by KEEPDATA" : "not guarded by KEEPDATA",
                    OutlineKind.DataCleanup, removal.Statement, removal.Occurrence.Command.Span));
        }
        AddCommands(symbols, script);
        foreach (var function in script.Functions)
            symbols.Add(OutlineSymbol.Leaf(function.Name, null, OutlineKind.Function, function.Span, function.NameSpan));
        return symbols;
    }

    private static OutlineSymbol Call(ScriptCall call, OutlineKind kind, string? detail) =>
        OutlineSymbol.Leaf(call.Name, detail, kind, call.Command.Span, call.NameSpan);

    private static void AddCommands(List<OutlineSymbol> symbols, ShellScript script)
    {
        foreach (var occurrence in script.Commands)
        {
            var command = occurrence.Command;
            OutlineKind? kind = command.StaticName switch
            {
                "module" or "ml" => OutlineKind.ModuleCommand,
                "deactivate" => OutlineKind.VenvDeactivation,
                "err_chk" => OutlineKind.ErrorCheck,
                _ => VenvCommands.AsActivation(occurrence) is not null ? OutlineKind.VenvActivation : null,
            };
            if (kind is { } found) symbols.Add(OutlineSymbol.Leaf(Shorten(command.ToString()), null, found, command.Span, command.Span));
        }
    }

    /// <summary>Variables with a value set by the file's own shell. In a job card only <c>model</c> and exports
    /// (<paramref name="onlyKey"/>); in a J-job every one, since J-jobs run under <c>set -a</c> and are mostly settings.</summary>
    private static void AddVariables(List<OutlineSymbol> symbols, ShellContext context, bool onlyKey)
    {
        var content = context.Text.Content;
        foreach (var e in context.Script.VariableEvents)
        {
            if (e.Value is null || e.Command is null || e.IsCommandPrefix || e.Scope is not null) continue;
            if (onlyKey && e.Name != "model" && e.Kind != VariableEventKind.Exported) continue;
            var named = string.CompareOrdinal(content, e.Span.Start, e.Name, 0, e.Name.Length) == 0;
            var selection = named ? new TextSpan(e.Span.Start, e.Name.Length) : e.Span;
            var range = e.Command.Span.Contains(e.Span) ? e.Command.Span : e.Span;
            symbols.Add(OutlineSymbol.Leaf(e.Name, Shorten(e.Value.Text), OutlineKind.Variable, range, selection));
        }
    }

    private static void AddIncludes(List<OutlineSymbol> symbols, ShellContext context, EcfDocument ecf)
    {
        var folders = Rules.Jobs.EcfIncludes.Folders(context);
        foreach (var include in ecf.Includes.Where(i => i.IsInJob))
        {
            var resolved = EcfIncludeResolver.Resolve(context.Path, include, folders, context.Snapshot.FileExists);
            var detail = resolved is null ? null : context.PackageRoot is { } root && PathUtil.IsUnder(resolved, root) ? PathUtil.Relative(root, resolved) : resolved;
            var selection = include.Target.Length > 0 ? include.TargetSpan : include.LineSpan;
            symbols.Add(OutlineSymbol.Leaf(context.Text.ToString(include.LineSpan).Trim(), detail, OutlineKind.Include, include.LineSpan, selection));
        }
    }

    private static void AddSections(List<OutlineSymbol> symbols, SourceText text, EcfDocument ecf)
    {
        foreach (var block in ecf.Blocks.Where(b => b.Kind is EcfBlockKind.Manual or EcfBlockKind.Comment))
        {
            var name = text.ToString(block.StartSpan).Trim();
            symbols.Add(OutlineSymbol.Leaf(name, FirstWords(text, block), OutlineKind.Section, block.Span, block.StartSpan));
        }
    }

    /// <summary>The block's first line of prose (rules of <c>#</c>, <c>-</c> or <c>=</c> skipped), for the detail.</summary>
    private static string? FirstWords(SourceText text, EcfBlock block)
    {
        var first = text.GetLineIndex(block.StartSpan.Start) + 1;
        var last = block.EndSpan is { } end ? text.GetLineIndex(end.Start) - 1 : text.LineCount - 1;
        for (var line = first; line <= last; line++)
        {
            var words = text.GetLineText(line).Trim().Trim('#', '-', '=', ' ', '\t');
            if (words.Length > 0) return Shorten(words);
        }
        return null;
    }

    /// <summary>Runs of <c>#PBS</c> lines (or <c>#SBATCH</c>, <c>#BSUB</c>) in the job, one group per run.</summary>
    private static void AddSchedulerDirectives(List<OutlineSymbol> symbols, SourceText text, string shellText)
    {
        var lines = new List<(TextSpan Span, string Body)>();
        string? scheduler = null;
        for (var line = 0; line <= text.LineCount; line++)
        {
            var span = line < text.LineCount ? text.GetLineSpan(line) : default;
            var found = line < text.LineCount ? Scheduler(shellText.AsSpan(span.Start, span.Length)) : null;
            if (found != scheduler && lines.Count > 0)
            {
                symbols.Add(Group(scheduler!, lines));
                lines.Clear();
            }
            scheduler = found;
            if (found is null) continue;
            var trimmed = new TextSpan(span.Start, shellText.AsSpan(span.Start, span.Length).TrimEnd().Length);
            lines.Add((trimmed, shellText.Substring(span.Start + found.Length + 1, trimmed.Length - found.Length - 1).Trim()));
        }
    }

    private static OutlineSymbol Group(string scheduler, List<(TextSpan Span, string Body)> lines)
    {
        var children = lines.Select(l => OutlineSymbol.Leaf(l.Body.Length > 0 ? l.Body : "#" + scheduler, null, OutlineKind.SchedulerDirective, l.Span, l.Span)).ToList();
        var range = TextSpan.FromBounds(lines[0].Span.Start, lines[^1].Span.End);
        var jobName = lines.Select(l => l.Body).FirstOrDefault(b => b.StartsWith("-N ", StringComparison.Ordinal) || b.StartsWith("-J ", StringComparison.Ordinal))?[3..].Trim();
        var detail = jobName ?? (lines.Count == 1 ? "1 directive" : $"{lines.Count} directives");
        return new OutlineSymbol($"{scheduler} directives", detail, OutlineKind.SchedulerDirectives, range, lines[0].Span, [.. children]);
    }

    private static string? Scheduler(ReadOnlySpan<char> line)
    {
        foreach (var name in Schedulers)
            if (line.Length > name.Length && line[0] == '#' && line[1..].StartsWith(name, StringComparison.Ordinal) &&
                (line.Length == name.Length + 1 || line[name.Length + 1] is ' ' or '\t'))
                return name;
        return null;
    }

    private static readonly string[] Schedulers = ["PBS", "SBATCH", "BSUB"];

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxText ? line : line[..(MaxText - 3)] + "...";
    }
}
