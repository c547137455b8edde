using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VenvLsp.Text;

namespace VenvLsp.Suppressions;

/// <summary>A comment as a file's parser found it: the span starts at the '#'.</summary>
public readonly record struct CommentInfo(TextSpan Span, string Text);

/// <summary>Finds suppression comments among a file's comments.</summary>
public static partial class SuppressionParser
{
    /// <param name="text">The whole file.</param>
    /// <param name="comments">Its comments, in order; each span starts at '#'.</param>
    /// <param name="statementLines">The first and last line of the statement that holds a line
    /// (a requirements line continued with backslashes spans several); identity when null.</param>
    public static ImmutableArray<Suppression> Parse(SourceText text, IEnumerable<CommentInfo> comments, Func<int, (int First, int Last)>? statementLines = null)
    {
        statementLines ??= line => (line, line);
        var result = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var comment in comments)
        {
            var match = Directive().Match(comment.Text);
            if (!match.Success) continue;
            var isFile = match.Groups["kind"].Value == "disable-file";
            var ids = ImmutableArray.CreateBuilder<SuppressedId>();
            var idsGroup = match.Groups["ids"];
            var offset = 0;
            foreach (var part in idsGroup.Value.Split(','))
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    var start = comment.Span.Start + idsGroup.Index + offset + part.IndexOf(trimmed, StringComparison.Ordinal);
                    ids.Add(new SuppressedId(trimmed.ToUpperInvariant(), new TextSpan(start, trimmed.Length)));
                }
                offset += part.Length + 1;
            }
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            if (string.IsNullOrEmpty(reason)) reason = null;

            var line = text.GetLineIndex(comment.Span.Start);
            if (isFile)
            {
                if (!InFirstCommentBlock(text, line)) continue;
                result.Add(new Suppression(comment.Span, ids.ToImmutable(), reason, true, 0, text.LineCount - 1));
                continue;
            }
            var lineStart = text.LineStarts[line];
            var hasCodeBefore = text.Content.AsSpan(lineStart, comment.Span.Start - lineStart).Trim().Length > 0;
            var target = hasCodeBefore ? line : NextCodeLine(text, line);
            if (target < 0) target = line;
            var (first, last) = statementLines(target);
            result.Add(new Suppression(comment.Span, ids.ToImmutable(), reason, false, Math.Min(first, target), Math.Max(last, target)));
        }
        return result.ToImmutable();
    }

    private static int NextCodeLine(SourceText text, int line)
    {
        for (var i = line + 1; i < text.LineCount; i++)
        {
            var content = text.GetLineText(i).Trim();
            if (content.Length > 0 && content[0] != '#') return i;
        }
        return -1;
    }

    /// <summary>The first comment block: the lines before the first line of code (a shebang is a comment).</summary>
    private static bool InFirstCommentBlock(SourceText text, int line)
    {
        for (var i = 0; i < line; i++)
        {
            var content = text.GetLineText(i).Trim();
            if (content.Length > 0 && content[0] != '#') return false;
        }
        return true;
    }

    [GeneratedRegex(@"^#+\s*venvlsp:\s*(?<kind>disable-file|disable)\s*=\s*(?<ids>[A-Za-z0-9_,\s]*?)\s*(?:--\s*(?<reason>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Directive();
}
