using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Ecflow;

/// <summary>The mutable state of one <see cref="EcfParser.Parse"/> call: a single pass over the lines.</summary>
internal sealed class EcfParseRun
{
    private readonly string _text;
    private readonly List<OpenBlock> _open = new();
    private readonly ImmutableArray<EcfDirective>.Builder _directives = ImmutableArray.CreateBuilder<EcfDirective>();
    private readonly ImmutableArray<EcfInclude>.Builder _includes = ImmutableArray.CreateBuilder<EcfInclude>();
    private readonly List<EcfBlock> _blocks = new();
    private readonly EcfReferenceScanner _references;
    private readonly List<SyntaxError> _errors = new();
    private char[]? _shell;
    private char _micro = EcfParser.DefaultMicro;

    // Counts of open blocks by kind, so that a deeply nested (broken) file stays linear.
    private int _openNopp;
    private int _openRemoved;

    public EcfParseRun(string text)
    {
        _text = text;
        _references = new EcfReferenceScanner(text, _errors);
    }

    public EcfDocument Run()
    {
        var position = 0;
        while (true)
        {
            var end = position;
            while (end < _text.Length && _text[end] != '\r' && _text[end] != '\n') end++;
            ProcessLine(position, end);
            if (end == _text.Length) break;
            position = end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
        }

        foreach (var block in _open)
        {
            _errors.Add(new SyntaxError(block.NameSpan, $"'{block.Name}' has no matching '{block.Micro}end'."));
            _blocks.Add(new EcfBlock(block.Kind, block.LineSpan, null, TextSpan.FromBounds(block.LineSpan.Start, _text.Length), block.IsNested));
        }

        // Inner blocks close first and end-of-file errors come last: order both by position (a stable sort).
        return new EcfDocument(
            _shell is null ? _text : new string(_shell),
            _directives.ToImmutable(),
            _includes.ToImmutable(),
            _blocks.OrderBy(b => b.Span.Start).ToImmutableArray(),
            _references.Variables.ToImmutable(),
            _references.LiteralPercents.ToImmutable(),
            _errors.OrderBy(e => e.Span.Start).ToImmutableArray());
    }

    private bool InNopp => _openNopp > 0;

    /// <summary>True inside <c>%comment</c> or <c>%manual</c>: the text there never reaches the job.</summary>
    private bool InRemovedText => _openRemoved > 0;

    private void ProcessLine(int start, int end)
    {
        var line = TextSpan.FromBounds(start, end);
        var head = ReadDirectiveHead(start, end);
        var inNopp = InNopp;
        var inRemovedText = InRemovedText;

        if (head.Kind is { } kind && (!inNopp || IsBlockWord(kind)))
        {
            ProcessDirective(kind, head, line);
            Blank(line);
            return;
        }

        if (!inNopp && !inRemovedText && head.IsUnknown)
        {
            var word = _text.Substring(start + 1, head.WordEnd - start - 1);
            _directives.Add(new EcfDirective(EcfDirectiveKind.Unknown, word, head.NameSpan, line, _micro));
            _errors.Add(new SyntaxError(head.NameSpan, UnknownDirectiveMessage(word)));
            Blank(line);
            return;
        }

        if (inRemovedText)
        {
            Blank(line);
            return;
        }

        if (inNopp) return;

        if (ReportIndentedDirective(start, end)) return;
        _references.ScanLine(start, end, _micro);
    }

    private void ProcessDirective(EcfDirectiveKind kind, DirectiveHead head, TextSpan line)
    {
        var name = _text.Substring(head.NameSpan.Start + 1, head.NameSpan.Length - 1);
        _directives.Add(new EcfDirective(kind, name, head.NameSpan, line, _micro));
        switch (kind)
        {
            case EcfDirectiveKind.Comment:
            case EcfDirectiveKind.Manual:
            case EcfDirectiveKind.Nopp:
                OpenBlockAt(kind, head.NameSpan, line);
                break;
            case EcfDirectiveKind.End:
                CloseBlockAt(head.NameSpan, line);
                break;
            case EcfDirectiveKind.EcfMicro:
                ChangeMicro(head, line);
                break;
            default:
                AddInclude(kind, head, line);
                break;
        }
    }

    private void OpenBlockAt(EcfDirectiveKind kind, TextSpan nameSpan, TextSpan line)
    {
        var blockKind = kind switch
        {
            EcfDirectiveKind.Comment => EcfBlockKind.Comment,
            EcfDirectiveKind.Manual => EcfBlockKind.Manual,
            _ => EcfBlockKind.Nopp,
        };
        var name = _text.Substring(nameSpan.Start, nameSpan.Length);
        var nested = _open.Count > 0;
        if (nested)
        {
            var outer = _open[^1];
            _errors.Add(new SyntaxError(nameSpan,
                $"'{name}' inside '{outer.Name}' (opened on an earlier line): ecFlow rejects most nested blocks and handles the rest in surprising ways; close the first with '{_micro}end'."));
        }
        _open.Add(new OpenBlock(blockKind, name, nameSpan, line, nested, _micro));
        Count(blockKind, +1);
    }

    private void CloseBlockAt(TextSpan nameSpan, TextSpan line)
    {
        if (_open.Count == 0)
        {
            _errors.Add(new SyntaxError(nameSpan,
                $"'{_micro}end' without an open '{_micro}comment', '{_micro}manual' or '{_micro}nopp'."));
            return;
        }
        var block = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        Count(block.Kind, -1);
        _blocks.Add(new EcfBlock(block.Kind, block.LineSpan, line, TextSpan.FromBounds(block.LineSpan.Start, line.End), block.IsNested));
    }

    private void Count(EcfBlockKind kind, int change)
    {
        if (kind == EcfBlockKind.Nopp) _openNopp += change;
        else _openRemoved += change;
    }

    private void ChangeMicro(DirectiveHead head, TextSpan line)
    {
        var token = NextToken(head.WordEnd, line.End);
        if (token.IsEmpty)
        {
            _errors.Add(new SyntaxError(head.NameSpan, $"'{_micro}ecfmicro' needs the new directive character."));
            return;
        }
        if (token.Length != 1)
        {
            _errors.Add(new SyntaxError(token, "The directive character must be a single character."));
            return;
        }
        _micro = _text[token.Start];
    }

    private void AddInclude(EcfDirectiveKind kind, DirectiveHead head, TextSpan line)
    {
        var token = NextToken(head.WordEnd, line.End);
        var enclosing = _open.Count > 0 ? _open[^1].Kind : (EcfBlockKind?)null;
        if (token.IsEmpty)
        {
            _errors.Add(new SyntaxError(head.NameSpan, $"'{_text.Substring(head.NameSpan.Start, head.NameSpan.Length)}' needs a file name."));
            _includes.Add(new EcfInclude(kind, EcfIncludeForm.Plain, "", new TextSpan(line.End, 0), line, enclosing, false));
            return;
        }

        var (form, target) = SplitIncludeToken(token);
        var hasVariables = _references.ScanIncludeTarget(target, _micro) || EcfIncludeResolver.HasShellVariable(_text.AsSpan(target.Start, target.Length));
        _includes.Add(new EcfInclude(kind, form, _text.Substring(target.Start, target.Length), target, line, enclosing, hasVariables));
    }

    private (EcfIncludeForm Form, TextSpan Target) SplitIncludeToken(TextSpan token)
    {
        var first = _text[token.Start];
        if (first != '<' && first != '"') return (EcfIncludeForm.Plain, token);

        var close = first == '<' ? '>' : '"';
        var form = first == '<' ? EcfIncludeForm.AngleBrackets : EcfIncludeForm.Quoted;
        if (token.Length >= 2 && _text[token.End - 1] == close)
            return (form, TextSpan.FromBounds(token.Start + 1, token.End - 1));

        _errors.Add(new SyntaxError(token, $"The file name has no closing '{close}'."));
        return (form, TextSpan.FromBounds(token.Start + 1, token.End));
    }

    /// <summary>
    /// A line like <c>  %include &lt;head.h&gt;</c> is not a directive for ecFlow (the character must come first) and
    /// fails on its odd <c>%</c> count; saying why is kinder than "unbalanced".
    /// </summary>
    private bool ReportIndentedDirective(int start, int end)
    {
        var first = start;
        while (first < end && (_text[first] == ' ' || _text[first] == '\t')) first++;
        if (first == start || first >= end || _text[first] != _micro) return false;
        var head = ReadDirectiveHead(first, end);
        if (head.Kind is null) return false;
        _errors.Add(new SyntaxError(head.NameSpan,
            $"ecFlow directives must start in the first column: this '{_text.Substring(head.NameSpan.Start, head.NameSpan.Length)}' is not pre-processed."));
        return true;
    }

    private string UnknownDirectiveMessage(string word)
    {
        if (IsKnownWord(word) is not null)
            return $"'{_micro}{word}' must be followed by a space or the end of the line.";
        if (word == "ecf_micro") return $"Unknown ecFlow directive '{_micro}ecf_micro': did you mean '{_micro}ecfmicro'?";
        var lower = word.ToLowerInvariant();
        if (IsKnownWord(lower) is not null) return $"Unknown ecFlow directive '{_micro}{word}': did you mean '{_micro}{lower}'?";
        return $"Unknown ecFlow directive '{_micro}{word}' (ecFlow knows {_micro}include, {_micro}includeonce, {_micro}includenopp, "
            + $"{_micro}comment, {_micro}manual, {_micro}nopp, {_micro}end and {_micro}ecfmicro; a variable is written {_micro}NAME{_micro}).";
    }

    private DirectiveHead ReadDirectiveHead(int start, int end)
    {
        if (start >= end || _text[start] != _micro) return default;
        if (start + 1 < end && _text[start + 1] == _micro) return default;
        var wordEnd = start + 1;
        while (wordEnd < end && IsWordChar(_text[wordEnd])) wordEnd++;
        if (wordEnd == start + 1) return default;

        var nameSpan = TextSpan.FromBounds(start, wordEnd);
        var after = wordEnd < end ? _text[wordEnd] : '\n';
        var known = IsKnownWord(_text.AsSpan(start + 1, wordEnd - start - 1));
        var separated = after is ' ' or '\t' or '\n';
        if (known is { } kind && (separated || (IsBlockWord(kind) && after != _micro && after != ':')))
            return new DirectiveHead(kind, nameSpan, wordEnd, false);
        if (after == _micro || after == ':') return default;
        return new DirectiveHead(null, nameSpan, wordEnd, true);
    }

    private TextSpan NextToken(int from, int end)
    {
        var start = from;
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        var stop = start;
        while (stop < end && !char.IsWhiteSpace(_text[stop])) stop++;
        return TextSpan.FromBounds(start, stop);
    }

    private void Blank(TextSpan span)
    {
        if (span.IsEmpty) return;
        _shell ??= _text.ToCharArray();
        Array.Fill(_shell, ' ', span.Start, span.Length);
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static bool IsBlockWord(EcfDirectiveKind kind) =>
        kind is EcfDirectiveKind.Comment or EcfDirectiveKind.Manual or EcfDirectiveKind.Nopp or EcfDirectiveKind.End;

    private static EcfDirectiveKind? IsKnownWord(ReadOnlySpan<char> word) => word switch
    {
        "include" => EcfDirectiveKind.Include,
        "includeonce" => EcfDirectiveKind.IncludeOnce,
        "includenopp" => EcfDirectiveKind.IncludeNopp,
        "comment" => EcfDirectiveKind.Comment,
        "manual" => EcfDirectiveKind.Manual,
        "nopp" => EcfDirectiveKind.Nopp,
        "end" => EcfDirectiveKind.End,
        "ecfmicro" => EcfDirectiveKind.EcfMicro,
        _ => null,
    };

    /// <summary>The start of a line that begins with the directive character and a word.</summary>
    /// <param name="Kind">The directive, when the word is one and is properly separated.</param>
    /// <param name="NameSpan">The directive character and the word.</param>
    /// <param name="WordEnd">The offset just after the word.</param>
    /// <param name="IsUnknown">True when the line looks like a directive but names none ecFlow knows.</param>
    private readonly record struct DirectiveHead(EcfDirectiveKind? Kind, TextSpan NameSpan, int WordEnd, bool IsUnknown);

    private sealed record OpenBlock(EcfBlockKind Kind, string Name, TextSpan NameSpan, TextSpan LineSpan, bool IsNested, char Micro);
}
