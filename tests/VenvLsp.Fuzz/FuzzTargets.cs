using System.Collections.Immutable;
using VenvLsp.Approval;
using VenvLsp.Configuration;
using VenvLsp.Ecflow;
using VenvLsp.Fixes;
using VenvLsp.Ignore;
using VenvLsp.Pep440;
using VenvLsp.Pep508;
using VenvLsp.Python;
using VenvLsp.Requirements;
using VenvLsp.Shell;
using VenvLsp.Tests.Support;
using VenvLsp.Text;
using VenvLsp.Versions;
using VenvLsp.Workspace;

namespace VenvLsp.Fuzz;

/// <summary>
/// One fuzz target per parser. Each takes the raw bytes of an input, decodes them as the disk reader
/// does, parses, and checks the invariants every parser promises: it never throws, and every span it
/// returns lies inside the text. A broken invariant throws <see cref="InvariantException"/>, which AFL++
/// sees as a crash. The same targets replay the kept corpus and crash inputs in the test suite.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Every target by name, in the order <c>run.sh all</c> fuzzes them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new SortedDictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["requirements"] = bytes => Requirements(Decode(bytes)),
        ["pep440"] = bytes => Pep440(Decode(bytes).Content),
        ["pep508"] = bytes => Pep508(Decode(bytes).Content),
        ["shell"] = bytes => Shell(Decode(bytes).Content),
        ["ecflow"] = bytes => Ecflow(Decode(bytes).Content),
        ["versions"] = bytes => Versions(Decode(bytes).Content),
        ["gitignore"] = bytes => GitIgnore(Decode(bytes).Content),
        ["config"] = bytes => Config(Decode(bytes).Content),
        ["metadata"] = bytes => Metadata(Decode(bytes).Content),
        ["python"] = bytes => Python(Decode(bytes).Content),
        ["approved"] = bytes => Approved(Decode(bytes)),
        ["analyze"] = bytes => Analyze(Decode(bytes)),
    };

    public static SourceText Decode(byte[] bytes) => SourceText.FromBytes(bytes);

    public static void Requirements(SourceText text)
    {
        foreach (var template in new[] { false, true })
        {
            var file = RequirementsParser.Parse(text, template);
            SpanChecker.Check(file, text.Length, "requirements");
            foreach (var entry in file.Entries) CheckLogicalLine(text, entry.Line, file.Placeholders);
        }
    }

    /// <summary>A logical line is the file's characters with continuations and the comment cut out:
    /// each of its characters maps back to the same character of the file, in increasing order (in a
    /// template, a placeholder's characters stand for it as opaque letters).</summary>
    public static void CheckLogicalLine(SourceText text, LogicalLine line, ImmutableArray<TextSpan> placeholders)
    {
        var previous = -1;
        for (var i = 0; i < line.Text.Length; i++)
        {
            var original = line.ToOriginal(i);
            if (original < 0 || original >= text.Length)
                throw new InvariantException($"logical offset {i} maps outside the text ({original} of {text.Length})");
            if (text[original] != line.Text[i] && !placeholders.Any(p => p.Contains(original)))
                throw new InvariantException($"logical offset {i} ('{line.Text[i]}') maps to '{text[original]}' at {original}");
            if (original <= previous) throw new InvariantException($"logical offset {i} maps backwards ({original} after {previous})");
            previous = original;
        }
        var end = line.ToOriginal(line.Text.Length);
        if (end < 0 || end > text.Length) throw new InvariantException($"the end of a logical line maps outside the text ({end})");
        var content = line.ContentSpan;
        if (content.End > text.Length) throw new InvariantException($"content span {content} outside the text");
    }

    public static void Pep440(string text)
    {
        if (Pep440Version.TryParse(text, out var version))
        {
            // The normalized form is a version too, and the same one.
            var normalized = version.ToString();
            if (!Pep440Version.TryParse(normalized, out var again) || again.CompareTo(version) != 0 || again.ToString() != normalized)
                throw new InvariantException($"'{text}' normalizes to '{normalized}', which does not read back as the same version");
        }
        var set = SpecifierSet.Parse(text);
        SpanChecker.Check(set, text.Length, "specifier set");
        Specifier.TryParse(text, out _, out _);
    }

    public static void Pep508(string text)
    {
        SpanChecker.Check(Pep508Parser.Parse(text), text.Length, "requirement");
        SpanChecker.Check(Pep508Parser.ParseMarker(text), text.Length, "marker");
    }

    public static void Shell(string text) => SpanChecker.Check(ShellParser.Parse(text), text.Length, "shell");

    public static void Ecflow(string text)
    {
        var document = EcfParser.Parse(text);
        SpanChecker.Check(document, text.Length, "ecflow");
        if (document.ShellText.Length != text.Length) throw new InvariantException("the shell text of a job card changed its length");
        for (var i = 0; i < text.Length; i++)
            if ((text[i] is '\r' or '\n') != (document.ShellText[i] is '\r' or '\n'))
                throw new InvariantException($"the shell text of a job card moved a line break at {i}");
        Shell(document.ShellText);
    }

    public static void Versions(string text) => SpanChecker.Check(VersionsFileParser.Parse(text), text.Length, "versions");

    public static void GitIgnore(string text)
    {
        var file = GitIgnoreFile.Parse(text, "/repo", "/repo/.gitignore");
        SpanChecker.Check(file, text.Length, "gitignore");
        // Matching must be as safe as parsing: patterns meet paths of every shape.
        foreach (var path in new[] { "/repo/a", "/repo/venv/bin/python", "/repo/a/b/c.txt", "/repo/.git", "/repo/" + new string('a', 300) })
        {
            file.Match(path, isDirectory: false);
            file.Match(path, isDirectory: true);
        }
    }

    public static void Config(string text)
    {
        var parsed = ConfigParser.Parse(text, "/repo");
        SpanChecker.Check(parsed, text.Length, "config");
    }

    public static void Metadata(string text)
    {
        SpanChecker.Check(CoreMetadata.Parse(text), text.Length, "METADATA");
        SpanChecker.Check(RecordFile.Parse(text), text.Length, "RECORD");
        SpanChecker.Check(PyvenvConfig.Parse(text), text.Length, "pyvenv.cfg");
        ModuleDistributionTable.Parse(text);
        MetadataLists.ParseTopLevel(text);
        DistInfoFolderName.TryParse(text);
        VenvCommand.Parse(text);
        ActivateScript.Scan(text);
    }

    public static void Python(string text) => SpanChecker.Check(PythonImportScanner.Scan(text), text.Length, "python");

    public static void Approved(SourceText text)
    {
        var (list, problems) = ApprovedList.Parse("/repo/approved.txt", text);
        SpanChecker.Check(problems, text.Length, "approved list");
        foreach (var name in list.Names) SpanChecker.Check(list.EntriesFor(name), text.Length, "approved entry");
    }

    private const string Package = "/repo/pkg.v1.0.0";

    /// <summary>The whole engine on one input: the bytes as every kind of file of a package at once, each
    /// analysed with every rule, and the safe fixes applied to a fixed point.</summary>
    public static void Analyze(SourceText text)
    {
        var content = text.HasBom ? "\uFEFF" + text.Content : text.Content;
        var paths = new[]
        {
            Package + "/requirements.txt", Package + "/sorc/build_venv.sh", Package + "/jobs/JPKG_FORECAST",
            Package + "/ecf/pkg_forecast.ecf", Package + "/ecf/include/head.h", Package + "/versions/build.ver",
            Package + "/scripts/expkg_forecast.py", Package + "/.gitignore", Package + "/venvlsp.json", "/repo/approved.txt",
        };
        var files = new InMemoryFileSystem()
            .AddDirectory("/repo/.git")
            .Add("/repo/venvlsp.json", """{ "approvedList": "approved.txt" }""")
            .Add("/repo/approved.txt", "numpy==1.26.4\n")
            .Add(Package + "/requirements.txt", "numpy==1.26.4\n")
            .Add(Package + "/versions/build.ver", "export python_ver=3.12.0\n")
            .Add(Package + "/sorc/build_venv.sh", "#!/bin/bash\npython -m venv venv\n");
        foreach (var path in paths) files.Add(path, content);
        var snapshot = new WorkspaceSnapshot(files);
        foreach (var path in paths)
        {
            var result = DocumentAnalyzer.Analyze(snapshot, path);
            foreach (var diagnostic in result.Diagnostics)
            {
                var target = snapshot.ReadText(diagnostic.Location.Path);
                if (target is not null && diagnostic.Location.Span.End > target.Length)
                    throw new InvariantException($"{diagnostic.RuleId} points past the end of {diagnostic.Location.Path}");
            }
            var chosen = FixApplier.Choose(result.Diagnostics);
            foreach (var file in chosen)
            {
                var before = snapshot.ReadText(file.Path) ?? SourceText.From("");
                before.WithEdits(file.Edits); // throws on overlapping or out-of-range edits
            }
            FixAll.Apply(snapshot, path);
        }
    }
}

/// <summary>A parser broke one of its promises.</summary>
public sealed class InvariantException(string message) : Exception(message);
