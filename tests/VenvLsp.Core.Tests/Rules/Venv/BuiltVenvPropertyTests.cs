using CsCheck;
using VenvLsp.Rules;
using VenvLsp.Rules.Venv;
using VenvLsp.Tests.Python;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Rules.Venv;

/// <summary>A built venv is data the package does not control: whatever its files hold, reading it and
/// the rules on it never throw, and every finding lies inside the document it is reported in.</summary>
public class BuiltVenvPropertyTests
{
    private static readonly Gen<string> Garbage = PropertyGenerators.TextFrom(
        "Name: ", "Version: ", "\n", "\n\n", "\r\n", ",", "\"", "sha256=", "=", "home", "version = 3.12.1", "command = ",
        "-m venv", "--copies", "VIRTUAL_ENV=", "export ", "$(", "'", "{\"url\": \"file:///", "}", "../", "/", ".py", "__init__");

    [Fact]
    public void Reading_a_venv_of_arbitrary_files_never_throws()
    {
        Gen.Select(Garbage, Garbage, Garbage, Garbage).Select(Garbage, Garbage, Gen.String)
            .Sample((files, record, directUrl, folderName) =>
            {
                var (config, activate, metadata, topLevel) = files;
                var fixture = VenvPackage.Create();
                var venv = new FakeVenv(fixture.Files, VenvPackage.VenvPath);
                fixture.Files.Add(venv.Path + "/pyvenv.cfg", config).Add(venv.Path + "/bin/activate", activate);
                var folder = $"{venv.SitePackages}/{folderName.Replace('/', '_')}x-1.dist-info";
                fixture.Files.Add(folder + "/METADATA", metadata).Add(folder + "/top_level.txt", topLevel)
                    .Add(folder + "/RECORD", record).Add(folder + "/direct_url.json", directUrl);
                fixture.Files.Add($"{venv.SitePackages}/other-2.dist-info/RECORD", record);
                _ = BuiltVenv.Get(new WorkspaceSnapshot(fixture.Files), PackageFixture.Root);
            }, iter: 300);
    }

    [Fact]
    public void Import_checks_on_arbitrary_python_never_throw_and_report_inside_the_file()
    {
        var fixture = VenvPackage.Create();
        VenvPackage.GoodVenv(fixture);
        PropertyGenerators.TextFrom("import ", "from ", " import ", "yaml", "requests", ".", ",", "(", ")", "\\\n", "\n", "    ",
                "try:", "except ImportError:", "if TYPE_CHECKING:", "sys.path.append(", "__file__", "'..'", "\"", "#", "as ")
            .Sample(source =>
            {
                fixture.With("ush/run.py", source);
                foreach (var diagnostic in VenvPackage.Findings(fixture, RuleIds.ImportNotProvided, "ush/run.py"))
                    Assert.True(diagnostic.Location.Span.End <= source.Length);
            }, iter: 200);
    }
}
