using System.Collections.Immutable;
using VenvLsp.Text;

namespace VenvLsp.Versions;

/// <summary>
/// Reads <c>versions/build.ver</c> and <c>versions/run.ver</c>, which the package's scripts <c>source</c>.
/// </summary>
/// <remarks>
/// <para>The parser asks what bash would do with each line, and keeps an entry for every assignment bash performs:</para>
/// <list type="bullet">
/// <item>Blank lines and comments (<c>#</c> at the start of a word, so also after an assignment) are fine.</item>
/// <item><c>export name_ver=value</c>, with the value quoted or not (or the whole word quoted, as in
/// <c>export "name_ver=value"</c>, which <c>export</c> also accepts), is an entry with no problem.</item>
/// <item>Entries with a problem: <c>name_ver=value</c> without <c>export</c> (J-jobs would not inherit it);
/// <c>export export x_ver=1</c>; a name without <c>_ver</c> (<c>export model=hafs</c>); an empty value; a value with an
/// expansion (<c>${x:-1.0}</c>, <c>$(cmd)</c>); a name set twice (both kept, the later wins); several assignments on
/// one line; a <c>;</c> or <c>&amp;&amp;</c> after the assignment (the rest is not read).</item>
/// <item>No entry, a problem only: spaces around <c>=</c> (bash does not assign), an invalid name, <c>export x_ver</c>
/// without a value, an unclosed quote, and any other command (<c>module load</c>, <c>set -x</c>, <c>if</c>).</item>
/// <item>CRLF line ends are reported once: bash keeps the <c>\r</c> in every value. Values are given without it.</item>
/// </list>
/// <para>Lines are counted as <see cref="SourceText"/> counts them (<c>\r\n</c>, <c>\n</c> or <c>\r</c>).</para>
/// </remarks>
public static class VersionsFileParser
{
    /// <summary>Parses a versions file. Never throws.</summary>
    public static VersionsFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run(text);
        run.ParseAll();
        return new VersionsFile(run.Entries.ToImmutable(), run.Problems.ToImmutable());
    }

    private sealed class Run
    {
        private readonly string _text;
        private readonly ShellWordScanner _scanner;
        private readonly List<TextSpan> _words = new();
        private readonly Dictionary<string, VersionsEntry> _firstByName = new(StringComparer.Ordinal);
        private bool _reportedCarriageReturn;
        private int _line;

        public Run(string text)
        {
            _text = text;
            _scanner = new ShellWordScanner(text);
        }

        public ImmutableArray<VersionsEntry>.Builder Entries { get; } = ImmutableArray.CreateBuilder<VersionsEntry>();

        public ImmutableArray<VersionsProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<VersionsProblem>();

        public void ParseAll()
        {
            var position = 0;
            while (true)
            {
                var end = position;
                while (end < _text.Length && _text[end] != '\r' && _text[end] != '\n') end++;
                ParseLine(position, end);
                if (end == _text.Length) break;
                if (_text[end] == '\r' && !_reportedCarriageReturn)
                {
                    _reportedCarriageReturn = true;
                    Report(VersionsProblemKind.CarriageReturn, new TextSpan(end, 1),
                        "This file has CRLF (or CR) line ends: bash keeps the '\\r' in each value, so 'module load python/${python_ver}' fails. Save it with LF line ends.");
                }
                position = end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
                _line++;
            }
        }

        private void ParseLine(int start, int end)
        {
            var operatorAt = _scanner.ReadWords(start, end, _words);
            if (_words.Count == 0)
            {
                if (operatorAt >= 0) ReportNotAnAssignment(start, end);
                return;
            }

            var first = 0;
            while (first < _words.Count && Is(_words[first], "export")) first++;
            var exports = first;
            if (exports > 1)
                Report(VersionsProblemKind.RepeatedExport, _words[1], "'export' is written twice: bash accepts it (and also exports a variable named 'export'), but it is a typo.");

            if (first == _words.Count)
            {
                ReportNotAnAssignment(start, end);
                return;
            }

            if (HasSpaceAroundEquals(first)) return;

            // Without export, "a_ver=1 command" sets a_ver for that command only: not an assignment of the file.
            for (var i = first; i < _words.Count; i++)
            {
                if (_scanner.UnquotedEquals(_words[i]) > _words[i].Start) continue;
                if (exports == 0)
                {
                    ReportNotAnAssignment(start, end);
                    return;
                }
            }

            var assignments = 0;
            for (var i = first; i < _words.Count; i++)
                if (ReadAssignment(_words[i], exports > 0)) assignments++;

            if (_words.Count - first > 1 && assignments > 1)
                Report(VersionsProblemKind.SeveralAssignments, TextSpan.FromBounds(_words[first].Start, _words[^1].End),
                    "Several assignments on one line: write one 'export name_ver=value' per line.");
            if (operatorAt >= 0)
                Report(VersionsProblemKind.TrailingCommand, TextSpan.FromBounds(operatorAt, TrimEnd(operatorAt, end)),
                    "More shell after the assignment: a versions file should hold only 'export name_ver=value' lines; the rest of this line is not read.");
        }

        /// <summary>Reads one word after <c>export</c> (or a bare assignment); true when it is an entry.</summary>
        private bool ReadAssignment(TextSpan word, bool exported)
        {
            var equals = _scanner.UnquotedEquals(word);
            if (equals < 0 && exported && ReadQuotedAssignment(word)) return true;
            var nameEnd = equals < 0 ? word.End : equals;
            var nameSpan = TextSpan.FromBounds(word.Start, nameEnd);
            var name = _text.Substring(nameSpan.Start, nameSpan.Length);
            if (!IsName(name))
            {
                Report(VersionsProblemKind.InvalidName, equals < 0 ? word : nameSpan,
                    $"'{_text.Substring(word.Start, word.Length)}' is not a valid variable name: bash rejects it.");
                return false;
            }
            if (equals < 0)
            {
                Report(VersionsProblemKind.MissingValue, word, $"'export {name}' exports {name} without giving it a value: write 'export {name}=value'.");
                return false;
            }

            var value = _scanner.Unquote(equals + 1, word.End);
            if (value.IsUnterminated)
            {
                Report(VersionsProblemKind.UnterminatedQuote, TextSpan.FromBounds(equals + 1, word.End),
                    "A quote or expansion is not closed on this line: bash would read on into the next lines.");
                return false;
            }

            var valueSpan = value.Inside ?? TextSpan.FromBounds(equals + 1, word.End);
            var entry = new VersionsEntry(name, nameSpan, value.Text, valueSpan, _line, exported, value.IsQuoted, value.HasExpansion);
            Entries.Add(entry);
            CheckEntry(entry);
            return true;
        }

        /// <summary><c>export "name_ver=value"</c>: export sees the word after quote removal, so this assigns too.</summary>
        private bool ReadQuotedAssignment(TextSpan word)
        {
            var whole = _scanner.Unquote(word.Start, word.End);
            if (whole.Inside is not { } inside) return false;
            var equals = _text.IndexOf('=', inside.Start, inside.Length);
            if (equals <= inside.Start) return false;
            var nameSpan = TextSpan.FromBounds(inside.Start, equals);
            var name = _text.Substring(nameSpan.Start, nameSpan.Length);
            if (!IsName(name)) return false;

            var value = whole.Text[(name.Length + 1)..];
            var entry = new VersionsEntry(name, nameSpan, value, TextSpan.FromBounds(equals + 1, inside.End), _line, true, true, whole.HasExpansion);
            Entries.Add(entry);
            CheckEntry(entry);
            return true;
        }

        private void CheckEntry(VersionsEntry entry)
        {
            if (!entry.HasExport)
                Report(VersionsProblemKind.MissingExport, entry.NameSpan,
                    $"{entry.Name} is not exported: J-jobs and ex-scripts run as child processes and will not see it. Write 'export {entry.Name}={_text.Substring(entry.ValueSpan.Start, entry.ValueSpan.Length)}'.");
            if (!entry.IsVersionName)
                Report(VersionsProblemKind.NotVersionName, entry.NameSpan,
                    $"'{entry.Name}' is not a version: a versions file should set only 'name_ver' variables.");
            if (entry.Value.Length == 0)
                Report(VersionsProblemKind.EmptyValue, entry.NameSpan, $"{entry.Name} is set to an empty value.");
            if (entry.HasExpansion)
                Report(VersionsProblemKind.ExpandedValue, entry.ValueSpan,
                    $"{entry.Name} takes its value from an expansion: the versions file should fix the version itself.");
            if (_firstByName.TryGetValue(entry.Name, out var first))
                Report(VersionsProblemKind.DuplicateName, entry.NameSpan,
                    $"{entry.Name} is set again (first on line {first.Line + 1}): the later value '{entry.Value}' wins.");
            else
                _firstByName.Add(entry.Name, entry);
        }

        /// <summary><c>x_ver = 1</c>, <c>x_ver =1</c> and <c>x_ver= 1</c>: bash assigns nothing (or an empty value to a command's environment).</summary>
        private bool HasSpaceAroundEquals(int first)
        {
            var word = _words[first];
            var equals = _scanner.UnquotedEquals(word);
            var hasNext = first + 1 < _words.Count;
            bool spaced;
            if (equals < 0) spaced = hasNext && _text[_words[first + 1].Start] == '=';
            else spaced = equals == word.End - 1 && equals > word.Start && hasNext;
            if (!spaced) return false;

            var end = _words[Math.Min(first + 2, _words.Count - 1)].End;
            Report(VersionsProblemKind.SpaceAroundEquals, TextSpan.FromBounds(word.Start, end),
                "Spaces around '=': bash does not assign this variable. Write 'export name_ver=value' without spaces.");
            return true;
        }

        private void ReportNotAnAssignment(int start, int end)
        {
            var first = start;
            while (first < end && _text[first] is ' ' or '\t') first++;
            Report(VersionsProblemKind.NotAnAssignment, TextSpan.FromBounds(first, TrimEnd(first, end)),
                "Not a version assignment: a versions file should hold only 'export name_ver=value' lines (this line runs as a command wherever the file is sourced).");
        }

        private int TrimEnd(int start, int end)
        {
            while (end > start && _text[end - 1] is ' ' or '\t') end--;
            return end;
        }

        private bool Is(TextSpan word, string literal) => _text.AsSpan(word.Start, word.Length).SequenceEqual(literal);

        private void Report(VersionsProblemKind kind, TextSpan span, string message) =>
            Problems.Add(new VersionsProblem(kind, span, message, _line));

        private static bool IsName(string name)
        {
            if (name.Length == 0 || char.IsAsciiDigit(name[0])) return false;
            foreach (var c in name)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
            return true;
        }
    }
}
