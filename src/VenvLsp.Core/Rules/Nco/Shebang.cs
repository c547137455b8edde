using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// The <c>#!</c> line of a script, read the way the kernel reads it: blanks after <c>#!</c> are skipped, the
/// interpreter runs to the next blank, and the rest is one argument (here split on blanks, as <c>env</c> would).
/// </summary>
/// <param name="LineSpan">The first line, without its line break.</param>
/// <param name="Interpreter">The interpreter path (<c>/bin/bash</c>, <c>/usr/bin/env</c>); empty when the line names none.</param>
/// <param name="InterpreterSpan">Where the interpreter is.</param>
/// <param name="Arguments">The words after the interpreter (<c>bash</c> in <c>#!/usr/bin/env bash</c>, <c>-x</c> in <c>#!/bin/bash -x</c>).</param>
public sealed record Shebang(TextSpan LineSpan, string Interpreter, TextSpan InterpreterSpan, IReadOnlyList<string> Arguments)
{
    /// <summary>The shells a J-job may name: the standard fixes these so that a J-job does not depend on <c>PATH</c>.</summary>
    public static readonly IReadOnlyList<string> JJobInterpreters = ["/bin/bash", "/bin/sh", "/bin/ksh"];

    /// <summary>True for <c>#!/usr/bin/env prog</c> (any <c>env</c> path).</summary>
    public bool IsEnvForm => Interpreter.EndsWith("/env", StringComparison.Ordinal) && Arguments.Count > 0;

    /// <summary>The program that runs the script: the name after <c>env</c> (its options skipped), else the
    /// interpreter's file name (<c>bash</c> for <c>/usr/bin/bash</c>).</summary>
    public string Program
    {
        get
        {
            if (IsEnvForm)
                foreach (var argument in Arguments)
                    if (!argument.StartsWith('-') && !argument.Contains('=')) return argument;
            return Interpreter[(Interpreter.LastIndexOf('/') + 1)..];
        }
    }

    /// <summary>True when the interpreter is an absolute path, as the kernel needs.</summary>
    public bool IsAbsolute => Interpreter.StartsWith('/');

    /// <summary>True when the line turns on xtrace itself (<c>#!/bin/bash -x</c>, <c>-xe</c>).</summary>
    public bool EnablesXtrace => !IsEnvForm && Arguments.Any(a => a.Length > 1 && a[0] == '-' && a[1] != '-' && a.Contains('x'));

    /// <summary>The <c>#!</c> line at the very start of the text, or null.</summary>
    public static Shebang? Read(SourceText text)
    {
        if (text.Length < 2 || text[0] != '#' || text[1] != '!') return null;
        var line = text.GetLineSpan(0);
        var content = text.Content;
        var i = 2;
        while (i < line.End && content[i] is ' ' or '\t') i++;
        var start = i;
        while (i < line.End && content[i] is not (' ' or '\t')) i++;
        var interpreter = TextSpan.FromBounds(start, i);
        var arguments = content[i..line.End].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return new Shebang(line, text.ToString(interpreter), interpreter, arguments);
    }

    /// <summary>The line of a <c>#!</c> that is not the first line (so the kernel ignores it), looking only
    /// at the first lines that are comments or blank; -1 when there is none.</summary>
    public static int MisplacedLine(SourceText text)
    {
        for (var line = 1; line < Math.Min(text.LineCount, 20); line++)
        {
            var content = text.GetLineText(line).TrimStart();
            if (content.StartsWith("#!", StringComparison.Ordinal)) return line;
            if (content.Length > 0 && content[0] != '#') return -1;
        }
        return -1;
    }

    /// <summary>The line a fix inserts for a script of <paramref name="language"/> without a <c>#!</c> line.</summary>
    public static string DefaultFor(ScriptLanguage language, string path) => language switch
    {
        ScriptLanguage.Python => "#!/usr/bin/env python3",
        ScriptLanguage.Perl => "#!/usr/bin/env perl",
        _ when path.EndsWith(".ksh", StringComparison.Ordinal) => "#!/bin/ksh",
        _ => "#!/bin/bash",
    };
}
