using VenvLsp.Text;

namespace VenvLsp.Shell;

internal enum TokenKind : byte
{
    End,
    Newline,
    Word,
    Operator,
}

internal enum Op : byte
{
    None,
    Semicolon,        // ;
    DoubleSemicolon,  // ;;
    SemicolonAmp,     // ;&
    DoubleSemicolonAmp, // ;;&
    Amp,              // &
    AndIf,            // &&
    OrIf,             // ||
    Pipe,             // |
    PipeAmp,          // |&
    LeftParen,        // (
    RightParen,       // )
    Backtick,         // ` closing a backquoted substitution
    Redirect,         // any redirection operator: see Token.Redirect
}

/// <summary>One token of lookahead. Words carry their parsed <see cref="Shell.Word"/>.</summary>
internal readonly record struct Token(
    TokenKind Kind,
    Op Op,
    TextSpan Span,
    Word? Word = null,
    RedirectionOperator Redirect = default,
    int? FileDescriptor = null,
    string? FileDescriptorVariable = null)
{
    public bool IsOperator(Op op) => Kind == TokenKind.Operator && Op == op;
}

/// <summary>Words and operators that end an enclosing construct's command list.</summary>
[Flags]
internal enum Closers
{
    None = 0,
    Then = 1 << 0,
    Elif = 1 << 1,
    Else = 1 << 2,
    Fi = 1 << 3,
    Do = 1 << 4,
    Done = 1 << 5,
    Esac = 1 << 6,
    RightBrace = 1 << 7,
    RightParen = 1 << 8,
    CaseSeparator = 1 << 9,
    Backtick = 1 << 10,
}
