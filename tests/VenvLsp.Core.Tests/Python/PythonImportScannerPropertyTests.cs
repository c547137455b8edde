using CsCheck;
using VenvLsp.Python;
using VenvLsp.Text;

namespace VenvLsp.Tests.Python;

public class PythonImportScannerPropertyTests
{
    private static readonly Gen<string> Source = PropertyGenerators.TextFrom(
        "import ", "from ", " import ", "as ", ".", "..", ",", ";", ":", "(", ")", "[", "]", "{", "}", "\\\n", "\n", "\r\n", "\r",
        "    ", "\t", "#", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "u'", "{{", "}}", "!r", "=",
        "try:", "except ImportError:", "except:", "if x:", "else:", "elif y:", "def f():", "class A:", "with suppress(ImportError):",
        "importlib.import_module(", "__import__(", "'yaml'", "sys.path.append(", "sys.path.insert(0, ", "os.environ['PYTHONPATH'] = ",
        "os.path.join(", "__file__", "lambda", "match x:", "case 1:", "TYPE_CHECKING", "a", "b.c", "numpy", "print \"x\"");

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        Source.Sample(text =>
        {
            var scan = PythonImportScanner.Scan(text);
            foreach (var import in scan.Imports)
            {
                AssertInside(text, import.ModuleSpan);
                AssertInside(text, import.StatementSpan);
                Assert.True(import.StatementSpan.Contains(import.ModuleSpan));
                foreach (var name in import.Names) AssertInside(text, name.Span);
            }
            foreach (var path in scan.PathAdditions)
            {
                AssertInside(text, path.Span);
                AssertInside(text, path.ArgumentSpan);
            }
            foreach (var error in scan.Errors) AssertInside(text, error.Span);
        }, iter: 3000);
    }

    [Fact]
    public void Finds_an_import_after_any_number_of_complete_lines()
    {
        // Whatever complete, closed lines come first, an import at column 0 after them is found.
        var line = Gen.OneOfConst("x = 1", "s = 'import a'", "# import b", "t = f\"{y!r:>{w}}\"", "d = {'k': [1, (2, 3)]}",
            "u = '''\nimport c\n'''", "def f():\n    return 1", "print \"x\"", "");
        line.Array[0, 30].Sample(lines =>
        {
            var text = string.Join("\n", lines) + "\nimport wanted\n";
            var imports = PythonImportScanner.Scan(text).Imports;
            Assert.Equal("wanted", Assert.Single(imports).ModuleName);
            Assert.Equal(PythonImportFlags.None, imports[0].Flags);
        }, iter: 500);
    }

    [Fact]
    public void Scans_deeply_nested_and_very_long_input()
    {
        foreach (var text in new[]
                 {
                     new string('(', 100_000), new string('[', 50_000) + "import a", string.Concat(Enumerable.Repeat("f\"{", 20_000)),
                     string.Concat(Enumerable.Repeat("f'{f\"{", 5_000)), new string('x', 200_000), "\"\"\"" + new string('\n', 50_000),
                     string.Concat(Enumerable.Repeat("    if x:\n", 5_000)) + "import a",
                     string.Concat(Enumerable.Repeat("sys.path.append(", 20_000)) + "'x'" + new string(')', 20_000),
                     string.Concat(Enumerable.Repeat("__import__(", 20_000)) + "'x'" + new string(')', 20_000),
                 })
        {
            var scan = PythonImportScanner.Scan(text);
            foreach (var error in scan.Errors) AssertInside(text, error.Span);
        }
    }

    private static void AssertInside(string text, TextSpan span)
    {
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{span} outside a text of {text.Length}");
    }
}
