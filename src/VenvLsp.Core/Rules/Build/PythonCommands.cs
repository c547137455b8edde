using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VenvLsp.Shell;

namespace VenvLsp.Rules.Build;

public enum VenvTool
{
    /// <summary>The standard library's <c>python -m venv</c>.</summary>
    Venv,
    /// <summary><c>virtualenv</c> or <c>python -m virtualenv</c>.</summary>
    Virtualenv,
}

/// <summary>A command that creates a venv. <see cref="ToolWord"/> is <c>venv</c> (after <c>-m</c>) or the
/// <c>virtualenv</c> word; <see cref="Arguments"/> follow it.</summary>
public sealed record VenvCreation(CommandOccurrence Occurrence, VenvTool Tool, Word ToolWord, ImmutableArray<Word> Arguments)
{
    public SimpleCommand Command => Occurrence.Command;

    /// <summary>The folder the venv is created in (the first argument that is not an option).</summary>
    public Word? Target => Arguments.FirstOrDefault(a => !(a.StaticValue ?? a.Text).StartsWith('-'));

    /// <summary>The options, as written (static value, or the text when it has an expansion).</summary>
    public IEnumerable<(Word Word, string Text)> Options =>
        Arguments.Select(a => (a, a.StaticValue ?? a.Text)).Where(p => p.Item2.StartsWith("--", StringComparison.Ordinal));
}

/// <summary>An option of a pip command line as pip's optparse reads it.</summary>
/// <param name="Written">The name as written (<c>--no-cache</c>, <c>-q</c>).</param>
/// <param name="Option">What it resolves to, or null when pip does not know it or finds it ambiguous.</param>
/// <param name="Candidates">The options an ambiguous prefix could mean.</param>
/// <param name="ValueWord">The word that holds the value when it is a word of its own (<c>-r file</c>); null when
/// the value is glued on (<c>-rfile</c>, <c>--requirement=file</c>) or missing.</param>
public sealed record PipArgument(Word Word, string Written, PipInstallOption? Option, string? Value, IReadOnlyList<PipInstallOption> Candidates, Word? ValueWord = null)
{
    public bool IsUnknown => Option is null;
}

/// <summary>A <c>pip install</c> (by <c>pip</c>, <c>pip3</c>, <c>python -m pip</c>, <c>"$venv/bin/pip"</c>...).</summary>
/// <param name="InstallWord">The <c>install</c> word (fixes insert options right after it).</param>
/// <param name="Options">Options before and after <c>install</c>.</param>
/// <param name="Packages">Arguments that are not options: what to install by name or path.</param>
public sealed record PipInstall(CommandOccurrence Occurrence, Word InstallWord, ImmutableArray<PipArgument> Options, ImmutableArray<Word> Packages)
{
    public SimpleCommand Command => Occurrence.Command;

    /// <summary>True when an option resolving to <paramref name="longName"/> (or its alias) is given.</summary>
    public bool Has(string longName) =>
        Options.Any(o => o.Option is { } option && PipInstallOptions.Canonical(option.LongName) == PipInstallOptions.Canonical(longName));

    public IEnumerable<PipArgument> Requirements => Options.Where(o => o.Option?.LongName == "--requirement" && o.Value is not null);
}

/// <summary>Recognizes the commands that create venvs and install with pip, in every form the
/// packages use: wrappers (<c>command</c>, <c>env X=1</c>, <c>time</c>), interpreters named by paths or
/// variables, options between the interpreter and <c>-m</c>.</summary>
public static partial class PythonCommands
{
    private static readonly HashSet<string> Wrappers = ["command", "env", "exec", "time", "nohup", "nice", "builtin"];

    /// <summary>The venv creations and pip installs of a script, recognized once per parse (the
    /// file's venv facts and the rules on the file both need them).</summary>
    public static ScriptPythonCommands In(ShellScript script) => Found.GetValue(script, static s => new(
        [.. s.Commands.Select(AsVenvCreation).OfType<VenvCreation>()],
        [.. s.Commands.Select(AsPipInstall).OfType<PipInstall>()]));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ShellScript, ScriptPythonCommands> Found = new();

    public static VenvCreation? AsVenvCreation(CommandOccurrence occurrence)
    {
        var words = Effective(occurrence.Command);
        if (words.Count == 0) return null;
        var name = BaseName(words[0]);
        if (name == "virtualenv") return new VenvCreation(occurrence, VenvTool.Virtualenv, words[0], [.. words.Skip(1)]);
        if (ModuleAfterInterpreter(words) is not { } module) return null;
        var tool = module.Name switch { "venv" => VenvTool.Venv, "virtualenv" => VenvTool.Virtualenv, _ => (VenvTool?)null };
        return tool is null ? null : new VenvCreation(occurrence, tool.Value, words[module.Index], [.. words.Skip(module.Index + 1)]);
    }

    public static PipInstall? AsPipInstall(CommandOccurrence occurrence)
    {
        var words = Effective(occurrence.Command);
        if (words.Count == 0) return null;
        int start;
        if (PipName().IsMatch(BaseName(words[0]))) start = 1;
        else if (ModuleAfterInterpreter(words) is { Name: "pip" } module) start = module.Index + 1;
        else return null;

        var options = ImmutableArray.CreateBuilder<PipArgument>();
        var packages = ImmutableArray.CreateBuilder<Word>();
        Word? install = null;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            var text = word.StaticValue ?? word.Text;
            if (install is null && !text.StartsWith('-'))
            {
                if (text != "install") return null; // another subcommand (download, freeze, list...)
                install = word;
                continue;
            }
            if (text == "--")
            {
                for (i++; i < words.Count; i++) if (install is not null) packages.Add(words[i]);
                break;
            }
            if (!text.StartsWith('-') || text == "-")
            {
                packages.Add(word);
                continue;
            }
            if (!word.IsStatic && !text.StartsWith("--", StringComparison.Ordinal) && text.Length > 1 && text[1] == '$')
                continue; // "-$x": an option built at run time
            i = ReadOption(words, i, text, options);
        }
        return install is null ? null : new PipInstall(occurrence, install, options.ToImmutable(), packages.ToImmutable());
    }

    private static int ReadOption(List<Word> words, int i, string text, ImmutableArray<PipArgument>.Builder options)
    {
        var word = words[i];
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            var eq = text.IndexOf('=');
            var name = eq < 0 ? text : text[..eq];
            var option = PipInstallOptions.FindLong(name, out var candidates);
            string? value = eq < 0 ? null : text[(eq + 1)..];
            Word? valueWord = null;
            if (option is { TakesValue: true } && value is null && i + 1 < words.Count)
            {
                valueWord = words[++i];
                value = valueWord.StaticValue ?? valueWord.Text;
            }
            options.Add(new PipArgument(word, name, option, value, candidates, valueWord));
            return i;
        }
        // Short options: grouped flags (-qU), a value glued (-rfile) or in the next word (-r file).
        for (var c = 1; c < text.Length; c++)
        {
            var option = PipInstallOptions.FindShort(text[c]);
            if (option is null)
            {
                options.Add(new PipArgument(word, "-" + text[c], null, null, []));
                return i;
            }
            if (!option.TakesValue)
            {
                options.Add(new PipArgument(word, "-" + text[c], option, null, []));
                continue;
            }
            if (c + 1 < text.Length)
            {
                options.Add(new PipArgument(word, "-" + text[c], option, text[(c + 1)..], []));
            }
            else
            {
                var valueWord = i + 1 < words.Count ? words[++i] : null;
                options.Add(new PipArgument(word, "-" + text[c], option, valueWord is null ? null : valueWord.StaticValue ?? valueWord.Text, [], valueWord));
            }
            return i;
        }
        return i;
    }

    /// <summary>The words after wrappers and <c>env</c> assignments.</summary>
    private static List<Word> Effective(SimpleCommand command)
    {
        // Most commands of a script (echo, cd, module load...) are none of these: say so before copying words.
        if (command.Name?.StaticValue is { } first && !Wrappers.Contains(first))
        {
            var slash = first.LastIndexOf('/');
            var baseName = slash < 0 ? first : first[(slash + 1)..];
            if (!baseName.StartsWith("python", StringComparison.Ordinal) && !baseName.StartsWith("pip", StringComparison.Ordinal) && baseName != "virtualenv")
                return [];
        }
        var words = command.Words.ToList();
        // "command -v x" and "command -V x" look a command up; they do not run it.
        if (words.Count > 1 && words[0].StaticValue == "command" && words[1].StaticValue is "-v" or "-V") return [];
        var i = 0;
        while (i < words.Count && words[i].StaticValue is { } value && (Wrappers.Contains(value) || (i > 0 && IsAssignment(value) && words[0].StaticValue == "env")))
        {
            i++;
            // time -p, nice -n 10, env -i: skip their own options.
            while (i < words.Count && words[i].StaticValue is { } option && option.StartsWith('-'))
            {
                i++;
                if (option is "-n" && i < words.Count) i++;
            }
        }
        return words.Skip(i).ToList();
    }

    private static bool IsAssignment(string word) => word.Contains('=') && !word.StartsWith('-') && char.IsLetter(word[0]);

    /// <summary>For <c>python3 [-u -E ...] -m module</c>: the module and the index of its word.
    /// The interpreter is a <c>python*</c> word, a path to one, or a variable (<c>"${PY}"</c>) followed by <c>-m</c>.</summary>
    private static (string Name, int Index)? ModuleAfterInterpreter(List<Word> words)
    {
        var first = words[0];
        var isInterpreter = PythonName().IsMatch(BaseName(first)) || first.HasExpansion;
        if (!isInterpreter) return null;
        for (var i = 1; i < words.Count; i++)
        {
            var text = words[i].StaticValue;
            if (text is null) return null;
            if (text == "-m") return i + 1 < words.Count && words[i + 1].StaticValue is { } module ? (module, i + 1) : null;
            if (text.StartsWith("-m", StringComparison.Ordinal)) return (text[2..], i);
            if (text is "-X" or "-W" or "-Q") { i++; continue; }
            if (!text.StartsWith('-')) return null; // running a script
        }
        return null;
    }

    /// <summary>The last path component of a word, with quotes removed and expansions rendered.</summary>
    public static string BaseName(Word word)
    {
        var text = word.StaticValue ?? word.Normalized;
        var slash = text.LastIndexOf('/');
        return slash < 0 ? text : text[(slash + 1)..];
    }

    [GeneratedRegex(@"^python(\d+(\.\d+)*)?$")]
    private static partial Regex PythonName();

    [GeneratedRegex(@"^pip(\d+(\.\d+)*)?$")]
    private static partial Regex PipName();
}

/// <summary>The venv creations and pip installs of one script, in document order.</summary>
public sealed record ScriptPythonCommands(ImmutableArray<VenvCreation> Creations, ImmutableArray<PipInstall> Installs);
