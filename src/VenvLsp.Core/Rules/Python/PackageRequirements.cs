using VenvLsp.Common;
using VenvLsp.Packages;
using VenvLsp.Rules.Venv;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Python;

/// <summary>The requirements of every requirements file of a package, whether the build installs from
/// it or not (<c>requirements-dev.txt</c>): what test code may rely on.</summary>
public static class PackageRequirements
{
    /// <summary>Every named requirement of the package's requirements files, in file and line order.</summary>
    public static EquatableArray<ListedRequirement> All(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("package-all-requirements", root, static (s, r) =>
        {
            var listed = new List<ListedRequirement>();
            foreach (var file in PackageModel.GetFiles(s, r).Where(f => f.Kind == DocumentKind.Requirements))
            {
                if (s.GetRequirements(file.Path) is not { } parsed) continue;
                foreach (var requirement in parsed.Requirements)
                    if (BuildRequirements.Listed(requirement, file.Path) is { } entry) listed.Add(entry);
            }
            return new EquatableArray<ListedRequirement>([.. listed]);
        });
}
