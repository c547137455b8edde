using VenvLsp.Packages;
using VenvLsp.Rules.Scripts;
using VenvLsp.Shell;
using VenvLsp.Versions;

namespace VenvLsp.Rules.Build;

/// <summary>Where the python module is loaded, directly or through a modulefile of the package.</summary>
public static class PythonModules
{
    /// <summary>True when a command before <paramref name="offset"/> loads python: <c>module load python/x</c>,
    /// <c>ml python</c>, or a modulefile of the package (<c>modulefiles/</c>) that loads it.</summary>
    public static bool LoadedBefore(ShellContext context, int offset)
    {
        foreach (var occurrence in context.Script.Commands)
        {
            if (occurrence.Command.Span.Start >= offset) break;
            foreach (var module in VenvCommands.ModuleLoads(occurrence))
            {
                if (VenvCommands.IsPythonModule(module)) return true;
                if (PackageModuleLoadsPython(context, module)) return true;
            }
        }
        return false;
    }

    private static bool PackageModuleLoadsPython(ShellContext context, Word module)
    {
        if (context.PackageRoot is not { } root || module.StaticValue is not { } name) return false;
        var file = name.Split('/')[0];
        foreach (var entry in context.Snapshot.List(root + "/modulefiles"))
        {
            if (!entry.Name.StartsWith(file, StringComparison.Ordinal)) continue;
            var paths = entry.IsDirectory ? context.Snapshot.List(entry.Path).Select(e => e.Path) : [entry.Path];
            if (paths.Any(p => context.Snapshot.ReadText(p)?.Content.Contains("python", StringComparison.Ordinal) == true)) return true;
        }
        return false;
    }

    /// <summary>The <c>python_ver</c> a versions file of the package sets (build.ver first), with where.</summary>
    public static (string Value, string Path)? VersionsFilePython(ShellContext context)
    {
        if (context.PackageRoot is not { } root) return null;
        foreach (var name in new[] { "build.ver", "run.ver" })
        {
            var path = root + "/versions/" + name;
            var parsed = context.Snapshot.GetParsed(path, static (_, text) => VersionsFileParser.Parse(text.Content));
            if (parsed?.Find("python_ver") is { } entry) return (entry.Value, path);
        }
        return null;
    }
}
