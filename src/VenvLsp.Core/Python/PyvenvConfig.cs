using System.Collections.Immutable;
using System.Globalization;
using VenvLsp.Text;

namespace VenvLsp.Python;

/// <summary>One <c>key = value</c> line of <c>pyvenv.cfg</c>.</summary>
/// <param name="Key">The key as written, trimmed.</param>
/// <param name="Value">The value, trimmed.</param>
/// <param name="Span">The whole line, without its line break.</param>
/// <param name="ValueSpan">The trimmed value.</param>
public sealed record PyvenvConfigEntry(string Key, string Value, TextSpan Span, TextSpan ValueSpan);

/// <summary>
/// A venv's <c>pyvenv.cfg</c>, read the way Python's <c>site</c> module reads it: each line is split
/// at its first <c>=</c>, keys compare case-insensitively, the last occurrence of a key wins.
/// Written by <c>venv</c> (home, include-system-site-packages, version; from 3.11 also executable and
/// command; prompt when given), by virtualenv (home, implementation, version_info, virtualenv,
/// base-prefix, base-exec-prefix, base-executable, prompt) and by uv (also uv).
/// </summary>
public sealed class PyvenvConfig
{
    private PyvenvConfig(ImmutableArray<PyvenvConfigEntry> entries, ImmutableArray<SyntaxError> errors)
    {
        Entries = entries;
        Errors = errors;
        var command = Get("command");
        Command = command is null ? null : VenvCommand.Parse(command);
    }

    /// <summary>Every <c>key = value</c> line, in order (repeated keys included).</summary>
    public ImmutableArray<PyvenvConfigEntry> Entries { get; }

    /// <summary>Lines without <c>=</c> (which <c>site</c> ignores) and empty keys.</summary>
    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary>The folder of the base interpreter (<c>home</c>).</summary>
    public string? Home => Get("home");

    /// <summary><c>version</c> (venv: <c>3.12.1</c>) or else <c>version_info</c> (virtualenv:
    /// <c>3.12.1.final.0</c>; uv: <c>3.12.1</c>), as written.</summary>
    public string? VersionText => Get("version") ?? Get("version_info");

    /// <summary>The base interpreter's version from <see cref="VersionText"/>; null when absent or unreadable.</summary>
    public (int Major, int Minor, int Micro)? PythonVersion => ParseVersion(VersionText);

    /// <summary><c>include-system-site-packages</c>: true only for <c>true</c> in any case (as <c>site</c>
    /// reads it); null when the key is absent.</summary>
    public bool? IncludeSystemSitePackages =>
        Get("include-system-site-packages") is { } value ? value.Equals("true", StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>The real path of the interpreter that made the venv (venv, Python 3.11 and later).</summary>
    public string? Executable => Get("executable");

    /// <summary>The command line that made the venv (venv, Python 3.11 and later), parsed.</summary>
    public VenvCommand? Command { get; }

    /// <summary>The prompt, without the quotes Python 3.13's venv writes around it.</summary>
    public string? Prompt => Get("prompt") is { } prompt ? Unquote(prompt) : null;

    /// <summary>The virtualenv version that made the venv (<c>virtualenv</c>); null for venv.</summary>
    public string? VirtualenvVersion => Get("virtualenv");

    /// <summary>The uv version that made the venv (<c>uv</c>).</summary>
    public string? UvVersion => Get("uv");

    /// <summary><c>implementation</c> (virtualenv, uv): <c>CPython</c>, <c>PyPy</c>.</summary>
    public string? Implementation => Get("implementation");

    /// <summary>The value of the last line whose key equals <paramref name="key"/> ignoring case.</summary>
    public string? Get(string key)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
            if (string.Equals(Entries[i].Key, key, StringComparison.OrdinalIgnoreCase)) return Entries[i].Value;
        return null;
    }

    /// <summary>Reads a <c>pyvenv.cfg</c>. Never throws.</summary>
    public static PyvenvConfig Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<PyvenvConfigEntry>();
        var errors = ImmutableArray.CreateBuilder<SyntaxError>();
        var position = 0;
        while (TextLines.Next(text, ref position, out var start, out var end))
        {
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace()) continue;
            var span = TextSpan.FromBounds(start, end);
            var equals = line.IndexOf('=');
            if (equals < 0)
            {
                errors.Add(new SyntaxError(span, "expected 'key = value'"));
                continue;
            }
            var key = line[..equals].Trim().ToString();
            if (key.Length == 0)
            {
                errors.Add(new SyntaxError(span, "expected a key before '='"));
                continue;
            }
            var (valueStart, valueEnd) = Trim(text, start + equals + 1, end);
            entries.Add(new PyvenvConfigEntry(key, text[valueStart..valueEnd], span, TextSpan.FromBounds(valueStart, valueEnd)));
        }
        return new PyvenvConfig(entries.ToImmutable(), errors.ToImmutable());
    }

    internal static (int Major, int Minor, int Micro)? ParseVersion(string? text)
    {
        if (text is null) return null;
        var parts = text.Trim().Split('.');
        if (parts.Length < 2) return null;
        if (!TryLeadingInt(parts[0], out var major) || !TryLeadingInt(parts[1], out var minor)) return null;
        var micro = parts.Length > 2 && TryLeadingInt(parts[2], out var m) ? m : 0;
        return (major, minor, micro);
    }

    private static bool TryLeadingInt(string part, out int value)
    {
        var digits = 0;
        while (digits < part.Length && char.IsAsciiDigit(part[digits])) digits++;
        value = 0;
        return digits > 0 && digits <= 9 && int.TryParse(part.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '\'' or '"') && value[^1] == value[0] ? value[1..^1] : value;
}
