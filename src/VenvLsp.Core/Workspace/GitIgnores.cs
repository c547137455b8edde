using System.Collections.Immutable;
using VenvLsp.Ignore;

namespace VenvLsp.Workspace;

/// <summary>The <c>.gitignore</c> files in force in a folder of a scan (the repository's
/// <c>.git/info/exclude</c>, then each folder's file from the repository root down), as a matcher.</summary>
internal sealed class GitIgnores
{
    private readonly string _repository;
    private readonly ImmutableArray<GitIgnoreFile> _files;
    private readonly IgnoreMatcher? _matcher;

    private GitIgnores(string repository, ImmutableArray<GitIgnoreFile> files)
    {
        _repository = repository;
        _files = files;
        _matcher = files.IsEmpty ? null : new IgnoreMatcher(files);
    }

    /// <summary>The files that apply in <paramref name="directory"/> from the folders above it (not its own).</summary>
    public static GitIgnores Above(IFileSystem files, string repository, string directory)
    {
        var found = ImmutableArray.CreateBuilder<GitIgnoreFile>();
        if (files.Read(repository + "/.git/info/exclude") is { Text: { } exclude }) found.Add(GitIgnoreFile.Parse(exclude.Content, "", repository + "/.git/info/exclude"));
        var above = PathUtil.Ancestors(PathUtil.Directory(directory)).TakeWhile(d => PathUtil.IsUnder(d, repository)).Reverse();
        var result = new GitIgnores(repository, found.ToImmutable());
        foreach (var folder in above) result = result.With(files, folder);
        return result;
    }

    /// <summary>These files and the <c>.gitignore</c> of <paramref name="directory"/>, if it has one.</summary>
    public GitIgnores With(IFileSystem files, string directory)
    {
        if (!PathUtil.IsUnder(directory, _repository)) return this;
        var path = directory == "/" ? "/.gitignore" : directory + "/.gitignore";
        if (files.Read(path) is not { Text: { } text, Problem: null }) return this;
        var relative = PathUtil.Relative(_repository, directory);
        return new GitIgnores(_repository, _files.Add(GitIgnoreFile.Parse(text.Content, relative == "." ? "" : relative, path)));
    }

    public bool IsIgnored(string path, bool isDirectory) =>
        _matcher is not null && PathUtil.IsUnder(path, _repository) && path != _repository &&
        _matcher.IsIgnored(PathUtil.Relative(_repository, path), isDirectory);
}
