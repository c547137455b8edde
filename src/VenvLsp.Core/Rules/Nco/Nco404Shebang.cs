using VenvLsp.Diagnostics;
using VenvLsp.Fixes;
using VenvLsp.Packages;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO404: a script without a <c>#!</c> line, or a J-job whose <c>#!</c> line names another interpreter than
/// <c>/bin/bash</c>, <c>/bin/sh</c> or <c>/bin/ksh</c>.
/// </summary>
/// <remarks>
/// <para>Scripts are J-jobs, ex-scripts and ush scripts; a Python file in <c>ush/</c> only when it is run (it has a
/// <c>__main__</c> guard), since a module that is only imported needs no <c>#!</c> line.</para>
/// <para>Accepted: for a J-job, exactly those three interpreters, with blanks after <c>#!</c> and arguments allowed
/// (<c>#! /bin/bash</c>, <c>#!/bin/ksh -x</c>); for other scripts any absolute interpreter, the <c>env</c> form
/// included (<c>#! /usr/bin/env bash</c>, <c>#!/usr/bin/env python3</c>). Reported besides: a <c>#!</c> line that is
/// not the first line (the kernel ignores it), one that names no interpreter, or a relative one.</para>
/// <para>Fixes: insert the interpreter's line when there is none (safe: <c>#!/bin/bash</c> for shell,
/// <c>#!/bin/ksh</c> for <c>.ksh</c>, <c>#!/usr/bin/env python3</c> or <c>perl</c>); move a misplaced line to the
/// top (safe); replace a J-job's bash/sh/ksh found through <c>env</c> or another folder with its <c>/bin</c> path
/// (offered in the editor only: it changes which binary runs).</para>
/// </remarks>
public sealed class Nco404Shebang<TContext> : Rule<TContext> where TContext : DocumentContext
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.Shebang);

    public override void Analyze(TContext context)
    {
        var role = NcoScripts.RoleOf(context);
        if (role == ScriptRole.None) return;
        var text = context.Text;
        if (context.Kind == DocumentKind.Python && role == ScriptRole.UshScript && !NcoScripts.IsRunnablePython(text)) return;

        var language = NcoScripts.LanguageOf(context.Path, text);
        var shebang = Shebang.Read(text);
        if (shebang is null)
        {
            ReportMissing(context, text, language);
            return;
        }
        if (shebang.Interpreter.Length == 0)
            context.Report(Descriptor, shebang.LineSpan, "This #! line names no interpreter: write the interpreter's absolute path after #!.");
        else if (!shebang.IsAbsolute)
            context.Report(Descriptor, shebang.InterpreterSpan,
                $"The interpreter {shebang.Interpreter} is not an absolute path: the kernel looks for it in the directory the job runs in. Write /bin/{shebang.Program} or /usr/bin/env {shebang.Program}.");
        else if (role == ScriptRole.JJob && !Shebang.JJobInterpreters.Contains(shebang.Interpreter))
            ReportJJobInterpreter(context, shebang);
    }

    private void ReportMissing(TContext context, SourceText text, ScriptLanguage language)
    {
        var misplaced = Shebang.MisplacedLine(text);
        if (misplaced >= 0)
        {
            var line = text.GetLineText(misplaced).Trim();
            var span = text.GetLineSpan(misplaced);
            context.Report(Descriptor, span,
                $"The #! line is on line {misplaced + 1}: the kernel only reads it as the very first line, so here it is an ordinary comment.",
                [context.CreateFix("Move the #! line to the top",
                    TextEdit.Insert(0, line + text.NewLine), LineEdits.DeleteLines(text, misplaced, misplaced))]);
            return;
        }
        var insert = Shebang.DefaultFor(language, context.Path);
        context.Report(Descriptor, NcoScripts.FileAnchor(text),
            $"This script has no #! line: what runs it depends on how it is started. Make {insert} its first line.",
            [context.CreateFix($"Insert {insert}", TextEdit.Insert(0, insert + text.NewLine))]);
    }

    private void ReportJJobInterpreter(TContext context, Shebang shebang)
    {
        var program = shebang.Program;
        var standard = program is "bash" or "sh" or "ksh" ? "/bin/" + program : null;
        var written = shebang.IsEnvForm ? $"{shebang.Interpreter} {string.Join(' ', shebang.Arguments)}" : shebang.Interpreter;
        Fix[]? fixes = null;
        if (standard is not null)
        {
            var edit = shebang.IsEnvForm
                ? TextEdit.Replace(shebang.LineSpan, "#!" + standard)
                : TextEdit.Replace(shebang.InterpreterSpan, standard);
            fixes = [context.CreateUnsafeFix($"Use #!{standard}", edit)];
        }
        context.Report(Descriptor, shebang.LineSpan,
            $"This J-job runs {written}: J-jobs name /bin/bash, /bin/sh or /bin/ksh so that they do not depend on what PATH holds when ecFlow starts them.",
            fixes);
    }
}
