using VenvLsp.Shell;

namespace VenvLsp.Rules.Build;

/// <summary>A command that edits <c>venv/bin/activate</c> to set <c>VIRTUAL_ENV</c> (a <c>sed -i</c>, or
/// another editor the checker does not judge).</summary>
/// <param name="Scripts">The sed scripts (the <c>-e</c> values, or the first operand).</param>
/// <param name="Extended">sed was given <c>-E</c>/<c>-r</c>.</param>
public sealed record ActivateRewrite(CommandOccurrence Occurrence, Word File, IReadOnlyList<Word> Scripts, bool Extended, bool IsSed)
{
    public SimpleCommand Command => Occurrence.Command;

    public static ActivateRewrite? From(CommandOccurrence occurrence)
    {
        var command = occurrence.Command;
        var name = command.StaticName;
        if (name is not ("sed" or "gsed" or "perl" or "awk" or "gawk" or "python" or "python3" or "ed" or "ex")) return null;
        var texts = command.Arguments.Select(a => a.StaticValue ?? a.Normalized).ToList();
        var file = command.Arguments.LastOrDefault(a => (a.StaticValue ?? a.Normalized).EndsWith("activate", StringComparison.Ordinal));
        if (file is null || !texts.Any(t => t.Contains("VIRTUAL_ENV", StringComparison.Ordinal))) return null;
        if (name is not ("sed" or "gsed"))
            return name is "perl" or "awk" or "gawk" or "python" or "python3" or "ed" or "ex"
                ? new ActivateRewrite(occurrence, file, [], false, false)
                : null;
        var scripts = new List<Word>();
        var extended = false;
        var arguments = command.Arguments;
        for (var i = 0; i < arguments.Length; i++)
        {
            var text = arguments[i].StaticValue ?? arguments[i].Normalized;
            if (text is "-e" or "--expression" && i + 1 < arguments.Length) { scripts.Add(arguments[++i]); continue; }
            if (text.StartsWith("--expression=", StringComparison.Ordinal)) { scripts.Add(arguments[i]); continue; }
            if (text is "-E" or "-r" or "--regexp-extended") { extended = true; continue; }
            if (text.StartsWith('-') && text.Length > 1 && !text.StartsWith("--", StringComparison.Ordinal))
            {
                if (text.Contains('E') || text.Contains('r')) extended = true;
                if (text.EndsWith('e') && i + 1 < arguments.Length) scripts.Add(arguments[++i]);
                continue;
            }
            if (text.StartsWith('-')) continue;
            if (scripts.Count == 0) scripts.Add(arguments[i]);
        }
        return new ActivateRewrite(occurrence, file, scripts, extended, true);
    }
}

/// <summary>What is wrong with a rewrite, if anything, found by running it on the primary
/// <c>VIRTUAL_ENV</c> line of each activate template.</summary>
public sealed record RewriteVerdict(string? Problem)
{
    public bool IsEffective => Problem is null;

    public static RewriteVerdict Effective { get; } = new((string?)null);

    /// <summary>The primary assignment of each template, with the build path the tools write.</summary>
    public static readonly (string Template, string Line, bool Modern)[] Templates =
    [
        ("Python 3.8-3.11 venv", "VIRTUAL_ENV=\"/build/pkg/venv\"", false),
        ("Python 3.12 venv and virtualenv >= 20.36", "    export VIRTUAL_ENV=\"/build/pkg/venv\"", true),
        ("Python 3.13 venv", "        export VIRTUAL_ENV=\"/build/pkg/venv\"", true),
        ("virtualenv < 20.36", "VIRTUAL_ENV='/build/pkg/venv'", false),
    ];

    public static RewriteVerdict Judge(ActivateRewrite rewrite, string homeVariable)
    {
        if (!rewrite.IsSed || rewrite.Scripts.Count == 0) return Effective;
        foreach (var script in rewrite.Scripts)
        {
            if (script.Segments.Any(s => s.Part is ParameterExpansionPart p && p.Name.StartsWith("HOME", StringComparison.Ordinal)))
                return new RewriteVerdict($"${{{homeVariable}}} is expanded when the build runs (the sed script is in double quotes): activate gets the build's path. Put the script in single quotes.");
        }
        var scripts = rewrite.Scripts.Select(s => s.StaticValue).ToList();
        if (scripts.Any(s => s is null)) return Effective; // built at run time: not judged
        var text = scripts.Select(s => s!.StartsWith("--expression=", StringComparison.Ordinal) ? s[13..] : s!).ToList();
        var substitutions = text.SelectMany(s => SedScript.Parse(s, rewrite.Extended)).ToList();
        if (substitutions.Count == 0 || substitutions.Any(s => s.Compiled is null)) return Effective;

        var missed = new List<string>();
        foreach (var (template, line, _) in Templates)
        {
            var result = substitutions.Aggregate(line, (current, s) => s.Apply(current));
            if (result == line) { missed.Add(template); continue; }
            if (ValueProblem(result, line, homeVariable) is { } problem) return new RewriteVerdict(problem);
        }
        if (missed.Count > 0)
            return new RewriteVerdict($"The rewrite does not match the VIRTUAL_ENV line of the {string.Join(", ", missed)} activate template{(missed.Count > 1 ? "s" : "")}" +
                (text.Any(t => t.Contains("^VIRTUAL_ENV", StringComparison.Ordinal)) ? " (they indent it and add export: ^VIRTUAL_ENV= matches nothing)." : "."));
        return Effective;
    }

    private static string? ValueProblem(string result, string original, string homeVariable)
    {
        var at = result.IndexOf("VIRTUAL_ENV=", StringComparison.Ordinal);
        if (at < 0) return "The rewritten line no longer sets VIRTUAL_ENV.";
        var value = result[(at + "VIRTUAL_ENV=".Length)..].Trim();
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            return $"The new value {value} is in single quotes in activate: ${{{homeVariable}}} would never expand.";
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
        var expected = new[] { "${" + homeVariable + "}/venv", "$" + homeVariable + "/venv", "${" + homeVariable + "}/venv/" };
        if (expected.Contains(value))
        {
            var keptExport = !original.Contains("export ", StringComparison.Ordinal) || result.Contains("export ", StringComparison.Ordinal);
            return keptExport ? null : "The rewrite drops \"export\" from the Python >= 3.12 templates, which export VIRTUAL_ENV on that line only.";
        }
        if (value.EndsWith("/bin/activate", StringComparison.Ordinal))
            return $"The new value {value} names the activate script: VIRTUAL_ENV must be the venv folder, ${{{homeVariable}}}/venv.";
        if (value.StartsWith('/'))
            return $"The new value {value} is an absolute path: it must be ${{{homeVariable}}}/venv, so it follows the package when it moves.";
        return $"The new value {value} is not ${{{homeVariable}}}/venv.";
    }
}
