using System.Collections.Immutable;
using System.Text;

namespace VenvLsp.Shell;

/// <summary>Static values and normalized renderings of word parts.</summary>
internal static class WordRendering
{
    public static bool IsStatic(ImmutableArray<WordPart> parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart or SingleQuotedPart or AnsiCQuotedPart: break;
                case DoubleQuotedPart dq when IsStatic(dq.Parts): break;
                default: return false;
            }
        }
        return true;
    }

    public static void AppendStatic(ImmutableArray<WordPart> parts, StringBuilder builder)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart p: builder.Append(p.Value); break;
                case SingleQuotedPart p: builder.Append(p.Value); break;
                case AnsiCQuotedPart p: builder.Append(p.Value); break;
                case DoubleQuotedPart p: AppendStatic(p.Parts, builder); break;
            }
        }
    }

    public static void AppendNormalized(ImmutableArray<WordPart> parts, StringBuilder builder, string source)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart p: builder.Append(p.Value); break;
                case SingleQuotedPart p: builder.Append(p.Value); break;
                case AnsiCQuotedPart p: builder.Append(p.Value); break;
                case DoubleQuotedPart p: AppendNormalized(p.Parts, builder, source); break;
                case ParameterExpansionPart p: AppendParameter(p, builder, source); break;
                case CommandSubstitutionPart p:
                    builder.Append("$(").Append(Inside(source, p, p.IsBackquoted ? 1 : 2, p.IsBackquoted ? '`' : ')')).Append(')');
                    break;
                case ProcessSubstitutionPart p:
                    builder.Append(p.IsInput ? "<(" : ">(").Append(Inside(source, p, 2, ')')).Append(')');
                    break;
                case ArithmeticExpansionPart p: builder.Append("$((").Append(p.Expression.Trim()).Append("))"); break;
                case ArrayLiteralPart p:
                    builder.Append('(');
                    for (var i = 0; i < p.Elements.Length; i++)
                    {
                        if (i > 0) builder.Append(' ');
                        AppendNormalized(p.Elements[i].Parts, builder, source);
                    }
                    builder.Append(')');
                    break;
            }
        }
    }

    /// <summary>The text between a substitution's opener and its closer (absent when it was left
    /// open), trimmed. Here-document bodies inside it are included.</summary>
    private static ReadOnlySpan<char> Inside(string source, WordPart part, int openerLength, char closer)
    {
        var start = Math.Min(part.Span.Start + openerLength, part.Span.End);
        var end = part.Span.End > start && source[part.Span.End - 1] == closer ? part.Span.End - 1 : part.Span.End;
        return source.AsSpan(start, end - start).Trim();
    }

    private static void AppendParameter(ParameterExpansionPart p, StringBuilder builder, string source)
    {
        builder.Append("${");
        if (p.Prefix == ParameterPrefix.Length) builder.Append('#');
        else if (p.Prefix == ParameterPrefix.Indirect) builder.Append('!');
        builder.Append(p.Name);
        if (p.Subscript is not null)
        {
            builder.Append('[');
            AppendNormalized(p.Subscript.Parts, builder, source);
            builder.Append(']');
        }
        if (p.Operator is not null)
        {
            builder.Append(p.Operator);
            if (p.Argument is not null) AppendNormalized(p.Argument.Parts, builder, source);
        }
        builder.Append('}');
    }
}
