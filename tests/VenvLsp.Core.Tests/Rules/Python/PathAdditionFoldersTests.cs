using CsCheck;
using VenvLsp.Python;
using VenvLsp.Rules.Python;
using VenvLsp.Rules.Venv;

namespace VenvLsp.Tests.Rules.Python;

public class PathAdditionFoldersTests
{
    private const string Root = "/repo/aigfs.v1.0.0";
    private const string File = Root + "/ush/tools/run.py";

    private static List<string> Folders(string source) =>
        [.. PathAdditionFolders.Resolve(Assert.Single(PythonImportScanner.Scan(source).PathAdditions), File, Root)];

    [Theory]
    [InlineData("sys.path.append(os.path.join(os.path.dirname(__file__), '..', 'lib'))", Root + "/ush/lib")]
    [InlineData("sys.path.insert(0, str(Path(__file__).resolve().parent / 'vendor'))", Root + "/ush/tools/vendor")]
    [InlineData("sys.path.append(os.path.dirname(os.path.dirname(__file__)))", Root + "/ush")]
    [InlineData("sys.path.append(os.path.join(os.environ['HOMEaigfs'], 'ush', 'python'))", Root + "/ush/python")]
    [InlineData("sys.path.append(os.getenv('HOMEaigfs') + '/ush/python')", Root + "/ush/python")]
    [InlineData("sys.path.append('/apps/ops/prod/libs/python')", "/apps/ops/prod/libs/python")]
    [InlineData("sys.path.append('lib')", Root + "/lib")]
    [InlineData("sys.path.extend(['parm', 'fix'])", Root + "/ush/tools/fix")]
    [InlineData("os.environ['PYTHONPATH'] = os.path.join(here, 'lib') + ':' + os.environ.get('PYTHONPATH', '')", Root + "/ush/tools/lib")]
    public void Works_out_the_folders_an_addition_may_add(string source, string expected)
    {
        Assert.Contains(expected, Folders(source));
    }

    [Theory]
    [InlineData("sys.path.append(sys.argv[1])")]
    [InlineData("sys.path.append(os.environ['PYTHONPATH'])")]
    public void Gives_nothing_when_the_addition_has_nothing_to_go_on(string source)
    {
        Assert.Empty(Folders(source));
    }

    [Fact]
    public void Never_throws_on_arbitrary_pieces()
    {
        Gen.String.Array[0, 6].Select(Gen.Bool, Gen.Bool).Sample((pieces, literal, file) =>
        {
            var addition = new PathAddition(PathAdditionKind.SysPathAppend, default, default, [.. pieces], literal, file);
            _ = PathAdditionFolders.Resolve(addition, File, Root).ToList();
        }, iter: 2000);
    }
}

public class DirectReferenceNameTests
{
    [Theory]
    [InlineData("git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8", "earth2mip")]
    [InlineData("git+https://github.com/NVIDIA/earth2mip.git@3d1b4e8#egg=earth2mip_core", "earth2mip_core")]
    [InlineData("./sorc/aigfs_utils", "aigfs_utils")]
    [InlineData("./sorc/aigfs_utils/", "aigfs_utils")]
    [InlineData("wheels/torch_harmonics-0.6.5-py3-none-any.whl", "torch_harmonics")]
    [InlineData("https://host/dist/ai-models-0.4.tar.gz", "ai-models")]
    [InlineData("file:///repo/aigfs.v1.0.0/sorc/mylib", "mylib")]
    public void Guesses_the_distribution_of_a_nameless_reference(string reference, string expected)
    {
        Assert.Equal(expected, BuildRequirements.GuessName(reference));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("./")]
    [InlineData("")]
    [InlineData("../")]
    public void Gives_no_name_when_there_is_none(string reference)
    {
        Assert.Null(BuildRequirements.GuessName(reference));
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        Gen.String.Sample(text => { _ = BuildRequirements.GuessName(text); }, iter: 5000);
    }
}
