using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Nco;

/// <summary>
/// NCO406: CRLF (or lone CR) line ends, or characters outside ASCII, in a script: J-jobs, ex- and ush scripts, and
/// the ecf job cards and includes that ecFlow runs as shell scripts. Line ends are reported once per file, with a
/// safe fix that converts them to LF; non-ASCII is reported per line (at its first run of such characters) with no
/// fix, since the right ASCII text depends on where it stands. A byte-order mark and bytes that were not UTF-8 are
/// non-ASCII too.
/// </summary>
public sealed class Nco406CrLfOrNonAscii : Rule<ShellContext>
{
    /// <summary>Past this many lines with non-ASCII text, one more finding says how many more there are.</summary>
    private const int MaxLineFindings = 50;

    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.CrLfOrNonAscii);

    public override void Analyze(ShellContext context)
    {
        if (NcoScripts.RoleOf(context) == ScriptRole.None && context.Kind is not (DocumentKind.EcfJobCard or DocumentKind.EcfInclude)) return;
        var text = context.Text;
        ReportLineEnds(context, text);
        if (text.HasBom)
            context.Report(Descriptor, new TextSpan(0, 0),
                "The file starts with a UTF-8 byte-order mark: the kernel does not see a #! line behind it, and the shell reads the mark as part of the first command. Save the file without it.");
        ReportNonAscii(context, text);
    }

    private void ReportLineEnds(ShellContext context, SourceText text)
    {
        var content = text.Content;
        var first = content.IndexOf('\r');
        if (first < 0) return;
        var edits = new List<TextEdit>();
        var count = 0;
        for (var i = first; i >= 0 && i < content.Length; i = content.IndexOf('\r', i + 1))
        {
            count++;
            var crlf = i + 1 < content.Length && content[i + 1] == '\n';
            edits.Add(crlf ? TextEdit.Delete(new TextSpan(i, 1)) : TextEdit.Replace(new TextSpan(i, 1), "\n"));
        }
        var line = text.GetLineIndex(first);
        var lines = count == 1 ? "1 line ends" : $"{count} lines end";
        context.Report(Descriptor, text.GetLineSpan(line),
            $"{lines} with CR (Windows line ends): the shell keeps the \\r in the last word of each line, so #!/bin/bash\\r is a \"bad interpreter\" and cd $DATA\\r goes nowhere. Save the file with LF line ends.",
            [context.CreateFix("Convert line endings to LF", [.. edits])]);
    }

    private void ReportNonAscii(ShellContext context, SourceText text)
    {
        var content = text.Content;
        var reported = 0;
        var i = 0;
        while (i < content.Length)
        {
            if (content[i] < 128)
            {
                i++;
                continue;
            }
            var lineIndex = text.GetLineIndex(i);
            var lineEnd = text.GetLineSpan(lineIndex).End;
            if (reported == MaxLineFindings)
            {
                var remaining = CountLinesWithNonAscii(text, lineIndex);
                context.Report(Descriptor, new TextSpan(i, 1), $"{remaining} more lines hold characters outside ASCII.");
                return;
            }
            var end = i;
            while (end < lineEnd && content[end] >= 128) end++;
            context.Report(Descriptor, TextSpan.FromBounds(i, end), Describe(content, i, end));
            reported++;
            i = Math.Max(lineEnd, end);
        }
    }

    private static int CountLinesWithNonAscii(SourceText text, int fromLine)
    {
        var count = 0;
        for (var line = fromLine; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            for (var i = span.Start; i < span.End; i++)
                if (text[i] >= 128) { count++; break; }
        }
        return count;
    }

    private static string Describe(string content, int start, int end)
    {
        var c = content[start];
        var what = c switch
        {
            '\uFFFD' => "bytes that are not valid UTF-8",
            '\u00A0' => "a non-breaking space (not a separator to the shell)",
            '\u2018' or '\u2019' or '\u201C' or '\u201D' => "a typographic quote (not a quote to the shell)",
            '\u2013' or '\u2014' => "a typographic dash (not an option's '-')",
            _ when char.IsHighSurrogate(c) && start + 1 < end && char.IsLowSurrogate(content[start + 1]) =>
                $"U+{char.ConvertToUtf32(c, content[start + 1]):X4} '{content.Substring(start, 2)}'",
            _ when char.IsSurrogate(c) || char.IsControl(c) => $"U+{(int)c:X4}",
            _ => $"U+{(int)c:X4} '{c}'",
        };
        var more = end - start > (char.IsHighSurrogate(c) ? 2 : 1) ? " (and more after it)" : "";
        return $"A character outside ASCII: {what}{more}. Scripts in production packages are ASCII only.";
    }
}
