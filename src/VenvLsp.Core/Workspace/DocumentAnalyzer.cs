using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Diagnostics;
using VenvLsp.Packages;
using VenvLsp.Requirements;
using VenvLsp.Rules;
using VenvLsp.Python;
using VenvLsp.Rules.Python;
using VenvLsp.Rules.Scripts;
using VenvLsp.Rules.Versions;
using VenvLsp.Versions;
using VenvLsp.Suppressions;
using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>The findings for one document, or why it was skipped.</summary>
public sealed record DocumentResult(string Path, DocumentKind Kind, ImmutableArray<Diagnostic> Diagnostics, string? SkipReason)
{
    public static DocumentResult Empty(string path) => new(path, DocumentKind.Other, [], null);
}

/// <summary>
/// Analyses one document against a snapshot: decides its kind, runs the rules for that kind that the
/// configuration enables, applies the configured severities, then the file's suppressions.
/// </summary>
public static class DocumentAnalyzer
{
    public static DocumentResult Analyze(WorkspaceSnapshot snapshot, string path, CancellationToken cancellationToken = default) =>
        snapshot.Memo("analysis", path, () => AnalyzeNow(snapshot, path, cancellationToken));

    private static DocumentResult AnalyzeNow(WorkspaceSnapshot snapshot, string path, CancellationToken cancellationToken)
    {
        var read = snapshot.Read(path);
        if (!read.Exists) return DocumentResult.Empty(path);
        var root = snapshot.PackageRootOf(path);
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        var kind = KindOf(path, root, options, read.Text);
        if (kind == DocumentKind.Other && IsTextList(path) && RequirementsIndex.IsIncluded(snapshot, path))
            kind = DocumentKind.Requirements;
        if (read.Problem is not null || read.Text is null)
            return Unreadable(path, kind, read, options);

        var text = read.Text;
        var (diagnostics, comments, statementLines) = RunRules(snapshot, path, text, kind, options, root, cancellationToken);
        var withSeverity = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
            if (options.SeverityOf(diagnostic) is { } severity)
                withSeverity.Add(diagnostic.WithSeverity(severity));
        var suppressions = SuppressionParser.Parse(text, comments, statementLines);
        var final = SuppressionFilter.Apply(withSeverity.ToImmutable(), suppressions, path, text, options.NoSuppressions, options.SeverityOf);
        return new DocumentResult(path, kind, Sort(final), null);
    }

    /// <summary>What a file is: the approved list or configuration by name, else by its place in its package.</summary>
    public static DocumentKind KindOf(string path, string? packageRoot, AnalysisOptions options, SourceText? text)
    {
        if (options.ApprovedLists.Contains(path)) return DocumentKind.ApprovedList;
        var relative = packageRoot is null ? PathUtil.FileName(path) : PathUtil.Relative(packageRoot, path);
        string? firstLine = null;
        if (text is { LineCount: > 0 }) firstLine = text.GetLineText(0);
        return FileClassifier.Classify(relative, firstLine);
    }

    private static bool IsTextList(string path) =>
        path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".in", StringComparison.Ordinal) || path.EndsWith(".j2", StringComparison.Ordinal);

    private static (List<Diagnostic> Diagnostics, IEnumerable<CommentInfo> Comments, Func<int, (int, int)>? StatementLines) RunRules(
        WorkspaceSnapshot snapshot, string path, SourceText text, DocumentKind kind, AnalysisOptions options, string? root, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case DocumentKind.Requirements:
            {
                var file = snapshot.GetRequirements(path)!;
                var context = new Rules.Requirements.RequirementsContext(snapshot, path, text, options, root, file, cancellationToken);
                Run(RuleRegistry.Requirements, context, options);
                return ([.. context.Diagnostics], file.Comments.Select(c => new CommentInfo(c.Span, c.Text)), StatementLines(file));
            }
            case DocumentKind.ShellScript or DocumentKind.UshScript or DocumentKind.ExScript or DocumentKind.JJob
                or DocumentKind.EcfJobCard or DocumentKind.EcfInclude:
            {
                var document = snapshot.GetShell(path)!;
                var context = new ShellContext(snapshot, path, text, kind, options, root, document, cancellationToken);
                Run(RuleRegistry.Shell, context, options);
                return ([.. context.Diagnostics], document.Script.Comments.Select(c => new CommentInfo(c.Span, text.ToString(c.Span))), null);
            }
            case DocumentKind.Python:
            {
                var imports = snapshot.GetParsed(path, static (_, t) => PythonImportScanner.Scan(t.Content))!;
                var context = new PythonContext(snapshot, path, text, options, root, imports, cancellationToken);
                Run(RuleRegistry.Python, context, options);
                return ([.. context.Diagnostics], PythonComments(text), null);
            }
            case DocumentKind.Versions:
            {
                var file = snapshot.GetParsed(path, static (_, t) => VersionsFileParser.Parse(t.Content))!;
                var context = new VersionsContext(snapshot, path, text, options, root, file, cancellationToken);
                Run(RuleRegistry.Versions, context, options);
                return ([.. context.Diagnostics], HashComments(text), null);
            }
            case DocumentKind.Configuration:
            {
                var context = new DocumentContext(snapshot, path, text, kind, options, root, cancellationToken);
                Run(RuleRegistry.Configuration, context, options);
                return ([.. context.Diagnostics], [], null);
            }
            case DocumentKind.ApprovedList:
            {
                var context = new DocumentContext(snapshot, path, text, kind, options, root, cancellationToken);
                Run(RuleRegistry.ApprovedList, context, options);
                return ([.. context.Diagnostics], [], null);
            }
            default:
                return ([], [], null);
        }
    }

    /// <summary>Comments of a Python file for suppressions: a '#' outside strings, found by the tokenizer-free
    /// rule that a suppression comment starts a line or follows code after whitespace.</summary>
    private static IEnumerable<CommentInfo> PythonComments(SourceText text) => HashComments(text);

    /// <summary>'#' comments that start a line or follow whitespace (versions files, Python).</summary>
    private static IEnumerable<CommentInfo> HashComments(SourceText text)
    {
        for (var line = 0; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            var content = text.ToString(span);
            var hash = content.IndexOf("# venvlsp:", StringComparison.Ordinal);
            if (hash < 0 || (hash > 0 && !char.IsWhiteSpace(content[hash - 1]))) continue;
            yield return new CommentInfo(new TextSpan(span.Start + hash, content.Length - hash), content[hash..]);
        }
    }

    private static void Run<TContext>(ImmutableArray<Rule<TContext>> rules, TContext context, AnalysisOptions options) where TContext : DocumentContext
    {
        foreach (var rule in rules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (options.IsEnabled(rule.Descriptor)) rule.Analyze(context);
        }
    }

    private static Func<int, (int, int)> StatementLines(RequirementsFile file)
    {
        var ranges = file.Entries.Select(e => (e.Line.FirstLine, e.Line.LastLine)).ToArray();
        return line =>
        {
            foreach (var (first, last) in ranges)
                if (line >= first && line <= last) return (first, last);
            return (line, line);
        };
    }

    private static DocumentResult Unreadable(string path, DocumentKind kind, FileRead read, AnalysisOptions options)
    {
        var reason = read.Problem ?? "it cannot be read";
        if (kind is DocumentKind.Requirements)
        {
            var rule = RuleCatalog.Get(RuleIds.InvalidRequirementLine);
            if (options.SeverityOf(rule) is { } severity)
            {
                var diagnostic = new Diagnostic(rule, severity, $"pip cannot read this requirements file: {reason}.", Location.StartOf(path), [], []);
                return new DocumentResult(path, kind, [diagnostic], reason);
            }
        }
        return new DocumentResult(path, kind, [], reason);
    }

    private static ImmutableArray<Diagnostic> Sort(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Location.Path, b.Location.Path);
            if (byPath != 0) return byPath;
            var byPosition = a.Location.Range.Start.CompareTo(b.Location.Range.Start);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
}
