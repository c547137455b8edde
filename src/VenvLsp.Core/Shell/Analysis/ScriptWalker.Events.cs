namespace VenvLsp.Shell;

internal sealed partial class ScriptWalker
{
    private void RecordPrefixAssignments(SimpleCommand command)
    {
        foreach (var assignment in command.Assignments)
        {
            if (command.Name is null)
            {
                var kind = _allExport ? VariableEventKind.Exported : VariableEventKind.Assigned;
                _variables.Add(new VariableEvent(kind, assignment.Name, assignment.Span, assignment.Value, _scope, command, false));
            }
            else
            {
                _variables.Add(new VariableEvent(
                    VariableEventKind.Exported, assignment.Name, assignment.Span, assignment.Value, command.Span, command, true));
            }
        }
    }

    /// <summary><c>export</c>, <c>declare</c>, <c>typeset</c>, <c>local</c>, <c>readonly</c>. Every
    /// operand counts, so <c>export export X=1</c> exports <c>X</c> (and a variable named <c>export</c>),
    /// as bash does.</summary>
    private void RecordDeclaration(SimpleCommand command, string builtin)
    {
        var export = builtin == "export";
        var unexport = false;
        var functions = false;
        var print = false;
        var global = false;
        var optionsDone = false;
        foreach (var argument in command.Arguments)
        {
            var isStatic = argument.TryGetStaticValue(out var value);
            if (!optionsDone && isStatic && value.Length > 1 && value[0] is '-' or '+' && !value.Contains('='))
            {
                if (value == "--") { optionsDone = true; continue; }
                var on = value[0] == '-';
                foreach (var letter in value.AsSpan(1))
                {
                    switch (letter)
                    {
                        case 'x' when !export: if (on) export = true; else unexport = true; break;
                        case 'n' when builtin == "export": unexport = on; break;
                        case 'f' or 'F': functions = true; break;
                        case 'p': print = true; break;
                        case 'g': global = true; break;
                    }
                }
                continue;
            }
            optionsDone = true;
            if (functions) continue;
            var local = builtin == "local" || (builtin is "declare" or "typeset" && !global && _functionSpan is not null);
            var scope = local ? _functionSpan ?? _scope : _scope;
            if (AssignmentReader.TryRead(argument, out var assignment))
            {
                var kind = unexport ? VariableEventKind.Unexported
                    : export || (_allExport && !local) ? VariableEventKind.Exported
                    : VariableEventKind.Assigned;
                _variables.Add(new VariableEvent(kind, assignment.Name, assignment.Span, assignment.Value, scope, command, false));
            }
            else if (isStatic && !print && IsName(value) && (export || unexport))
            {
                var kind = unexport ? VariableEventKind.Unexported : VariableEventKind.Exported;
                _variables.Add(new VariableEvent(kind, value, argument.Span, null, scope, command, false));
            }
        }
    }

    private void RecordUnset(SimpleCommand command)
    {
        var functions = false;
        foreach (var argument in command.Arguments)
        {
            if (!argument.TryGetStaticValue(out var value)) continue;
            if (value.StartsWith('-'))
            {
                functions |= value.Contains('f');
                continue;
            }
            if (!functions && IsName(value))
                _variables.Add(new VariableEvent(VariableEventKind.Unset, value, argument.Span, null, _scope, command, false));
        }
    }

    /// <summary><c>set -eux</c>, <c>set +x</c>, <c>set -o pipefail</c>, <c>set -euo pipefail</c>. Options
    /// end at <c>--</c>, <c>-</c>, the first operand, or a word with an expansion.</summary>
    private void RecordSet(SimpleCommand command)
    {
        var arguments = command.Arguments;
        for (var i = 0; i < arguments.Length; i++)
        {
            var word = arguments[i];
            if (!word.TryGetStaticValue(out var value) || value is "--" or "-" || value.Length < 2 || value[0] is not ('-' or '+'))
                return;
            var on = value[0] == '-';
            var plain = word.Parts.Length == 1 && word.Parts[0] is LiteralPart literal && literal.Span.Length == literal.Value.Length;
            var takesName = false;
            for (var k = 1; k < value.Length; k++)
            {
                var letter = value[k];
                if (letter == 'o')
                {
                    takesName = true;
                    continue;
                }
                var span = plain ? new Text.TextSpan(word.Span.Start + k, 1) : word.Span;
                AddOption(SetOptionNames.FromLetter(letter) ?? letter.ToString(), letter, on, span, command);
            }
            if (takesName && i + 1 < arguments.Length && arguments[i + 1].TryGetStaticValue(out var name))
            {
                i++;
                AddOption(name, null, on, arguments[i].Span, command);
            }
        }
    }

    private void AddOption(string name, char? letter, bool on, Text.TextSpan span, SimpleCommand command)
    {
        _options.Add(new SetOptionEvent(name, letter, on, span, command, _scope));
        if (name == "allexport") _allExport = on;
    }

    private static bool IsName(string value)
    {
        if (value.Length == 0 || !ShellSyntaxParser.IsNameStart(value[0])) return false;
        foreach (var c in value)
            if (!ShellSyntaxParser.IsNameChar(c)) return false;
        return true;
    }
}
