using System.Collections.Concurrent;

namespace VenvLsp.Rules;

/// <summary>The documentation page of each rule (<c>docs/rules/ID.md</c>, embedded in the engine).</summary>
public static class RuleDocumentation
{
    /// <summary>Where the pages are published; each rule's page is <c>{base}/{ID}.md</c>.</summary>
    public const string DefaultBaseUri = "https://github.com/venvlsp/venvlsp/blob/main/docs/rules/";

    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The page in Markdown, or null when the rule has none.</summary>
    public static string? Get(string ruleId) => Cache.GetOrAdd(ruleId.ToUpperInvariant(), id =>
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream("VenvLsp.RuleDocs." + id);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A link to the page: the copy installed next to the program when there is one (it works
    /// offline, as operational machines are), else the published page.</summary>
    public static Uri HelpUri(string ruleId)
    {
        var installed = Path.Combine(AppContext.BaseDirectory, "docs", "rules", ruleId.ToUpperInvariant() + ".md");
        return File.Exists(installed) ? new Uri(installed) : new Uri(DefaultBaseUri + ruleId.ToUpperInvariant() + ".md");
    }

    /// <summary>The page's first paragraph under "What it checks", as plain text, for short help.</summary>
    public static string? Summary(string ruleId)
    {
        var page = Get(ruleId);
        if (page is null) return null;
        var start = page.IndexOf("## What it checks", StringComparison.Ordinal);
        if (start < 0) return null;
        var body = page[(start + "## What it checks".Length)..].TrimStart();
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? body : body[..end]).Trim();
    }
}
