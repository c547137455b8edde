using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>
/// The shell scanner behind <see cref="ActivateScript"/>: it follows command boundaries (operators,
/// line breaks, reserved words) so that only words in command position, or arguments of
/// <c>export</c>/<c>declare</c>/<c>typeset</c>/<c>local</c>/<c>readonly</c>, count as assignments.
/// </summary>
internal sealed class ActivateScriptScanner
{
    private const string Name = "VIRTUAL_ENV";
    private const string Assignment = Name + "=";

    private enum Declaration { None, Export, Declare, DeclareExported }

    private readonly string _text;
    private readonly List<SyntaxError> _errors = [];
    private readonly ShellWordReader _words;
    private readonly ShellWordReader _valueReader;
    private readonly ImmutableArray<VirtualEnvAssignment>.Builder _assignments = ImmutableArray.CreateBuilder<VirtualEnvAssignment>();
    private readonly ImmutableArray<TextSpan>.Builder _exports = ImmutableArray.CreateBuilder<TextSpan>();
    private readonly List<(string Delimiter, bool StripTabs, int Start)> _hereDocuments = [];

    private bool _commandPosition = true;
    private Declaration _declaration;
    private int _commandStart = -1;
    private bool _redirectTarget;
    private int _braceDepth;
    private int _deactivateLevel = -1;
    private TextSpan _deactivateHeader;
    private DeactivateDefinition? _deactivate;
    private int _lastLineQuery;
    private int _lastLineStart;
    private int _blankLineStart = -1;
    private int _firstNonBlank;

    public ActivateScriptScanner(string text)
    {
        _text = text;
        _words = new ShellWordReader(text, _errors);
        _valueReader = new ShellWordReader(text, []); // re-reads a value already read (and reported) once
    }

    public ActivateScriptScan Run()
    {
        var p = 0;
        while (p < _text.Length)
        {
            var c = _text[p];
            if (c is ' ' or '\t')
            {
                p++;
            }
            else if (c == '\\' && p + 1 < _text.Length && _text[p + 1] is '\n' or '\r')
            {
                p = AfterLineBreak(p + 1);
            }
            else if (c is '\n' or '\r')
            {
                EndCommand();
                p = SkipHereDocuments(AfterLineBreak(p));
            }
            else if (c == '#')
            {
                while (p < _text.Length && _text[p] is not ('\n' or '\r')) p++;
            }
            else if (c is '<' or '>' || (c == '&' && p + 1 < _text.Length && _text[p + 1] == '>'))
            {
                p = ReadRedirection(p);
            }
            else if (c is ';' or '&' or '|' or '(' or ')')
            {
                EndCommand();
                p++;
            }
            else
            {
                p = ReadWord(p);
            }
        }
        EndCommand();
        if (_deactivateLevel >= 0)
            _deactivate = new DeactivateDefinition(TextSpan.FromBounds(_deactivateHeader.Start, _text.Length), _deactivateHeader);
        return new ActivateScriptScan(_assignments.ToImmutable(), _exports.ToImmutable(), _deactivate, [.. _errors]);
    }

    private void EndCommand()
    {
        _commandPosition = true;
        _declaration = Declaration.None;
        _commandStart = -1;
        _redirectTarget = false;
    }

    private int ReadWord(int p)
    {
        var word = _words.Read(p);
        var raw = _text.AsSpan(word.Start, word.End - word.Start);
        if (_redirectTarget)
        {
            _redirectTarget = false;
            return word.End;
        }
        if (_commandPosition) return ReadCommandWord(word, raw);
        if (_declaration == Declaration.None) return word.End;
        if (raw.StartsWith("-") || raw.StartsWith("+"))
        {
            if (_declaration == Declaration.Declare && raw[0] == '-' && raw.Contains('x')) _declaration = Declaration.DeclareExported;
        }
        else if (raw.StartsWith(Assignment))
        {
            AddAssignment(word, _declaration is Declaration.Export or Declaration.DeclareExported, _commandStart);
        }
        else if (raw.SequenceEqual(Name) && _declaration is Declaration.Export or Declaration.DeclareExported)
        {
            _exports.Add(TextSpan.FromBounds(word.Start, word.End));
        }
        return word.End;
    }

    private int ReadCommandWord(ShellWord word, ReadOnlySpan<char> raw)
    {
        if (raw.StartsWith(Assignment))
        {
            _commandStart = word.Start;
            AddAssignment(word, false, word.Start);
            return word.End;
        }
        if (IsAssignmentWord(raw)) return word.End; // a prefix assignment: the command comes later
        switch (raw)
        {
            case "{":
                _braceDepth++;
                return word.End;
            case "}":
                CloseBrace(word.End);
                return word.End;
            case "if" or "then" or "else" or "elif" or "fi" or "do" or "done" or "while" or "until" or "!" or "time":
                return word.End;
            case "export":
                StartDeclaration(word, Declaration.Export);
                return word.End;
            case "declare" or "typeset" or "local" or "readonly":
                StartDeclaration(word, Declaration.Declare);
                return word.End;
            case "deactivate":
                return TryReadDeactivateHeader(word.Start, word.End, out var afterName) ? afterName : Command(word);
            case "function":
                var name = SkipBlanks(word.End);
                if (name < _text.Length && !ShellWordReader.EndsWord(_text[name]))
                {
                    var next = _words.Read(name);
                    if (_text.AsSpan(next.Start, next.End - next.Start).SequenceEqual("deactivate")
                        && TryReadDeactivateHeader(word.Start, next.End, out var afterHeader)) return afterHeader;
                }
                return Command(word);
            default:
                return Command(word);
        }
    }

    private int Command(ShellWord word)
    {
        _commandPosition = false;
        _commandStart = word.Start;
        return word.End;
    }

    private void StartDeclaration(ShellWord word, Declaration declaration)
    {
        _commandPosition = false;
        _commandStart = word.Start;
        _declaration = declaration;
    }

    private void CloseBrace(int end)
    {
        if (_braceDepth > 0) _braceDepth--;
        if (_deactivateLevel >= 0 && _braceDepth < _deactivateLevel)
        {
            _deactivate ??= new DeactivateDefinition(TextSpan.FromBounds(_deactivateHeader.Start, end), _deactivateHeader);
            _deactivateLevel = -1;
        }
    }

    /// <summary>After the name at [start, nameEnd): <c>()</c> (optional after <c>function</c>), blanks
    /// or line breaks, then the <c>{</c> that opens the body.</summary>
    private bool TryReadDeactivateHeader(int start, int nameEnd, out int afterBrace)
    {
        afterBrace = nameEnd;
        var p = SkipBlanks(nameEnd);
        var hasParentheses = false;
        if (p < _text.Length && _text[p] == '(')
        {
            p = SkipBlanks(p + 1);
            if (p >= _text.Length || _text[p] != ')') return false;
            p++;
            hasParentheses = true;
        }
        if (!hasParentheses && _text.AsSpan(start, nameEnd - start).SequenceEqual("deactivate")) return false;
        while (p < _text.Length && _text[p] is ' ' or '\t' or '\n' or '\r') p++;
        if (p >= _text.Length || _text[p] != '{' || (p + 1 < _text.Length && !ShellWordReader.EndsWord(_text[p + 1]))) return false;
        afterBrace = p + 1;
        _braceDepth++;
        if (_deactivate is null && _deactivateLevel < 0)
        {
            _deactivateLevel = _braceDepth;
            _deactivateHeader = TextSpan.FromBounds(start, afterBrace);
        }
        EndCommand();
        return true;
    }

    private void AddAssignment(ShellWord word, bool exported, int statementStart)
    {
        if (statementStart < 0) statementStart = word.Start;
        var valueStart = word.Start + Assignment.Length;
        var value = valueStart < word.End ? _valueReader.Read(valueStart) : new ShellWord(valueStart, valueStart, "", ShellQuoteStyle.None, false);
        var lineStart = LineStartOf(statementStart);
        var startsLine = FirstNonBlankOf(lineStart) == statementStart;
        _assignments.Add(new VirtualEnvAssignment(
            TextSpan.FromBounds(statementStart, word.End),
            new TextSpan(word.Start, Name.Length),
            TextSpan.FromBounds(valueStart, word.End),
            _text[valueStart..word.End],
            value.Value,
            value.Quote,
            exported,
            startsLine,
            startsLine && statementStart > lineStart,
            value.ContainsExpansion));
    }

    /// <summary>The start of the line holding <paramref name="position"/>. Queries come in increasing
    /// order, so each scans back only to the previous one: linear even for one huge line.</summary>
    private int LineStartOf(int position)
    {
        if (position < _lastLineQuery) (_lastLineQuery, _lastLineStart) = (0, 0);
        var i = position;
        while (i > _lastLineQuery && _text[i - 1] is not ('\n' or '\r')) i--;
        var lineStart = i > _lastLineQuery || (i > 0 && _text[i - 1] is '\n' or '\r') ? i : _lastLineStart;
        (_lastLineQuery, _lastLineStart) = (position, lineStart);
        return lineStart;
    }

    private int FirstNonBlankOf(int lineStart)
    {
        if (lineStart != _blankLineStart)
        {
            _blankLineStart = lineStart;
            _firstNonBlank = SkipBlanks(lineStart);
        }
        return _firstNonBlank;
    }

    /// <summary>Reads a redirection operator; a here-document's delimiter is remembered so that its body
    /// is skipped after the line break, any other operator's target word is skipped.</summary>
    private int ReadRedirection(int p)
    {
        if (_text.AsSpan(p).StartsWith("<<") && !_text.AsSpan(p).StartsWith("<<<"))
        {
            p += 2;
            var stripTabs = p < _text.Length && _text[p] == '-';
            if (stripTabs) p++;
            p = SkipBlanks(p);
            if (p < _text.Length && !ShellWordReader.EndsWord(_text[p]))
            {
                var delimiter = _words.Read(p);
                _hereDocuments.Add((delimiter.Value, stripTabs, delimiter.Start));
                return delimiter.End;
            }
            return p;
        }
        p++;
        while (p < _text.Length && _text[p] is '<' or '>' or '&' or '|') p++;
        _redirectTarget = true;
        return p;
    }

    private int SkipHereDocuments(int p)
    {
        foreach (var (delimiter, stripTabs, start) in _hereDocuments)
        {
            var found = false;
            while (p < _text.Length && !found)
            {
                var lineEnd = p;
                while (lineEnd < _text.Length && _text[lineEnd] is not ('\n' or '\r')) lineEnd++;
                var line = _text.AsSpan(p, lineEnd - p);
                if (stripTabs) line = line.TrimStart('\t');
                found = line.SequenceEqual(delimiter);
                p = lineEnd < _text.Length ? AfterLineBreak(lineEnd) : lineEnd;
            }
            if (!found) _errors.Add(new SyntaxError(TextSpan.FromBounds(start, _text.Length), $"here-document delimited by '{delimiter}' is never closed"));
        }
        _hereDocuments.Clear();
        return p;
    }

    private static bool IsAssignmentWord(ReadOnlySpan<char> raw)
    {
        var equals = raw.IndexOf('=');
        if (equals <= 0 || !(char.IsAsciiLetter(raw[0]) || raw[0] == '_')) return false;
        foreach (var c in raw[..equals])
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    private int SkipBlanks(int p)
    {
        while (p < _text.Length && _text[p] is ' ' or '\t') p++;
        return p;
    }

    private int AfterLineBreak(int p) =>
        _text[p] == '\r' && p + 1 < _text.Length && _text[p + 1] == '\n' ? p + 2 : p + 1;
}
