using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VenvLsp.Pep440;
using VenvLsp.Pep508;
using VenvLsp.Text;

namespace VenvLsp.Requirements;

/// <summary>
/// Parses pip's requirements-file format the way pip does (see <see cref="PipLineReader"/> for the
/// line handling). Never throws: lines pip would reject carry <see cref="SyntaxError"/>s.
/// </summary>
public static partial class RequirementsParser
{
    private static readonly string[] ArchiveExtensions =
        [".zip", ".whl", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tlz", ".tar.lz", ".tar.lzma"];

    private static readonly string[] UrlSchemes =
    [
        "http", "https", "file", "ftp",
        "git", "git+http", "git+https", "git+ssh", "git+git", "git+file",
        "hg", "hg+file", "hg+http", "hg+https", "hg+ssh", "hg+static-http",
        "svn", "svn+ssh", "svn+http", "svn+https", "svn+svn", "svn+file",
        "bzr", "bzr+http", "bzr+https", "bzr+ssh", "bzr+sftp", "bzr+ftp", "bzr+lp", "bzr+file",
    ];

    public static RequirementsFile Parse(SourceText text, bool isTemplate = false)
    {
        var placeholders = isTemplate ? FindPlaceholders(text.Content) : ImmutableArray<TextSpan>.Empty;
        // In a template, placeholders become opaque letters of the same length, so positions hold and
        // the parse treats them as ordinary text; findings inside them are dropped below.
        // (The "\uFEFF" in front is taken as a byte-order mark and dropped, so a content that itself
        // starts with U+FEFF keeps it and every offset holds.)
        var working = placeholders.IsEmpty ? text : SourceText.From("\uFEFF" + Mask(text.Content, placeholders));
        var (lines, comments) = PipLineReader.Read(working);
        var entries = ImmutableArray.CreateBuilder<RequirementsEntry>(lines.Length);
        foreach (var line in lines)
        {
            if (isTemplate && IsJinjaStatement(line.Text)) continue;
            entries.Add(ParseLine(line, placeholders));
        }
        return new RequirementsFile(text, isTemplate, entries.ToImmutable(), comments, placeholders);
    }

    private static RequirementsEntry ParseLine(LogicalLine line, ImmutableArray<TextSpan> placeholders)
    {
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        var text = line.Text;
        var (argsEnd, optionsStart) = BreakArgsOptions(text);
        var options = ImmutableArray.CreateBuilder<ParsedPipOption>();
        var stray = ImmutableArray.CreateBuilder<ShellWord>();
        if (optionsStart < text.Length)
        {
            var (words, splitError) = ShellWords.Split(text, optionsStart, text.Length);
            if (splitError is not null)
                errors.Add(new SyntaxError(line.ToOriginal(TextSpan.FromBounds(optionsStart, text.Length)),
                    $"pip cannot split the options of this line: {splitError}."));
            else
                ParseOptions(words, line, options, stray, errors);
        }

        var argsText = text[..argsEnd];
        if (argsText.Trim().Length > 0)
        {
            var start = 0;
            while (char.IsWhiteSpace(argsText[start])) start++;
            var end = argsText.Length;
            while (char.IsWhiteSpace(argsText[end - 1])) end--;
            return ParseRequirement(line, text[start..end], start, options.ToImmutable(), errors, isEditable: false, placeholders);
        }
        var editable = options.FirstOrDefault(o => o.Is("--editable"));
        if (editable is { Value: { } value, ValueSpan: { } valueSpan })
        {
            // The editable's value is a word of the option string; map it back through the file.
            var logicalStart = FindLogical(line, valueSpan.Start);
            return ParseRequirement(line, value, logicalStart, options.ToImmutable(), errors, isEditable: true, placeholders);
        }
        return new OptionsEntry(line, options.ToImmutable(), Filter(errors, placeholders), stray.ToImmutable());
    }

    private static RequirementEntry ParseRequirement(LogicalLine line, string requirement, int logicalStart,
        ImmutableArray<ParsedPipOption> options, ImmutableArray<SyntaxError>.Builder errors, bool isEditable, ImmutableArray<TextSpan> placeholders)
    {
        TextSpan Map(TextSpan local) => line.ToOriginal(new TextSpan(logicalStart + local.Start, local.Length));
        var wholeSpan = Map(new TextSpan(0, requirement.Length));
        var hasPlaceholder = placeholders.Any(p => p.OverlapsWith(wholeSpan));

        var kind = Classify(requirement);
        Pep508Requirement? parsed = null;
        string? name = null;
        TextSpan? nameSpan = null;
        TextSpan? extrasSpan = null;
        var specifiers = SpecifierSet.Empty;
        TextSpan? specifierSpan = null;

        if (kind == RequirementKind.Named)
        {
            // pip cuts the marker off at ';' itself and ignores an empty one ("numpy==1.0;").
            var trimmed = requirement.TrimEnd();
            parsed = Pep508Parser.Parse(trimmed.EndsWith(';') ? trimmed[..^1] : requirement);
            // pip rejects the requirement as a whole ("Invalid requirement: ..."); the parser's detail
            // goes into the message.
            if (parsed.Errors.Count > 0)
                errors.Add(new SyntaxError(wholeSpan, $"Invalid requirement '{requirement}': {parsed.Errors[0].Message}{Hint(requirement)}"));
            if (parsed.Name.Length > 0)
            {
                name = parsed.Name;
                nameSpan = Map(parsed.NameSpan);
            }
            if (parsed.ExtrasSpan is { } x) extrasSpan = Map(x);
            specifiers = parsed.Specifiers;
            if (parsed.SpecifierSpan is { } s) specifierSpan = Map(s);
            if (parsed.Url is not null) kind = RequirementKind.Url;
        }
        else if (kind == RequirementKind.Url)
        {
            var egg = EggFragment().Match(requirement);
            if (egg.Success)
            {
                name = egg.Groups[1].Value;
                nameSpan = Map(new TextSpan(egg.Groups[1].Index, egg.Groups[1].Length));
            }
        }
        else if (kind == RequirementKind.Archive)
        {
            var wheel = WheelName().Match(requirement);
            if (wheel.Success)
            {
                name = wheel.Groups["name"].Value;
                nameSpan = Map(new TextSpan(wheel.Groups["name"].Index, wheel.Groups["name"].Length));
            }
        }

        ValidateEnvironmentVariables(requirement, Map, errors);

        var filtered = Filter(errors, placeholders);
        if (hasPlaceholder && nameSpan is { } ns && placeholders.Any(p => p.OverlapsWith(ns)))
        {
            name = null;
            nameSpan = null;
        }
        if (hasPlaceholder && specifierSpan is { } ss && placeholders.Any(p => p.OverlapsWith(ss)))
            specifiers = SpecifierSet.Empty;

        return new RequirementEntry(line, options, filtered, requirement, wholeSpan, kind, isEditable, parsed,
            name, nameSpan, extrasSpan, specifiers, specifierSpan, hasPlaceholder);
    }

    private static string Hint(string requirement)
    {
        if (requirement.Contains('=') && !Operators().IsMatch(requirement))
            return " (= is not a valid operator: did you mean ==?)";
        if (requirement.Contains('\t'))
            return " (pip splits a line's options at spaces only: a tab before an option keeps it in the requirement)";
        return "";
    }

    private static void ValidateEnvironmentVariables(string requirement, Func<TextSpan, TextSpan> map, ImmutableArray<SyntaxError>.Builder errors)
    {
        foreach (Match match in AnyVariable().Matches(requirement))
        {
            if (UpperVariable().IsMatch(match.Value)) continue;
            errors.Add(new SyntaxError(map(new TextSpan(match.Index, match.Length)),
                $"pip expands only ${{NAME}} with upper-case letters, digits and underscores: {match.Value} stays literal."));
        }
    }

    /// <summary>pip's <c>break_args_options</c>: words (split at single spaces) up to the first one that
    /// starts with '-' are the requirement; the rest are options.</summary>
    private static (int ArgsEnd, int OptionsStart) BreakArgsOptions(string text)
    {
        var position = 0;
        while (position <= text.Length)
        {
            var next = text.IndexOf(' ', position);
            var tokenEnd = next < 0 ? text.Length : next;
            if (tokenEnd > position && text[position] == '-')
                return (Math.Max(0, position - 1), position);
            if (next < 0) break;
            position = next + 1;
        }
        return (text.Length, text.Length);
    }

    private static void ParseOptions(List<ShellWord> words, LogicalLine line, ImmutableArray<ParsedPipOption>.Builder options,
        ImmutableArray<ShellWord>.Builder stray, ImmutableArray<SyntaxError>.Builder errors)
    {
        TextSpan Map(TextSpan s) => line.ToOriginal(s);
        var onlyPositional = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var raw = line.Text.Substring(word.Span.Start, word.Span.Length);
            if (onlyPositional || !word.Value.StartsWith('-') || word.Value == "-")
            {
                stray.Add(word with { Span = Map(word.Span) });
                continue;
            }
            if (word.Value == "--")
            {
                onlyPositional = true;
                continue;
            }
            if (word.Value.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = word.Value.IndexOf('=');
                var written = eq < 0 ? word.Value : word.Value[..eq];
                var nameSpan = Map(new TextSpan(word.Span.Start, eq < 0 || raw != word.Value ? word.Span.Length : eq));
                if (PipOptions.Removed.TryGetValue(written, out var removed))
                {
                    errors.Add(new SyntaxError(nameSpan, removed + "."));
                    if (eq < 0 && i + 1 < words.Count) i++;
                    continue;
                }
                var option = PipOptions.FindLong(written, out var candidates);
                if (option is null)
                {
                    errors.Add(new SyntaxError(nameSpan, candidates.Count > 1
                        ? $"pip finds {written} ambiguous: it could be {string.Join(", ", candidates.Select(c => c.LongName))}."
                        : $"pip has no such option in a requirements file: {written}."));
                    options.Add(new ParsedPipOption(null, written, nameSpan, null, null, false));
                    continue;
                }
                if (!option.TakesValue)
                {
                    if (eq >= 0) errors.Add(new SyntaxError(Map(word.Span), $"{option.LongName} option does not take a value."));
                    options.Add(new ParsedPipOption(option, written, nameSpan, null, null, false));
                    continue;
                }
                if (eq >= 0)
                {
                    var valueSpan = raw == word.Value ? new TextSpan(word.Span.Start + eq + 1, word.Span.Length - eq - 1) : word.Span;
                    AddValued(option, written, nameSpan, word.Value[(eq + 1)..], Map(valueSpan), false, options, errors);
                }
                else if (i + 1 < words.Count)
                {
                    var value = words[++i];
                    AddValued(option, written, nameSpan, value.Value, Map(value.Span), false, options, errors);
                }
                else
                {
                    errors.Add(new SyntaxError(nameSpan, $"{option.LongName} option requires 1 argument."));
                    options.Add(new ParsedPipOption(option, written, nameSpan, null, null, false));
                }
                continue;
            }
            // A short option: -r file, or -rfile (the value glued on).
            var letter = word.Value[1];
            var shortOption = PipOptions.FindShort(letter);
            var shortSpan = Map(new TextSpan(word.Span.Start, Math.Min(2, word.Span.Length)));
            if (shortOption is null)
            {
                errors.Add(new SyntaxError(shortSpan, $"pip has no such option in a requirements file: -{letter}."));
                options.Add(new ParsedPipOption(null, "-" + letter, shortSpan, null, null, false));
                continue;
            }
            if (word.Value.Length > 2)
            {
                var valueSpan = raw == word.Value ? new TextSpan(word.Span.Start + 2, word.Span.Length - 2) : word.Span;
                AddValued(shortOption, "-" + letter, shortSpan, word.Value[2..], Map(valueSpan), true, options, errors);
            }
            else if (i + 1 < words.Count)
            {
                var value = words[++i];
                AddValued(shortOption, "-" + letter, shortSpan, value.Value, Map(value.Span), false, options, errors);
            }
            else
            {
                errors.Add(new SyntaxError(shortSpan, $"-{letter} option requires 1 argument."));
                options.Add(new ParsedPipOption(shortOption, "-" + letter, shortSpan, null, null, false));
            }
        }
    }

    private static void AddValued(PipOption option, string written, TextSpan nameSpan, string value, TextSpan valueSpan, bool glued,
        ImmutableArray<ParsedPipOption>.Builder options, ImmutableArray<SyntaxError>.Builder errors)
    {
        if (option.LongName == "--hash")
        {
            var colon = value.IndexOf(':');
            if (colon < 0)
                errors.Add(new SyntaxError(valueSpan, "Arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde..."));
            else if (!PipOptions.HashAlgorithms.Contains(value[..colon]))
                errors.Add(new SyntaxError(valueSpan, $"Allowed hash algorithms for --hash are {string.Join(", ", PipOptions.HashAlgorithms)}, not {value[..colon]}."));
        }
        options.Add(new ParsedPipOption(option, written, nameSpan, value, valueSpan, glued));
    }

    private static RequirementKind Classify(string requirement)
    {
        var beforeMarker = requirement;
        var scheme = requirement.Split(':', 2)[0].ToLowerInvariant();
        if (requirement.Contains(':') && UrlSchemes.Contains(scheme)) return RequirementKind.Url;
        var semicolon = beforeMarker.IndexOf(';');
        if (semicolon >= 0) beforeMarker = beforeMarker[..semicolon];
        beforeMarker = beforeMarker.Trim();
        var at = beforeMarker.IndexOf('@');
        var namePart = at >= 0 ? beforeMarker[..at] : beforeMarker;
        var looksLikePath = namePart.Contains('/') || namePart.StartsWith('.');
        if (at >= 0 && !looksLikePath) return RequirementKind.Named;
        var lower = StripExtras(beforeMarker).ToLowerInvariant();
        if (ArchiveExtensions.Any(lower.EndsWith)) return RequirementKind.Archive;
        if (looksLikePath) return RequirementKind.Path;
        return RequirementKind.Named;
    }

    private static string StripExtras(string path)
    {
        var m = TrailingExtras().Match(path);
        return m.Success ? path[..m.Index] : path;
    }

    private static int FindLogical(LogicalLine line, int original)
    {
        for (var i = 0; i < line.Text.Length; i++)
            if (line.ToOriginal(i) == original) return i;
        return 0;
    }

    private static ImmutableArray<SyntaxError> Filter(ImmutableArray<SyntaxError>.Builder errors, ImmutableArray<TextSpan> placeholders) =>
        placeholders.IsEmpty
            ? errors.ToImmutable()
            : errors.Where(e => !placeholders.Any(p => p.OverlapsWith(e.Span) || p.Contains(e.Span))).ToImmutableArray();

    private static bool IsJinjaStatement(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("{%", StringComparison.Ordinal) || trimmed.StartsWith("{#", StringComparison.Ordinal);
    }

    private static ImmutableArray<TextSpan> FindPlaceholders(string text)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            var newline = text.IndexOfAny(['\n', '\r'], i);
            if (end < 0 || (newline >= 0 && newline < end)) { i += 2; continue; }
            result.Add(TextSpan.FromBounds(i, end + 2));
            i = end + 2;
        }
        return result.ToImmutable();
    }

    private static string Mask(string text, ImmutableArray<TextSpan> placeholders)
    {
        var chars = text.ToCharArray();
        foreach (var span in placeholders)
            for (var i = span.Start; i < span.End; i++) chars[i] = 'x';
        return new string(chars);
    }

    [GeneratedRegex(@"(===|==|!=|~=|<=|>=|<|>)")]
    private static partial Regex Operators();

    [GeneratedRegex(@"#egg=([A-Za-z0-9][A-Za-z0-9._-]*)")]
    private static partial Regex EggFragment();

    [GeneratedRegex(@"(?:^|/)(?<name>[A-Za-z0-9_.]+?)-(?<version>[^-/]+)(-\d[^-/]*)?-[^-/]+-[^-/]+-[^-/]+\.whl$", RegexOptions.IgnoreCase)]
    private static partial Regex WheelName();

    [GeneratedRegex(@"\[[^\]]*\]$")]
    private static partial Regex TrailingExtras();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex AnyVariable();

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+\}$")]
    private static partial Regex UpperVariable();
}
