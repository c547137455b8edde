using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class PathAdditionTests
{
    [Theory]
    [InlineData("sys.path.append('/opt/lib')", PathAdditionKind.SysPathAppend, "/opt/lib", true)]
    [InlineData("sys.path.insert(0, \"../ush\")", PathAdditionKind.SysPathInsert, "../ush", true)]
    [InlineData("sys.path.extend(['a', 'b'])", PathAdditionKind.SysPathExtend, "a|b", false)]
    [InlineData("sys.path += ['lib']", PathAdditionKind.SysPathAugmentedAssignment, "lib", false)]
    [InlineData("site.addsitedir('vendor')", PathAdditionKind.SiteAddSiteDir, "vendor", true)]
    [InlineData("os.environ['PYTHONPATH'] = '/pkg/ush'", PathAdditionKind.PythonPathEnvironment, "/pkg/ush", true)]
    [InlineData("os.environ[\"PYTHONPATH\"] += os.pathsep + 'x'", PathAdditionKind.PythonPathEnvironment, "x", false)]
    [InlineData("environ['PYTHONPATH'] = 'y'", PathAdditionKind.PythonPathEnvironment, "y", true)]
    [InlineData("os.environ.setdefault('PYTHONPATH', 'z')", PathAdditionKind.PythonPathEnvironment, "z", true)]
    [InlineData("os.putenv('PYTHONPATH', 'w')", PathAdditionKind.PythonPathEnvironment, "w", true)]
    [InlineData("sys.path.append('/a' '/b')", PathAdditionKind.SysPathAppend, "/a/b", true)]
    [InlineData("sys.path.append(r'C:\\x')", PathAdditionKind.SysPathAppend, "C:\\x", true)]
    [InlineData("sys.path.append('a\\tb')", PathAdditionKind.SysPathAppend, "a\tb", true)]
    public void Reports_search_path_additions(string source, PathAdditionKind kind, string pieces, bool literal)
    {
        var addition = Assert.Single(PythonImportScanner.Scan(source).PathAdditions);
        Assert.Equal(kind, addition.Kind);
        Assert.Equal(pieces, string.Join('|', addition.LiteralPieces));
        Assert.Equal(literal, addition.IsLiteral);
    }

    [Fact]
    public void Reports_the_literal_pieces_of_a_joined_path_relative_to_the_script()
    {
        const string source = "import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))\n";
        var addition = Assert.Single(PythonImportScanner.Scan(source).PathAdditions);
        Assert.Equal<string>(["..", "lib"], addition.LiteralPieces);
        Assert.False(addition.IsLiteral);
        Assert.True(addition.ReferencesFile);
        Assert.Equal("os.path.join(os.path.dirname(__file__), '..', 'lib')", source.Substring(addition.ArgumentSpan.Start, addition.ArgumentSpan.Length));
        Assert.StartsWith("sys.path.insert(0,", source.Substring(addition.Span.Start, addition.Span.Length));
    }

    [Fact]
    public void Reads_pathlib_expressions_and_additions_inside_functions()
    {
        const string source = "def setup():\n    sys.path.append(str(Path(__file__).parent / 'ush'))\n";
        var addition = Assert.Single(PythonImportScanner.Scan(source).PathAdditions);
        Assert.Equal<string>(["ush"], addition.LiteralPieces);
        Assert.True(addition.ReferencesFile);
    }

    [Theory]
    [InlineData("os.environ['HOME'] = '/x'")]
    [InlineData("x = os.environ['PYTHONPATH']")]
    [InlineData("if os.environ['PYTHONPATH'] == 'x': pass")]
    [InlineData("my.sys.path.append('x')")]
    [InlineData("print(sys.path)")]
    [InlineData("s = \"sys.path.append('x')\"")]
    [InlineData("# sys.path.append('x')")]
    [InlineData("sys.path.append()")]
    public void Does_not_report_what_does_not_add_to_the_search_path(string source) =>
        Assert.Empty(PythonImportScanner.Scan(source).PathAdditions);
}
