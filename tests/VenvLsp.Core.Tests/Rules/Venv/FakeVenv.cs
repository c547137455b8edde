using VenvLsp.Tests.Support;

namespace VenvLsp.Tests.Rules.Venv;

/// <summary>Writes a built venv into an in-memory package the way venv, virtualenv and pip lay one out:
/// <c>pyvenv.cfg</c>, <c>bin/</c> with the interpreter as copies or links, <c>lib64 -&gt; lib</c>,
/// dist-info folders with METADATA, top_level.txt and RECORD.</summary>
public sealed class FakeVenv
{
    private readonly InMemoryFileSystem _files;

    public FakeVenv(InMemoryFileSystem files, string venvPath, string pythonVersion = "3.12.1")
    {
        _files = files;
        Path = venvPath;
        PythonVersion = pythonVersion;
        var minor = string.Join('.', pythonVersion.Split('.')[..2]);
        SitePackages = $"{venvPath}/lib/python{minor}/site-packages";
        _files.AddDirectory(SitePackages);
    }

    public string Path { get; }

    public string PythonVersion { get; }

    public string SitePackages { get; }

    private string Minor => string.Join('.', PythonVersion.Split('.')[..2]);

    /// <summary>The pyvenv.cfg python -m venv writes on 3.11 and later.</summary>
    public FakeVenv Config(bool copies = true, string buildPath = "/lfs/h2/emc/ai/aigfs.v1.0.0/venv")
    {
        _files.Add(Path + "/pyvenv.cfg", $"""
            home = /apps/prod/python/{PythonVersion}/bin
            include-system-site-packages = false
            version = {PythonVersion}
            executable = /apps/prod/python/{PythonVersion}/bin/python{Minor}
            command = /apps/prod/python/{PythonVersion}/bin/python3 -m venv {(copies ? "--copies " : "")}{buildPath}

            """);
        return this;
    }

    /// <summary>The pyvenv.cfg virtualenv writes.</summary>
    public FakeVenv VirtualenvConfig()
    {
        _files.Add(Path + "/pyvenv.cfg", $"""
            home = /apps/prod/python/{PythonVersion}/bin
            implementation = CPython
            version_info = {PythonVersion}.final.0
            virtualenv = 20.26.3
            include-system-site-packages = false
            base-prefix = /apps/prod/python/{PythonVersion}
            base-exec-prefix = /apps/prod/python/{PythonVersion}
            base-executable = /apps/prod/python/{PythonVersion}/bin/python{Minor}

            """);
        return this;
    }

    public FakeVenv Activate(string text)
    {
        _files.Add(Path + "/bin/activate", text);
        return this;
    }

    /// <summary>bin/python* as copies, and the <c>lib64 -&gt; lib</c> link venv makes on 64-bit Linux.</summary>
    public FakeVenv CopiedPython()
    {
        foreach (var name in new[] { "python", "python3", "python" + Minor }) _files.Add($"{Path}/bin/{name}", "\u007fELF");
        return Link("lib64", "lib", directory: true);
    }

    /// <summary>bin/python* as venv makes them without <c>--copies</c>: one absolute link to the base
    /// interpreter and two relative links to it.</summary>
    public FakeVenv LinkedPython(string basePython = "/apps/prod/python/3.12.1/bin/python3.12")
    {
        Link("bin/python" + Minor, basePython);
        Link("bin/python3", "python" + Minor);
        Link("bin/python", "python" + Minor);
        return Link("lib64", "lib", directory: true);
    }

    /// <summary>A symbolic link at <paramref name="relative"/> (inside the venv) to <paramref name="target"/>, as stored.</summary>
    public FakeVenv Link(string relative, string target, bool directory = false)
    {
        var path = $"{Path}/{relative}";
        if (directory) _files.AddDirectory(path);
        else _files.Add(path, "");
        _files.AddLink(path, target);
        return this;
    }

    /// <summary>A wheel install: <c>name-version.dist-info</c> with METADATA (a description body
    /// included), top_level.txt unless <paramref name="topLevel"/> is null, and a RECORD listing
    /// <paramref name="files"/> (default: the top-level packages' <c>__init__.py</c>).</summary>
    public FakeVenv Dist(string name, string version, string[]? topLevel = null, string[]? files = null, bool withTopLevel = true,
        string? directUrl = null)
    {
        var escaped = name.Replace('-', '_').Replace('.', '_');
        var folder = $"{SitePackages}/{escaped}-{version}.dist-info";
        var modules = topLevel ?? [escaped.ToLowerInvariant()];
        _files.Add(folder + "/METADATA", $"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {name}\n\n# {name}\n\nVersion: not a header\n");
        if (withTopLevel) _files.Add(folder + "/top_level.txt", string.Join('\n', modules) + "\n");
        var record = (files ?? modules.Select(m => $"{m}/__init__.py").ToArray())
            .Select(f => $"{f},sha256=abc,12")
            .Append($"{escaped}-{version}.dist-info/METADATA,sha256=def,34")
            .Append($"{escaped}-{version}.dist-info/RECORD,,");
        _files.Add(folder + "/RECORD", string.Join('\n', record) + "\n");
        _files.Add(folder + "/INSTALLER", "pip\n");
        if (directUrl is not null) _files.Add(folder + "/direct_url.json", directUrl);
        return this;
    }

    /// <summary>The tools <c>python -m venv</c> installs by itself.</summary>
    public FakeVenv CreatorTools() =>
        Dist("pip", "24.0", ["pip"]).Dist("setuptools", "69.0.3", ["_distutils_hack", "pkg_resources", "setuptools"]);

    /// <summary>A legacy setuptools install: <c>name-version-pyX.Y.egg-info/</c> with PKG-INFO and installed-files.txt.</summary>
    public FakeVenv EggInfoFolder(string name, string version, string[] installedFiles)
    {
        var folder = $"{SitePackages}/{name}-{version}-py{Minor}.egg-info";
        _files.Add(folder + "/PKG-INFO", $"Metadata-Version: 1.1\nName: {name}\nVersion: {version}\n");
        _files.Add(folder + "/installed-files.txt", string.Join('\n', installedFiles) + "\nPKG-INFO\n");
        return this;
    }

    /// <summary>A distutils install: one <c>name-version-pyX.Y.egg-info</c> file holding PKG-INFO.</summary>
    public FakeVenv EggInfoFile(string name, string version)
    {
        _files.Add($"{SitePackages}/{name}-{version}-py{Minor}.egg-info", $"Metadata-Version: 1.0\nName: {name}\nVersion: {version}\n");
        return this;
    }
}
