using System.Collections.Immutable;
using VenvLsp.Common;
using VenvLsp.Python;
using VenvLsp.Requirements;
using VenvLsp.Rules.Scripts;
using VenvLsp.Workspace;

namespace VenvLsp.Rules.Venv;

/// <summary>A distribution the build's requirements list.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="NormalizedName">PEP 503 normalized.</param>
/// <param name="PinnedVersion">The version of an exact pin (<c>==1.2</c>, <c>===1.2</c>) as written; null otherwise.</param>
/// <param name="Path">The requirements file it stands in.</param>
/// <param name="IsNameGuessed">The line names no distribution (<c>./sorc/mylib</c>, <c>git+https://host/x.git</c>):
/// the name is taken from its <c>#egg=</c> fragment or the last part of its path.</param>
public sealed record ListedRequirement(string Name, string NormalizedName, string? PinnedVersion, string Path, bool IsNameGuessed);

/// <summary>
/// The requirements the package's build installs into its venv: the files <see cref="PackageVenv"/> finds
/// (or, for a template without its rendered file, the <c>.j2</c>), with their <c>-r</c> includes
/// followed as pip follows them. Without positions, so that editing a comment in a requirements file
/// changes nothing that depends on this value.
/// </summary>
/// <param name="Files">The files the build installs from, as they exist: the first is where additions go.</param>
/// <param name="AllFiles">Those files and every file they include with <c>-r</c>.</param>
/// <param name="Requirements">Every requirement of <see cref="AllFiles"/>, file by file.</param>
public sealed record BuildRequirements(EquatableArray<string> Files, EquatableArray<string> AllFiles, EquatableArray<ListedRequirement> Requirements)
{
    /// <summary>The requirements of a package's build.</summary>
    public static BuildRequirements Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("build-requirements", root, static (s, r) =>
        {
            var files = BuildRequirementFiles.Get(s, r);
            var requirements = ImmutableArray.CreateBuilder<ListedRequirement>();
            foreach (var file in files.AllFiles)
            {
                if (s.GetRequirements(file) is not { } parsed) continue;
                foreach (var requirement in parsed.Requirements)
                    if (Listed(requirement, file) is { } listed) requirements.Add(listed);
            }
            return new BuildRequirements(files.Files, files.AllFiles, new(requirements.ToImmutable()));
        });

    /// <summary>The file new requirements are added to; null when the build installs from none.</summary>
    public string? TargetFile => Files.Count > 0 ? Files[0] : null;

    /// <summary>The requirement that lists <paramref name="distribution"/> (names normalized), or null.</summary>
    public ListedRequirement? Find(string distribution)
    {
        var normalized = DistributionName.Normalize(distribution);
        foreach (var requirement in Requirements)
            if (requirement.NormalizedName == normalized) return requirement;
        return null;
    }

    /// <summary>True when <paramref name="path"/> is one of the files the build installs from, directly or by an include.</summary>
    public bool IsInstalledFrom(string path) => AllFiles.Contains(path);

    internal static ListedRequirement? Listed(RequirementEntry requirement, string path)
    {
        if (requirement.Name is { Length: > 0 } name)
        {
            var pin = requirement.Specifiers.Specifiers.FirstOrDefault(s => s.IsExactPin);
            return new ListedRequirement(name, DistributionName.Normalize(name), pin?.VersionText, path, false);
        }
        return GuessName(requirement.Text) is { } guessed
            ? new ListedRequirement(guessed, DistributionName.Normalize(guessed), null, path, true)
            : null;
    }

    /// <summary>The distribution a nameless direct reference most likely installs: its <c>#egg=</c>
    /// name, else the last part of its path or URL (<c>x.git</c> → <c>x</c>; a wheel or sdist file
    /// name up to its version).</summary>
    internal static string? GuessName(string reference)
    {
        var text = reference.Trim();
        var egg = text.IndexOf("#egg=", StringComparison.Ordinal);
        if (egg >= 0)
        {
            var value = text[(egg + 5)..];
            var end = value.IndexOfAny(['&', ' ', '[']);
            return NameOrNull(end < 0 ? value : value[..end]);
        }
        var cut = text.IndexOfAny(['#', '?', ' ', ';']);
        if (cut >= 0) text = text[..cut];
        var at = text.LastIndexOf('@');
        if (at > text.LastIndexOf('/')) text = text[..at]; // git+https://host/x.git@v1.0
        text = text.TrimEnd('/');
        var last = text[(text.LastIndexOf('/') + 1)..];
        if (last.EndsWith(".git", StringComparison.Ordinal)) last = last[..^4];
        foreach (var suffix in new[] { ".whl", ".tar.gz", ".tar.bz2", ".tgz", ".zip" })
        {
            if (!last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            last = last[..^suffix.Length];
            // A wheel escapes its name, so its first '-' ends it; an sdist's name ends at the '-' before the version.
            var dash = suffix == ".whl" ? last.IndexOf('-') : VersionDash(last);
            if (dash > 0) last = last[..dash];
            break;
        }
        return NameOrNull(last);
    }

    private static int VersionDash(string stem)
    {
        for (var i = stem.Length - 2; i > 0; i--)
            if (stem[i] == '-' && char.IsAsciiDigit(stem[i + 1])) return i;
        return -1;
    }

    private static string? NameOrNull(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? name : null;
}

/// <summary>
/// Which requirements files the package's build installs from: the files <see cref="PackageVenv"/> finds
/// (or, for a template without its rendered file, the <c>.j2</c>) and, followed as pip follows them, their
/// <c>-r</c> includes (not <c>-c</c> constraints). A value of its own, so that editing the requirements
/// in those files changes nothing that only asks which files they are.
/// </summary>
/// <param name="Files">The files the build installs from, as they exist: the first is where additions go.</param>
/// <param name="AllFiles">Those files and every file they include, in pip's order.</param>
public sealed record BuildRequirementFiles(EquatableArray<string> Files, EquatableArray<string> AllFiles)
{
    /// <summary>The requirements files of a package's build.</summary>
    public static BuildRequirementFiles Get(WorkspaceSnapshot snapshot, string root) =>
        snapshot.Query("build-requirement-files", root, static (s, r) =>
        {
            var files = PackageVenv.Get(s, r).ExistingRequirementFiles(s, r)
                .Select(p => s.FileExists(p) ? p : p + ".j2")
                .Distinct()
                .ToImmutableArray();
            var all = new List<string>();
            foreach (var file in files) Collect(s, file, all);
            return new BuildRequirementFiles(new(files), new([.. all]));
        });

    /// <summary>The file new requirements are added to; null when the build installs from none.</summary>
    public string? TargetFile => Files.Count > 0 ? Files[0] : null;

    /// <summary>True when <paramref name="path"/> is one of the files the build installs from, directly or by an include.</summary>
    public bool IsInstalledFrom(string path) => AllFiles.Contains(path);

    private static void Collect(WorkspaceSnapshot snapshot, string path, List<string> all)
    {
        if (all.Contains(path) || snapshot.GetRequirements(path) is not { } file) return;
        all.Add(path);
        foreach (var include in file.Includes.Where(i => !i.IsConstraint))
            if (global::VenvLsp.Rules.Requirements.RequirementsContext.ResolvePath(path, include.Path) is { } target)
                Collect(snapshot, target, all);
    }
}
