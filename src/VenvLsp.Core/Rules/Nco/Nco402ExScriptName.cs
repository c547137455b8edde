using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO402: a file in <c>scripts/</c> whose name is not <c>ex[a-z0-9_]+</c> with <c>.sh</c>, <c>.py</c> or
/// <c>.pl</c>. Runs on shell and Python ex-scripts. No fix: a rename is not a text edit.</summary>
public sealed class Nco402ExScriptName<TContext> : Rule<TContext> where TContext : DocumentContext
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.ExScriptName);

    public override void Analyze(TContext context)
    {
        if (NcoScripts.RoleOf(context) != ScriptRole.ExScript) return;
        var name = NcoScripts.NameOf(context);
        // A package marker, not a script.
        if (name == "__init__.py" || ScriptNames.IsExScriptName(name)) return;

        var reasons = new List<string>();
        var stem = ScriptNames.StemOf(name);
        if (!stem.StartsWith("ex", StringComparison.Ordinal)) reasons.Add("does not start with ex");
        if (stem.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))) reasons.Add("has characters other than lowercase letters, digits and underscores");
        var extension = ScriptNames.ExtensionOf(name);
        if (extension is null) reasons.Add("has no extension");
        else if (!ScriptNames.IsExScriptExtension(extension) || stem.Length + 1 + extension.Length != name.Length) reasons.Add($"has the extension .{name[(stem.Length + 1)..]} instead of .sh, .py or .pl");

        var suggestion = ScriptNames.SuggestExScript(name, NcoScripts.LanguageOf(context.Path, context.Text));
        context.Report(Descriptor, NcoScripts.FileAnchor(context.Text),
            $"ex-script name {name} {string.Join(" and ", reasons)}: ex-scripts are named ex[a-z0-9_]+ with .sh, .py or .pl. Rename it to {suggestion} (and the J-jobs that call it).");
    }
}
