using System.Text.RegularExpressions;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;

namespace VenvLsp.Rules.Build;

/// <summary>
/// Whether a pip setting is in force for a <c>pip install</c> in any of the ways pip honours: the
/// option (or an unambiguous prefix), a <c>PIP_*</c> variable exported before the command or set on
/// it, a pip.conf written by the script (a here-document) or named by <c>PIP_CONFIG_FILE</c>, or
/// <c>pip config set</c>.
/// </summary>
public static partial class PipSettings
{
    private static readonly HashSet<string> True = new(StringComparer.OrdinalIgnoreCase) { "1", "true", "yes", "on" };

    public static bool RequiresVirtualenv(ShellContext context, PipInstall install) =>
        install.Has("--require-virtualenv") ||
        EnvironmentValue(context, install, "PIP_REQUIRE_VIRTUALENV") is { } value && True.Contains(value) ||
        InConfiguration(context, install, "require-virtualenv", requireTrue: true);

    public static bool DisablesCache(ShellContext context, PipInstall install) =>
        install.Has("--no-cache-dir") ||
        EnvironmentValue(context, install, "PIP_NO_CACHE_DIR") is { Length: > 0 } ||
        InConfiguration(context, install, "no-cache-dir", requireTrue: false);

    /// <summary>The value of an environment variable for the command: set on it, or exported before it.
    /// "?" when it is exported with a value the analysis cannot know.</summary>
    private static string? EnvironmentValue(ShellContext context, PipInstall install, string name)
    {
        var command = install.Command;
        var prefix = command.Assignments.LastOrDefault(a => a.Name == name);
        if (prefix is not null) return prefix.Value.StaticValue ?? "?";
        if (!context.Script.IsExportedFor(name, command)) return null;
        var value = context.Script.ValueBefore(name, command.Span.Start);
        return value is null ? "?" : value.StaticValue ?? "?";
    }

    private static bool InConfiguration(ShellContext context, PipInstall install, string key, bool requireTrue)
    {
        var offset = install.Command.Span.Start;
        var pattern = key == "require-virtualenv" ? RequireVirtualenvTrue() : NoCacheDirAny();
        // A pip.conf written by the script: cat > "$venv/pip.conf" <<EOF ... EOF
        foreach (var document in context.Script.HereDocuments)
            if (document.BodySpan.End <= offset && pattern.IsMatch(context.Text.ToString(document.BodySpan)))
                return true;
        // pip config set global.require-virtualenv true
        foreach (var setting in ConfigSets(context.Script))
        {
            if (setting.Offset >= offset) break;
            if (setting.Key.EndsWith("." + key, StringComparison.Ordinal) && (!requireTrue || True.Contains(setting.Value))) return true;
        }
        // PIP_CONFIG_FILE naming a file of the package that sets it.
        if (EnvironmentValue(context, install, "PIP_CONFIG_FILE") is not null && context.Script.ValueBefore("PIP_CONFIG_FILE", offset) is { } file &&
            context.Paths.Resolve(file, offset) is { } path && context.Snapshot.ReadText(path) is { } text && pattern.IsMatch(text.Content))
            return true;
        return false;
    }

    private sealed record ConfigSet(int Offset, string Key, string Value);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ShellScript, List<ConfigSet>> ConfigSetsOf = new();

    /// <summary>The <c>pip config set KEY VALUE</c> commands of the script, found once per parse.</summary>
    private static List<ConfigSet> ConfigSets(ShellScript script) => ConfigSetsOf.GetValue(script, static s =>
    {
        var result = new List<ConfigSet>();
        foreach (var occurrence in s.Commands)
        {
            var command = occurrence.Command;
            if (command.Name is null || command.Arguments.Length < 4) continue;
            var argument = command.IndexOfArgument("config");
            if (argument < 0) continue;
            var words = command.Words.Select(w => w.StaticValue ?? w.Normalized).ToList();
            var at = argument + 1; // the command name is words[0]
            if (!words.Take(at).Any(w => w.StartsWith("pip", StringComparison.Ordinal) || w.EndsWith("/pip", StringComparison.Ordinal))) continue;
            if (at + 3 < words.Count && words[at + 1] == "set") result.Add(new ConfigSet(command.Span.Start, words[at + 2], words[at + 3]));
        }
        return result;
    });

    [GeneratedRegex(@"^[ \t]*require[-_]virtualenv[ \t]*=[ \t]*(true|1|yes|on)[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex RequireVirtualenvTrue();

    [GeneratedRegex(@"^[ \t]*no[-_]cache[-_]dir[ \t]*=[ \t]*\S+", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NoCacheDirAny();
}
