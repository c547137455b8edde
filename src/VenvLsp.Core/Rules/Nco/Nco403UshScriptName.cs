using VenvLsp.Diagnostics;

namespace VenvLsp.Rules.Nco;

/// <summary>NCO403: a script under <c>ush/</c> whose name is not lowercase, has no extension, or starts like an
/// ex-script. "Starts like an ex-script" is read as <c>ex</c> followed by the model name (<c>exaigfs_helper.sh</c>),
/// the way ex-scripts are named: names that merely begin with the letters ex (<c>extract_fields.py</c>) are ordinary
/// words, not a confusion with the call chain. No fix: a rename is not a text edit.</summary>
public sealed class Nco403UshScriptName<TContext> : Rule<TContext> where TContext : DocumentContext
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.UshScriptName);

    public override void Analyze(TContext context)
    {
        if (NcoScripts.RoleOf(context) != ScriptRole.UshScript) return;
        var name = NcoScripts.NameOf(context);
        var reasons = new List<string>();
        if (name.Any(char.IsUpper)) reasons.Add("is not lowercase");
        if (StartsLikeExScript(context, name)) reasons.Add("starts with ex, the prefix reserved for ex-scripts in scripts/");
        if (ScriptNames.ExtensionOf(name) is null) reasons.Add("has no extension");
        if (reasons.Count == 0) return;
        context.Report(Descriptor, NcoScripts.FileAnchor(context.Text),
            $"ush script name {name} {string.Join(" and ", reasons)}: ush scripts are named in lowercase, with an extension, and without the ex prefix.");
    }

    private static bool StartsLikeExScript(TContext context, string name)
    {
        var lower = name.ToLowerInvariant();
        if (!lower.StartsWith("ex", StringComparison.Ordinal)) return false;
        var model = ModelOf(context);
        return model is not null && lower.AsSpan(2).StartsWith(model.ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static string? ModelOf(TContext context) =>
        context.PackageRoot is { } root ? Packages.PackageModel.GetModel(context.Snapshot, root).Name : null;
}
