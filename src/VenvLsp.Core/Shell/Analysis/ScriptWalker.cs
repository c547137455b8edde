using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>One walk over a parsed script that lists its simple commands with their context, its
/// functions, and the variable and <c>set</c> events in document order.</summary>
/// <remarks>The view is static and textual: an event counts for everything after it in the text
/// (within its scope), whatever the control flow; a function body counts where it is written, not
/// where it is called. The walk visits children in document order, so commands come out sorted by
/// start offset (a command before the commands nested in its words).</remarks>
internal sealed partial class ScriptWalker
{
    private readonly List<CommandOccurrence> _commands = [];
    private readonly List<FunctionDefinition> _functions = [];
    private readonly List<VariableEvent> _variables = [];
    private readonly List<SetOptionEvent> _options = [];
    private readonly List<CompoundCommand> _compounds = [];
    private readonly CommandList _root;
    private CommandContext _context;
    private string? _function;
    private TextSpan? _functionSpan;
    private TextSpan? _scope;
    private bool _allExport;

    public sealed record Result(
        ImmutableArray<CommandOccurrence> Commands,
        ImmutableArray<FunctionDefinition> Functions,
        ImmutableArray<VariableEvent> VariableEvents,
        ImmutableArray<SetOptionEvent> SetOptions,
        ImmutableArray<CompoundCommand> CompoundCommands);

    private ScriptWalker(CommandList root) => _root = root;

    public static Result Walk(CommandList root)
    {
        var walker = new ScriptWalker(root);
        walker.VisitList(root);
        return new Result(
            [.. walker._commands],
            [.. walker._functions],
            SortedByStart(walker._variables, e => e.Span.Start),
            SortedByStart(walker._options, e => e.Span.Start),
            [.. walker._compounds]);
    }

    private static ImmutableArray<T> SortedByStart<T>(List<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
            if (start(items[i - 1]) > start(items[i])) return [.. items.OrderBy(start)];
        return [.. items];
    }

    private readonly record struct Saved(CommandContext Context, TextSpan? Scope, string? Function, TextSpan? FunctionSpan);

    /// <summary>The context gains <paramref name="add"/>, and the scope narrows to <paramref name="scope"/> when given.</summary>
    private Saved Enter(CommandContext add = CommandContext.None, TextSpan? scope = null)
    {
        var saved = new Saved(_context, _scope, _function, _functionSpan);
        _context |= add;
        if (scope is not null) _scope = scope;
        return saved;
    }

    private void Leave(Saved saved)
    {
        _context = saved.Context;
        _scope = saved.Scope;
        _function = saved.Function;
        _functionSpan = saved.FunctionSpan;
    }

    private void VisitList(CommandList list, CommandContext add = CommandContext.None)
    {
        if (list.Items.Length == 0) return;
        var saved = Enter(add);
        foreach (var item in list.Items)
        {
            if (item.Separator != ListSeparator.Ampersand)
            {
                VisitCommand(item.Command);
                continue;
            }
            var itemSaved = Enter(CommandContext.InBackground, item.Command.Span);
            VisitCommand(item.Command);
            Leave(itemSaved);
        }
        Leave(saved);
    }

    private void VisitCommand(ShellCommand command)
    {
        if (command is SimpleCommand simple)
        {
            Record(simple);
            if (HasNestedCommands(simple)) VisitSimpleCommandWords(simple);
            return;
        }
        if (command is CompoundCommand recorded) _compounds.Add(recorded);
        var saved = Enter();
        switch (command)
        {
            case Pipeline pipeline:
                var flags = (pipeline.Commands.Length > 1 ? CommandContext.InPipeline : 0) | (pipeline.IsNegated ? CommandContext.Negated : 0);
                foreach (var element in pipeline.Commands)
                {
                    var elementSaved = Enter(flags, pipeline.Commands.Length > 1 ? element.Span : null);
                    VisitCommand(element);
                    Leave(elementSaved);
                }
                break;
            case AndOrList list:
                _context |= CommandContext.InAndOrList;
                foreach (var element in list.Commands) VisitCommand(element);
                break;
            case FunctionDefinition function:
                _functions.Add(function);
                _context |= CommandContext.InFunction;
                _function = function.Name;
                _functionSpan = function.Span;
                if (function.Body is not null) VisitCommand(function.Body);
                break;
            case Subshell subshell:
                var subshellSaved = Enter(CommandContext.InSubshell, subshell.Span);
                VisitList(subshell.Body);
                Leave(subshellSaved);
                break;
            case BraceGroup group:
                VisitList(group.Body);
                break;
            case IfCommand ifCommand:
                foreach (var clause in ifCommand.Clauses)
                {
                    VisitList(clause.Condition, CommandContext.InCondition);
                    VisitList(clause.Body, CommandContext.InBranch);
                }
                if (ifCommand.ElseBody is not null) VisitList(ifCommand.ElseBody, CommandContext.InBranch);
                break;
            case WhileCommand loop:
                VisitList(loop.Condition, CommandContext.InCondition | CommandContext.InLoop);
                VisitList(loop.Body, CommandContext.InLoop);
                break;
            case ForCommand loop:
                _variables.Add(new VariableEvent(VariableEventKind.Assigned, loop.Variable, loop.VariableSpan, null, _scope, null, false));
                foreach (var item in loop.Items) VisitWord(item);
                VisitList(loop.Body, CommandContext.InLoop);
                break;
            case ArithmeticForCommand loop:
                VisitList(loop.Body, CommandContext.InLoop);
                break;
            case CaseCommand caseCommand:
                if (caseCommand.Subject is not null) VisitWord(caseCommand.Subject);
                foreach (var item in caseCommand.Items)
                {
                    foreach (var pattern in item.Patterns) VisitWord(pattern);
                    VisitList(item.Body, CommandContext.InBranch);
                }
                break;
            case ConditionalCommand conditional:
                foreach (var word in conditional.Words) VisitWord(word);
                break;
        }
        if (command is CompoundCommand compound)
            foreach (var redirection in compound.Redirections) VisitRedirection(redirection);
        Leave(saved);
    }

    private void VisitSimpleCommandWords(SimpleCommand command)
    {
        foreach (var child in command.GetChildren())
        {
            switch (child)
            {
                case Word word: VisitWord(word); break;
                case Assignment assignment: VisitAssignment(assignment); break;
                case Redirection redirection: VisitRedirection(redirection); break;
            }
        }
    }

    private void VisitAssignment(Assignment assignment)
    {
        if (assignment.Subscript is not null) VisitWord(assignment.Subscript);
        VisitWord(assignment.Value);
    }

    private void VisitRedirection(Redirection redirection)
    {
        if (redirection.Target is not null) VisitWord(redirection.Target);
    }

    private void VisitWord(Word word)
    {
        if (word.ContainsCommands) VisitParts(word.Parts);
    }

    private void VisitParts(ImmutableArray<WordPart> parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case DoubleQuotedPart quoted:
                    VisitParts(quoted.Parts);
                    break;
                case ParameterExpansionPart parameter:
                    if (parameter.Subscript is not null) VisitWord(parameter.Subscript);
                    if (parameter.Argument is not null) VisitWord(parameter.Argument);
                    break;
                case CommandSubstitutionPart substitution:
                    var substitutionSaved = Enter(CommandContext.InCommandSubstitution, substitution.Span);
                    VisitList(substitution.Body);
                    Leave(substitutionSaved);
                    break;
                case ProcessSubstitutionPart process:
                    var processSaved = Enter(CommandContext.InCommandSubstitution, process.Span);
                    VisitList(process.Body);
                    Leave(processSaved);
                    break;
                case ArrayLiteralPart array:
                    foreach (var element in array.Elements) VisitWord(element);
                    break;
            }
        }
    }

    private static bool HasNestedCommands(SimpleCommand command)
    {
        if (command.Name is { ContainsCommands: true }) return true;
        foreach (var word in command.Arguments) if (word.ContainsCommands) return true;
        foreach (var assignment in command.Assignments)
            if (assignment.Value.ContainsCommands || assignment.Subscript is { ContainsCommands: true }) return true;
        foreach (var redirection in command.Redirections) if (redirection.Target is { ContainsCommands: true }) return true;
        return false;
    }

    private void Record(SimpleCommand command)
    {
        _commands.Add(new CommandOccurrence(command, _commands.Count, _function, _context, _root));
        RecordPrefixAssignments(command);
        if (command.Name is null) return;
        // Most names are plain words: compare without allocating; quoted names ("export") still count.
        var name = command.Name.TryGetPlainText(out var plain)
            ? plain switch { "export" => "export", "declare" => "declare", "typeset" => "typeset", "local" => "local", "readonly" => "readonly", "unset" => "unset", "set" => "set", _ => null }
            : command.StaticName;
        switch (name)
        {
            case "export" or "declare" or "typeset" or "local" or "readonly":
                RecordDeclaration(command, name);
                break;
            case "unset":
                RecordUnset(command);
                break;
            case "set":
                RecordSet(command);
                break;
        }
    }
}
