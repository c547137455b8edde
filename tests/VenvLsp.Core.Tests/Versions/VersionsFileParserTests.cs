using VenvLsp.Versions;

namespace VenvLsp.Tests.Versions;

public class VersionsFileParserTests
{
    [Fact]
    public void Reads_a_typical_run_ver_without_problems()
    {
        const string text =
            "#!/bin/bash\n" +
            "# versions used at run time\n" +
            "\n" +
            "export python_ver=3.12.0\n" +
            "export lmp_ver=v2.4.0\n" +
            "export envvar_ver=1.0   # trailing comments are fine\n" +
            "  export netcdf_ver=\"4.9.2\"\n" +
            "export prod_util_ver='2.0.14'\n";
        var file = VersionsFileParser.Parse(text);

        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "python_ver", "lmp_ver", "envvar_ver", "netcdf_ver", "prod_util_ver" }, file.Entries.Select(e => e.Name));
        Assert.Equal(new[] { "3.12.0", "v2.4.0", "1.0", "4.9.2", "2.0.14" }, file.Entries.Select(e => e.Value));
        Assert.Equal(new[] { 3, 4, 5, 6, 7 }, file.Entries.Select(e => e.Line));
        Assert.All(file.Entries, e => Assert.True(e.HasExport));
        Assert.Equal(new[] { false, false, false, true, true }, file.Entries.Select(e => e.IsQuoted));
        foreach (var entry in file.Entries)
        {
            Assert.Equal(entry.Name, text.Substring(entry.NameSpan.Start, entry.NameSpan.Length));
            Assert.Equal(entry.Value, text.Substring(entry.ValueSpan.Start, entry.ValueSpan.Length));
        }
        Assert.Equal("python", file.Entries[0].Package);
    }

    [Fact]
    public void Finds_the_value_that_wins()
    {
        var file = VersionsFileParser.Parse("export python_ver=3.11.6\nexport python_ver=3.12.0\n");
        Assert.Equal("3.12.0", file.Find("python_ver")!.Value);
        Assert.Null(file.Find("missing_ver"));
    }

    [Theory]
    [InlineData("python_ver=3.12.0", VersionsProblemKind.MissingExport, "python_ver")]
    [InlineData("export export python_ver=3.12.0", VersionsProblemKind.RepeatedExport, "export")]
    [InlineData("export model=hafs", VersionsProblemKind.NotVersionName, "model")]
    [InlineData("export python_ver=", VersionsProblemKind.EmptyValue, "python_ver")]
    [InlineData("export python_ver=${python_ver:-3.12.0}", VersionsProblemKind.ExpandedValue, "${python_ver:-3.12.0}")]
    [InlineData("export python_ver=$(cat PYVER)", VersionsProblemKind.ExpandedValue, "$(cat PYVER)")]
    [InlineData("export python_ver=\"$PYVER\"", VersionsProblemKind.ExpandedValue, "$PYVER")]
    [InlineData("export a_ver=1 b_ver=2", VersionsProblemKind.SeveralAssignments, "a_ver=1 b_ver=2")]
    [InlineData("export a_ver=1; module load x", VersionsProblemKind.TrailingCommand, "; module load x")]
    [InlineData("export a_ver=1 && echo ok", VersionsProblemKind.TrailingCommand, "&& echo ok")]
    public void Keeps_the_entry_and_reports_an_unusual_line(string line, VersionsProblemKind kind, string squiggled)
    {
        var file = VersionsFileParser.Parse(line + "\n");
        Assert.NotEmpty(file.Entries);
        var problem = Assert.Single(file.Problems, p => p.Kind == kind);
        Assert.Equal(squiggled, line.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Equal(0, problem.Line);
    }

    [Theory]
    [InlineData("export python_ver = 3.12.0", VersionsProblemKind.SpaceAroundEquals, "python_ver = 3.12.0")]
    [InlineData("export python_ver =3.12.0", VersionsProblemKind.SpaceAroundEquals, "python_ver =3.12.0")]
    [InlineData("export python_ver= 3.12.0", VersionsProblemKind.SpaceAroundEquals, "python_ver= 3.12.0")]
    [InlineData("python_ver = 3.12.0", VersionsProblemKind.SpaceAroundEquals, "python_ver = 3.12.0")]
    [InlineData("export 1python_ver=3", VersionsProblemKind.InvalidName, "1python_ver")]
    [InlineData("export py-ver=3", VersionsProblemKind.InvalidName, "py-ver")]
    [InlineData("export python_ver", VersionsProblemKind.MissingValue, "python_ver")]
    [InlineData("export python_ver=\"3.12.0", VersionsProblemKind.UnterminatedQuote, "\"3.12.0")]
    [InlineData("module load python/3.12.0", VersionsProblemKind.NotAnAssignment, "module load python/3.12.0")]
    [InlineData("  set -x   ", VersionsProblemKind.NotAnAssignment, "set -x")]
    [InlineData("python_ver=3.12.0 ./build.sh", VersionsProblemKind.NotAnAssignment, "python_ver=3.12.0 ./build.sh")]
    [InlineData("export", VersionsProblemKind.NotAnAssignment, "export")]
    [InlineData("if [ -z \"$x\" ]; then", VersionsProblemKind.NotAnAssignment, "if [ -z \"$x\" ]; then")]
    [InlineData("> out.txt", VersionsProblemKind.NotAnAssignment, "> out.txt")]
    public void Reports_a_line_that_sets_no_version(string line, VersionsProblemKind kind, string squiggled)
    {
        var file = VersionsFileParser.Parse(line);
        Assert.Empty(file.Entries);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(squiggled, line.Substring(problem.Span.Start, problem.Span.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment")]
    [InlineData("   # indented comment")]
    [InlineData("#!/bin/bash")]
    [InlineData("export python_ver=3.12.0 # newest")]
    [InlineData("export python_ver=3.12.0#not-a-comment")]
    [InlineData("export python_ver=\"3.12.0\"")]
    [InlineData("export python_ver='3.12.0'")]
    [InlineData("export python_ver=3.12.0\t")]
    [InlineData("\texport python_ver=3.12.0")]
    public void Does_not_report_plain_lines(string text) => Assert.Empty(VersionsFileParser.Parse(text).Problems);

    [Fact]
    public void Keeps_a_bare_non_version_assignment_with_both_problems()
    {
        var file = VersionsFileParser.Parse("model=hafs\n");
        var entry = Assert.Single(file.Entries);
        Assert.False(entry.HasExport);
        Assert.Null(entry.Package);
        Assert.Equal(new[] { VersionsProblemKind.MissingExport, VersionsProblemKind.NotVersionName }, file.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Reads_a_hash_inside_a_word_as_part_of_the_value()
    {
        Assert.Equal("3.12.0#not-a-comment", VersionsFileParser.Parse("export python_ver=3.12.0#not-a-comment").Entries[0].Value);
    }

    [Fact]
    public void Reports_a_name_set_twice_on_the_later_line()
    {
        const string text = "export python_ver=3.11.6\nexport lmp_ver=v2.4.0\nexport python_ver=3.12.0\n";
        var file = VersionsFileParser.Parse(text);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(VersionsProblemKind.DuplicateName, problem.Kind);
        Assert.Equal(2, problem.Line);
        Assert.Contains("first on line 1", problem.Message);
        Assert.Equal(3, file.Entries.Length);
    }

    [Fact]
    public void Reports_crlf_once_and_gives_values_without_the_carriage_return()
    {
        var file = VersionsFileParser.Parse("export python_ver=3.12.0\r\nexport lmp_ver=v2.4.0\r\n");
        var problem = Assert.Single(file.Problems);
        Assert.Equal(VersionsProblemKind.CarriageReturn, problem.Kind);
        Assert.Equal(24, problem.Span.Start);
        Assert.Equal(new[] { "3.12.0", "v2.4.0" }, file.Entries.Select(e => e.Value));
        Assert.Equal(new[] { 0, 1 }, file.Entries.Select(e => e.Line));
    }

    [Fact]
    public void Unquotes_values_as_bash_does()
    {
        var file = VersionsFileParser.Parse("export a_ver=\"3\"'.1'2\nexport b_ver=3\\.0\nexport c_ver=\"x\\\"y\"\n");
        Assert.Equal(new[] { "3.12", "3.0", "x\"y" }, file.Entries.Select(e => e.Value));
        Assert.All(file.Entries, e => Assert.True(e.IsQuoted));
        Assert.Empty(file.Problems);
    }

    [Theory]
    [InlineData("export \"python_ver=3.12.0\"")]
    [InlineData("export 'python_ver=3.12.0'")]
    public void Reads_an_assignment_quoted_as_a_whole_as_export_does(string line)
    {
        var file = VersionsFileParser.Parse(line);
        Assert.Empty(file.Problems);
        var entry = Assert.Single(file.Entries);
        Assert.Equal("python_ver", entry.Name);
        Assert.Equal("3.12.0", entry.Value);
        Assert.Equal("python_ver", line.Substring(entry.NameSpan.Start, entry.NameSpan.Length));
        Assert.Equal("3.12.0", line.Substring(entry.ValueSpan.Start, entry.ValueSpan.Length));
        Assert.True(entry.IsQuoted);
    }

    [Fact]
    public void Does_not_take_a_quoted_assignment_without_export_for_one()
    {
        var file = VersionsFileParser.Parse("\"python_ver=3.12.0\"");
        Assert.Empty(file.Entries);
        Assert.Equal(VersionsProblemKind.NotAnAssignment, Assert.Single(file.Problems).Kind);
    }

    [Fact]
    public void Keeps_the_whole_expansion_with_spaces_in_one_value()
    {
        var entry = Assert.Single(VersionsFileParser.Parse("export a_ver=${A:-1 2}").Entries);
        Assert.Equal("${A:-1 2}", entry.Value);
        Assert.True(entry.HasExpansion);
    }

    [Theory]
    [InlineData("v2.4.0", true)]
    [InlineData("v1", true)]
    [InlineData("2.4.0", false)]
    [InlineData("v", false)]
    [InlineData("version2", false)]
    [InlineData("", false)]
    public void Knows_a_package_version_by_its_v(string value, bool expected) =>
        Assert.Equal(expected, VersionsFile.IsPackageVersion(value));

    [Theory]
    [InlineData("3.12.0", true)]
    [InlineData("2024.02", true)]
    [InlineData("v3.12.0", false)]
    [InlineData("", false)]
    public void Knows_a_module_version_by_its_leading_digit(string value, bool expected) =>
        Assert.Equal(expected, VersionsFile.IsModuleVersion(value));
}
