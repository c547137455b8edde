using System.Text;
using VenvLsp.Common;
using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>
/// The folders the package's shell files put on <c>PYTHONPATH</c> (<c>export
/// PYTHONPATH=${HOMEaigfs}/ush/python:${PYTHONPATH}</c> in a J-job): modules found there are the
/// package's own code. Each piece is resolved as <see cref="PathResolver"/> resolves paths (the
/// package's <c>HOME</c> variable, variables the script sets); pieces that cannot be resolved are left out.
/// </summary>
public static class ShellPythonPath
{
    /// <summary>The resolved folders, sorted.</summary>
    public static EquatableArray<string> Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-shell-pythonpath", root, static (s, r) =>
        {
            var folders = new SortedSet<string>(StringComparer.Ordinal);
            var home = PackageModel.GetModel(s, r) is { } model ? "HOME" + model.Name : null;
            foreach (var file in PackageModel.GetFiles(s, r))
            {
                if (file.Kind is not (DocumentKind.ShellScript or DocumentKind.UshScript or DocumentKind.ExScript or DocumentKind.JJob
                    or DocumentKind.EcfJobCard or DocumentKind.EcfInclude))
                    continue;
                if (s.GetShell(file.Path) is not { } document) continue;
                var script = document.Script;
                var paths = new PathResolver(script, file.Path, r, home);
                foreach (var variable in script.VariableEvents)
                {
                    if (variable.Name != "PYTHONPATH" || variable.Value is not { } value) continue;
                    foreach (var folder in Pieces(script, paths, value, home, r)) folders.Add(folder);
                }
            }
            return new EquatableArray<string>([.. folders]);
        });

    /// <summary>The value split at <c>:</c>, each piece resolved; an expansion that cannot be resolved
    /// (<c>${PYTHONPATH}</c> itself) spoils only the piece it stands in.</summary>
    private static IEnumerable<string> Pieces(ShellScript script, PathResolver paths, Word value, string? home, string root)
    {
        const char Unknown = '\0';
        var text = new StringBuilder();
        foreach (var segment in value.Segments)
        {
            switch (segment.Part)
            {
                case LiteralPart literal: text.Append(literal.Value); break;
                case SingleQuotedPart quoted: text.Append(quoted.Value); break;
                case AnsiCQuotedPart ansi: text.Append(ansi.Value); break;
                case ParameterExpansionPart { Prefix: ParameterPrefix.None } expansion:
                    text.Append(Expand(script, paths, expansion, home, root) ?? Unknown.ToString());
                    break;
                default: text.Append(Unknown); break;
            }
        }
        foreach (var piece in text.ToString().Split(':'))
        {
            if (piece.Length == 0 || piece.Contains(Unknown) || !piece.StartsWith('/')) continue;
            string? folder;
            try
            {
                folder = PathUtil.Normalize(piece);
            }
            catch (ArgumentException)
            {
                folder = null;
            }
            if (folder is not null) yield return folder;
        }
    }

    private static string? Expand(ShellScript script, PathResolver paths, ParameterExpansionPart expansion, string? home, string root)
    {
        if (expansion.Name == home) return root;
        if (expansion.Name == "PYTHONPATH") return null;
        return script.ValueBefore(expansion.Name, expansion.Span.Start) is { } assigned ? paths.Resolve(assigned, assigned.Span.Start) : null;
    }
}
