using System.Collections.Immutable;
using System.Text;
using VenvLsp.Text;

namespace VenvLsp.Pep508;

/// <summary>An environment marker (the part of a requirement after <c>;</c>): comparisons joined by
/// <c>and</c> and <c>or</c> (<c>and</c> binds tighter), parentheses folded into the tree. Spans are
/// relative to the text the parser was given.</summary>
public abstract record MarkerExpression(TextSpan Span)
{
    /// <summary>Evaluates the marker in <paramref name="environment"/> (canonical variable names, see
    /// <see cref="MarkerVariables"/>; <c>extra</c> defaults to empty). Null when the result is undefined:
    /// a variable missing from the environment, or a comparison the rules do not define
    /// (<c>os_name ~= "x"</c>). Follows the current <c>packaging</c> library: version variables compare
    /// as PEP 440 versions when the other side is a valid version, other comparisons are on strings.</summary>
    public bool? Evaluate(IReadOnlyDictionary<string, string> environment) =>
        TryEvaluate(environment, out var value, out _) ? value : null;

    /// <summary>Like <see cref="Evaluate"/>, with the reason when the result is undefined.</summary>
    public bool TryEvaluate(IReadOnlyDictionary<string, string> environment, out bool value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        error = null;
        value = MarkerEvaluator.Evaluate(this, environment, ref error);
        return error is null;
    }

    /// <summary>The marker in canonical spelling: canonical variable names, double quotes, one space
    /// around operators, parentheses where needed.</summary>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder, topLevel: true);
        return builder.ToString();
    }

    internal abstract void Write(StringBuilder builder, bool topLevel);
}

/// <summary><c>left op right</c>, each side a variable or a quoted string.</summary>
public sealed record MarkerComparison(MarkerValue Left, MarkerOperator Operator, TextSpan OperatorSpan, MarkerValue Right, TextSpan Span)
    : MarkerExpression(Span)
{
    internal override void Write(StringBuilder builder, bool topLevel) =>
        builder.Append(Left).Append(' ').Append(MarkerOperatorText.Of(Operator)).Append(' ').Append(Right);
}

/// <summary>All operands hold.</summary>
public sealed record MarkerAnd(ImmutableArray<MarkerExpression> Operands, TextSpan Span) : MarkerExpression(Span)
{
    internal override void Write(StringBuilder builder, bool topLevel)
    {
        for (var k = 0; k < Operands.Length; k++)
        {
            if (k > 0) builder.Append(" and ");
            // An "or" inside an "and" came from parentheses and needs them back.
            var operand = Operands[k];
            if (operand is MarkerOr) builder.Append('(');
            operand.Write(builder, topLevel: false);
            if (operand is MarkerOr) builder.Append(')');
        }
    }
}

/// <summary>At least one operand holds.</summary>
public sealed record MarkerOr(ImmutableArray<MarkerExpression> Operands, TextSpan Span) : MarkerExpression(Span)
{
    internal override void Write(StringBuilder builder, bool topLevel)
    {
        for (var k = 0; k < Operands.Length; k++)
        {
            if (k > 0) builder.Append(" or ");
            var operand = Operands[k];
            // Parenthesized "or" inside "or" is kept as written for readability only when nested.
            if (operand is MarkerOr) builder.Append('(');
            operand.Write(builder, topLevel: false);
            if (operand is MarkerOr) builder.Append(')');
        }
    }
}

/// <summary>One side of a marker comparison.</summary>
public abstract record MarkerValue(TextSpan Span);

/// <summary>An environment variable; <see cref="Name"/> is canonical (<c>os.name</c> is <c>os_name</c>,
/// <c>python_implementation</c> is <c>platform_python_implementation</c>), <see cref="Text"/> as written.</summary>
public sealed record MarkerVariable(string Name, string Text, TextSpan Span) : MarkerValue(Span)
{
    public override string ToString() => Name;
}

/// <summary>A quoted string; <see cref="Value"/> has Python's backslash escapes applied.</summary>
public sealed record MarkerLiteral(string Value, TextSpan Span) : MarkerValue(Span)
{
    public override string ToString() => Value.Contains('"') ? $"'{Value}'" : $"\"{Value}\"";
}
