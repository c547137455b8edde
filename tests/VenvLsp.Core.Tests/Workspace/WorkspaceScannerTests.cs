using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Workspace;

public class WorkspaceScannerTests
{
    private static List<string> Scan(InMemoryFileSystem files, params string[] roots) =>
        new WorkspaceScanner(new WorkspaceSnapshot(files)).Scan(roots).Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();

    private static InMemoryFileSystem Tree() => new InMemoryFileSystem()
        .AddDirectory("/repo/.git")
        .Add("/repo/pkg.v1.0.0/requirements.txt", "numpy\n")
        .Add("/repo/pkg.v1.0.0/sorc/build_venv.sh", "#!/bin/bash\n")
        .Add("/repo/pkg.v1.0.0/jobs/JPKG", "#!/bin/bash\n")
        .Add("/repo/pkg.v1.0.0/venv/bin/activate", "VIRTUAL_ENV=x\n")
        .Add("/repo/pkg.v1.0.0/venv/lib/python3.12/site-packages/x/requirements.txt", "y\n")
        .Add("/repo/node_modules/a/requirements.txt", "z\n")
        .Add("/repo/build/tmp/requirements.txt", "z\n")
        .Add("/repo/other/env/pyvenv.cfg", "home = /usr\n")
        .Add("/repo/other/env/bin/run.sh", "#!/bin/bash\n");

    [Fact]
    public void Finds_package_files_and_skips_built_venvs_and_tool_folders()
    {
        Assert.Equal(
            ["/repo/build/tmp/requirements.txt", "/repo/pkg.v1.0.0/jobs/JPKG", "/repo/pkg.v1.0.0/requirements.txt", "/repo/pkg.v1.0.0/sorc/build_venv.sh"],
            Scan(Tree(), "/repo"));
    }

    [Fact]
    public void Honours_gitignore_files_of_the_repository_and_below()
    {
        var files = Tree().Add("/repo/.gitignore", "build/\n").Add("/repo/pkg.v1.0.0/.gitignore", "sorc/*.sh\n!sorc/build_venv.sh\njobs/\n");
        string[] expected = ["/repo/.gitignore", "/repo/pkg.v1.0.0/.gitignore", "/repo/pkg.v1.0.0/requirements.txt", "/repo/pkg.v1.0.0/sorc/build_venv.sh"];
        Assert.Equal(expected, Scan(files, "/repo"));
    }

    [Fact]
    public void Honours_the_gitignore_above_a_scanned_folder()
    {
        var files = Tree().Add("/repo/.gitignore", "jobs/\n");
        Assert.DoesNotContain("/repo/pkg.v1.0.0/jobs/JPKG", Scan(files, "/repo/pkg.v1.0.0"));
    }

    [Fact]
    public void Scans_a_file_named_on_the_command_line_even_when_ignored()
    {
        var files = Tree().Add("/repo/.gitignore", "build/\n");
        Assert.Equal(["/repo/build/tmp/requirements.txt"], Scan(files, "/repo/build/tmp/requirements.txt"));
    }

    [Fact]
    public void Honours_exclude_globs_from_the_configuration()
    {
        var files = Tree().Add("/repo/venvlsp.json", """{ "exclude": ["build/**", "pkg.v1.0.0/jobs"] }""");
        var scanned = Scan(files, "/repo");
        Assert.DoesNotContain("/repo/build/tmp/requirements.txt", scanned);
        Assert.DoesNotContain("/repo/pkg.v1.0.0/jobs/JPKG", scanned);
        Assert.Contains("/repo/pkg.v1.0.0/requirements.txt", scanned);
    }

    [Fact]
    public void Never_follows_a_link_to_a_folder()
    {
        var files = Tree().AddDirectory("/repo/pkg.v1.0.0/loop").AddLink("/repo/pkg.v1.0.0/loop", "/repo");
        Assert.DoesNotContain(Scan(files, "/repo"), p => p.Contains("/loop/", StringComparison.Ordinal));
    }

    [Fact]
    public void Says_when_a_path_does_not_exist()
    {
        var result = new WorkspaceScanner(new WorkspaceSnapshot(Tree())).Scan(["/repo/nowhere"]);
        Assert.Contains("/repo/nowhere: no such file or directory", result.Notices);
    }
}
