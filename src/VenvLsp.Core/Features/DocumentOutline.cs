using System.Collections.Immutable;
using VenvLsp.Packages;
using VenvLsp.Rules.Nco;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;
using VenvLsp.Workspace;

namespace VenvLsp.Features;

/// <summary>
/// The outline (document symbols) of a package file: for ecf job cards and includes, the scheduler directives as a
/// group, the includes, <c>model</c> and exports, module commands, venv activation and deactivation, the J-job call and
/// the <c>%manual</c>/<c>%comment</c> sections; for J-jobs, their variables, module commands, the ex-script call,
/// <c>err_chk</c> and the <c>$DATA</c> cleanup; for other shell scripts, their functions and those same commands; for
/// versions files, their entries. Functions hold what is inside them. Other files have no outline.
/// </summary>
public static class DocumentOutline
{
    public static ImmutableArray<OutlineSymbol> Get(WorkspaceSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        if (snapshot.ReadText(path) is not { } text) return [];
        var root = snapshot.PackageRootOf(path);
        var options = snapshot.GetConfiguration(PathUtil.Directory(path)).Options;
        var kind = DocumentAnalyzer.KindOf(path, root, options, text);
        switch (kind)
        {
            case DocumentKind.Versions:
                return VersionsOutline(snapshot, path, text);
            case DocumentKind.EcfJobCard or DocumentKind.EcfInclude or DocumentKind.JJob or DocumentKind.ExScript
                or DocumentKind.UshScript or DocumentKind.ShellScript:
                if (snapshot.GetShell(path) is not { } document) return [];
                var context = new ShellContext(snapshot, path, text, kind, options, root, document, cancellationToken);
                return OutlineTree.Build(ShellOutline.Collect(context));
            default:
                return [];
        }
    }

    private static ImmutableArray<OutlineSymbol> VersionsOutline(WorkspaceSnapshot snapshot, string path, SourceText text)
    {
        if (VersionEntries.Parse(snapshot, path) is not { } file) return [];
        return [.. file.Entries.Select(e => OutlineSymbol.Leaf(e.Name, e.Value, OutlineKind.Variable, text.GetLineSpan(e.Line), e.NameSpan))];
    }
}

/// <summary>Puts outline entries in document order and nests each in the innermost function that holds it.</summary>
internal static class OutlineTree
{
    public static ImmutableArray<OutlineSymbol> Build(IEnumerable<OutlineSymbol> symbols)
    {
        var sorted = symbols.OrderBy(s => s.Range.Start).ThenByDescending(s => s.Range.Length).ToList();
        var roots = new List<Node>();
        var open = new Stack<Node>();
        foreach (var symbol in sorted)
        {
            while (open.Count > 0 && !open.Peek().Symbol.Range.Contains(symbol.Range)) open.Pop();
            var node = new Node(symbol);
            if (open.Count > 0) open.Peek().Children.Add(node);
            else roots.Add(node);
            if (symbol.Kind == OutlineKind.Function) open.Push(node);
        }
        return [.. roots.Select(n => n.ToSymbol())];
    }

    private sealed class Node(OutlineSymbol symbol)
    {
        public OutlineSymbol Symbol { get; } = symbol;
        public List<Node> Children { get; } = [];

        public OutlineSymbol ToSymbol() =>
            Children.Count == 0 ? Symbol : Symbol with { Children = [.. Symbol.Children, .. Children.Select(c => c.ToSymbol())] };
    }
}
