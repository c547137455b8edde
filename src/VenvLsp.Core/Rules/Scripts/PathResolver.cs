using VenvLsp.Shell;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Scripts;

/// <summary>
/// Works out, as far as static analysis can, which path a word names when the script runs: literal
/// text; <c>${HOME&lt;model&gt;}</c> (the package root); variables assigned earlier in the script; the
/// script's own location (<c>$0</c>, <c>${BASH_SOURCE[0]}</c>) through <c>dirname</c>, <c>cd ... &amp;&amp; pwd</c>,
/// <c>readlink -f</c> and <c>realpath</c>. Null when any piece is unknown: callers then stay silent.
/// </summary>
public sealed class PathResolver(ShellScript script, string scriptPath, string? packageRoot, string? homeVariable)
{
    private const int MaxDepth = 8;

    /// <summary>The absolute path <paramref name="word"/> names at <paramref name="offset"/>, or null.</summary>
    public string? Resolve(Word word, int offset) => Normalize(Value(word, offset, 0), relativeTo: null);

    /// <summary>Like <see cref="Resolve(Word, int)"/>, with a relative result taken from <paramref name="workingDirectory"/>.</summary>
    public string? Resolve(Word word, int offset, string workingDirectory) => Normalize(Value(word, offset, 0), workingDirectory);

    private static string? Normalize(string? value, string? relativeTo)
    {
        if (value is null || value.Length == 0) return null;
        if (!value.StartsWith('/'))
        {
            if (relativeTo is null) return null;
            value = relativeTo + "/" + value;
        }
        try
        {
            return PathUtil.Normalize(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private string? Value(Word word, int offset, int depth)
    {
        if (depth > MaxDepth) return null;
        if (word.TryGetStaticValue(out var text)) return text;
        var builder = new System.Text.StringBuilder();
        foreach (var segment in word.Segments)
        {
            switch (segment.Part)
            {
                case LiteralPart literal: builder.Append(literal.Value); break;
                case SingleQuotedPart quoted: builder.Append(quoted.Value); break;
                case AnsiCQuotedPart ansi: builder.Append(ansi.Value); break;
                case ParameterExpansionPart expansion:
                    if (Parameter(expansion, offset, depth) is not { } value) return null;
                    builder.Append(value);
                    break;
                case CommandSubstitutionPart substitution:
                    if (Substitution(substitution, offset, depth) is not { } result) return null;
                    builder.Append(result);
                    break;
                case DoubleQuotedPart:
                    break; // its inner parts come as their own segments
                default:
                    return null;
            }
        }
        return builder.ToString();
    }

    private string? Parameter(ParameterExpansionPart expansion, int offset, int depth)
    {
        var name = expansion.Name;
        if (expansion.Prefix != ParameterPrefix.None) return null;
        if (homeVariable is not null && name == homeVariable) return packageRoot;
        if (name is "0" || (name == "BASH_SOURCE" && (expansion.Subscript is null || expansion.Subscript.StaticValue == "0"))) return scriptPath;
        // ${x:-default}, ${x:?}: the variable's own value when the script sets it, else the default.
        var assigned = script.ValueBefore(name, offset);
        if (assigned is not null) return Value(assigned, assigned.Span.Start, depth + 1);
        if (expansion.Operator is ":-" or "-" && expansion.Argument is { } fallback) return Value(fallback, offset, depth + 1);
        return null;
    }

    private string? Substitution(CommandSubstitutionPart substitution, int offset, int depth)
    {
        // $(cd "$(dirname "$0")/.." && pwd), $(dirname "$0"), $(readlink -f "$0"), $(realpath x)
        // The substitution's own commands in document order (the walk is depth first, so a nested
        // substitution's commands come after the command that holds it, which is the one looked at first).
        var commands = substitution.Body.DescendantsAndSelf().OfType<SimpleCommand>().ToList();
        if (commands.Count == 0) return null;
        var first = commands[0];
        switch (first.StaticName)
        {
            case "dirname" when first.Arguments.Length == 1:
                return Value(first.Arguments[0], offset, depth + 1) is { } path ? Parent(path) : null;
            case "readlink" or "realpath" when first.Arguments.Length >= 1:
                return Value(first.Arguments[^1], offset, depth + 1);
            case "cd" when first.Arguments.Length == 1 && commands.Skip(1).Any(c => c.StaticName == "pwd"):
                return Value(first.Arguments[0], offset, depth + 1) is { } target && target.StartsWith('/') ? target : null;
            case "pwd":
                return null;
            default:
                return null;
        }
    }

    private static string Parent(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : trimmed[..slash];
    }
}
