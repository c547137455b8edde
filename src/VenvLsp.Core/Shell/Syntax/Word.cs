using System.Collections.Immutable;
using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Shell;

/// <summary>How a leaf part of a word was quoted.</summary>
public enum WordQuoting
{
    /// <summary>Not quoted.</summary>
    None,
    /// <summary>Inside <c>'...'</c>.</summary>
    Single,
    /// <summary>Inside <c>"..."</c> (or <c>$"..."</c>).</summary>
    Double,
    /// <summary>Inside <c>$'...'</c>.</summary>
    AnsiC,
}

/// <summary>A leaf part of a word (never a <see cref="DoubleQuotedPart"/>) with the quoting around it.</summary>
public readonly record struct WordSegment(WordPart Part, WordQuoting Quoting);

/// <summary>A shell word: a command name, an argument, a redirection target, an assignment value.
/// Its <see cref="Parts"/> follow the text: literal runs, quoted strings and expansions.</summary>
public sealed record Word : ShellNode
{
    private readonly string _source;
    private ImmutableArray<WordPart> _parts;

    internal Word(TextSpan span, ImmutableArray<WordPart> parts, string source, bool containsCommands)
        : base(span)
    {
        _parts = parts;
        _source = source;
        ContainsCommands = containsCommands;
    }

    /// <summary>A plain word: unquoted text without escapes or expansions, whose value is its text.
    /// Most words are plain; their one <see cref="LiteralPart"/> is only made when asked for.</summary>
    internal Word(TextSpan span, string source)
        : base(span)
    {
        _source = source;
        IsPlain = true;
    }

    /// <summary>Two words are equal when they are the same text at the same place (the caches of
    /// their parts and values do not count).</summary>
    public bool Equals(Word? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Span == other.Span && IsPlain == other.IsPlain && ContainsCommands == other.ContainsCommands &&
            _source.AsSpan(Span.Start, Span.Length).SequenceEqual(other._source.AsSpan(other.Span.Start, other.Span.Length)));

    public override int GetHashCode() => HashCode.Combine(Span, string.GetHashCode(_source.AsSpan(Span.Start, Span.Length)));

    /// <summary>The parts in document order; empty for an empty word (as the value of <c>X=</c>).</summary>
    public ImmutableArray<WordPart> Parts
    {
        get
        {
            if (_parts.IsDefault)
            {
                ImmutableArray<WordPart> made = Span.IsEmpty ? [] : [new LiteralPart(Span, Text)];
                ImmutableInterlocked.InterlockedInitialize(ref _parts, made);
            }
            return _parts;
        }
    }

    /// <summary>True for a word made as plain: its value is exactly its text.</summary>
    internal bool IsPlain { get; }

    /// <summary>True when a command substitution or process substitution occurs anywhere in the word.</summary>
    public bool ContainsCommands { get; }

    // Rules ask for a word's text, value and rendering many times; each is made once. Each cache is
    // one reference, written once it is complete, so a thread that reads it sees all of it or null.
    private string? _text;
    private string? _static;
    private string? _normalized;

    /// <summary>What <see cref="_static"/> holds for a word that has no static value.</summary>
    private static readonly string NoStaticValue = new('\0', 1);

    /// <summary>The word exactly as written.</summary>
    public string Text => _text ??= _source.Substring(Span.Start, Span.Length);

    /// <summary>The static value when the word is one unquoted literal written without escapes (its
    /// value is then its text); else false. Allocates nothing.</summary>
    internal bool TryGetPlainText(out ReadOnlySpan<char> text)
    {
        if (IsPlain || (Parts.Length == 1 && Parts[0] is LiteralPart literal && literal.Span.Length == literal.Value.Length))
        {
            text = _source.AsSpan(Span.Start, Span.Length);
            return true;
        }
        text = default;
        return false;
    }

    /// <summary>The value when the word has no expansion: quotes removed, escapes resolved; else null.
    /// Tildes, globs and braces are not expanded (<c>~/x</c> stays <c>~/x</c>).</summary>
    public string? StaticValue => TryGetStaticValue(out var value) ? value : null;

    /// <summary>True when the word has no expansion, so <see cref="StaticValue"/> is its value.</summary>
    public bool IsStatic => IsPlain || WordRendering.IsStatic(Parts);

    /// <summary>True when any part is quoted (<c>'..'</c>, <c>".."</c>, <c>$'..'</c>); a backslash escape does not count.</summary>
    public bool IsQuoted
    {
        get
        {
            if (IsPlain) return false;
            foreach (var part in Parts)
                if (part is SingleQuotedPart or DoubleQuotedPart or AnsiCQuotedPart) return true;
            return false;
        }
    }

    /// <summary>True when the word has a parameter, command, process or arithmetic expansion.</summary>
    public bool HasExpansion => !IsStatic;

    /// <summary>Gets the value of a word without expansions: quotes removed, escapes resolved.</summary>
    /// <returns>False (and an empty value) when the word has an expansion.</returns>
    public bool TryGetStaticValue(out string value)
    {
        var cached = Volatile.Read(ref _static);
        if (cached is null)
        {
            cached = ComputeStaticValue(out var computed) ? computed : NoStaticValue;
            Volatile.Write(ref _static, cached);
        }
        var known = !ReferenceEquals(cached, NoStaticValue);
        value = known ? cached : "";
        return known;
    }

    private bool ComputeStaticValue(out string value)
    {
        if (IsPlain)
        {
            value = Text;
            return true;
        }
        if (Parts.Length == 1 && Parts[0] is LiteralPart only)
        {
            value = only.Value;
            return true;
        }
        if (!IsStatic)
        {
            value = "";
            return false;
        }
        var builder = new StringBuilder();
        WordRendering.AppendStatic(Parts, builder);
        value = builder.ToString();
        return true;
    }

    /// <summary>A rendering that ignores quoting: literal text with quotes removed and escapes resolved,
    /// parameter expansions as <c>${name}</c> with their operators kept (<c>${python_ver:?}</c>), command
    /// substitutions as <c>$(...)</c>. So <c>"$HOMEaigfs"/venv</c> and <c>${HOMEaigfs}/venv</c> both
    /// render <c>${HOMEaigfs}/venv</c>.</summary>
    public string Normalized => _normalized ??= ComputeNormalized();

    private string ComputeNormalized()
    {
        if (IsPlain) return Text;
        if (Parts.Length == 1 && Parts[0] is LiteralPart only) return only.Value;
        var builder = new StringBuilder();
        WordRendering.AppendNormalized(Parts, builder, _source);
        return builder.ToString();
    }

    /// <summary>The leaf parts in order with their quoting (double-quoted strings are opened up).</summary>
    public IEnumerable<WordSegment> Segments
    {
        get
        {
            foreach (var part in Parts)
            {
                switch (part)
                {
                    case DoubleQuotedPart dq:
                        foreach (var inner in dq.Parts) yield return new WordSegment(inner, WordQuoting.Double);
                        break;
                    case SingleQuotedPart: yield return new WordSegment(part, WordQuoting.Single); break;
                    case AnsiCQuotedPart: yield return new WordSegment(part, WordQuoting.AnsiC); break;
                    default: yield return new WordSegment(part, WordQuoting.None); break;
                }
            }
        }
    }

    /// <summary>True when the word is one unquoted literal written without escapes: what the shell
    /// needs to see a reserved word.</summary>
    internal bool IsPlainLiteral(string value) => TryGetPlainText(out var text) && text.SequenceEqual(value);

    /// <summary>The original text this word was parsed from (for rendering nested commands).</summary>
    internal string Source => _source;

    /// <inheritdoc />
    public override IEnumerable<ShellNode> GetChildren() => Parts;

    /// <summary>The word as written.</summary>
    public override string ToString() => Text;
}
