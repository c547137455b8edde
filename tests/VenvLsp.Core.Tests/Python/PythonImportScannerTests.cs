using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class PythonImportScannerTests
{
    /// <summary>Module names found, as "name" or "name as alias" or "..name: a, b".</summary>
    private static string Describe(string source)
    {
        var scan = PythonImportScanner.Scan(source);
        return string.Join(" | ", scan.Imports.Select(Describe));
    }

    private static string Describe(PythonImport import)
    {
        var text = new string('.', import.RelativeLevel) + import.ModuleName;
        if (import.Alias is not null) text += " as " + import.Alias;
        if (!import.Names.IsEmpty)
            text += ": " + string.Join(", ", import.Names.Select(n => n.Alias is null ? n.Name : $"{n.Name} as {n.Alias}"));
        return text;
    }

    [Theory]
    [InlineData("import os", "os")]
    [InlineData("import a.b as c", "a.b as c")]
    [InlineData("import a.b as c, d", "a.b as c | d")]
    [InlineData("import numpy as np, xarray as xr\n", "numpy as np | xarray as xr")]
    [InlineData("from a import b", "a: b")]
    [InlineData("from a.b import c as d, e", "a.b: c as d, e")]
    [InlineData("from a import (b,\n c)", "a: b, c")]
    [InlineData("from a import (\n    b,\n    c,\n)\n", "a: b, c")]
    [InlineData("from a import *", "a: *")]
    [InlineData("from . import x", ".: x")]
    [InlineData("from .. import x, y", "..: x, y")]
    [InlineData("from ..a import b", "..a: b")]
    [InlineData("from ...a.b import c", "...a.b: c")]
    [InlineData("from .a import (b as c)", ".a: b as c")]
    [InlineData("import a \\\n    .b", "a.b")]
    [InlineData("import a, \\\n  b", "a | b")]
    [InlineData("from a \\\n import \\\n b", "a: b")]
    [InlineData("import a; import b", "a | b")]
    [InlineData("x = 1; from a import b; y = 2", "a: b")]
    [InlineData("import os.path\nimport sys\n", "os.path | sys")]
    [InlineData("\timport a\n", "a")]
    [InlineData("import a\r\nimport b\r\n", "a | b")]
    [InlineData("import a\rimport b\r", "a | b")]
    [InlineData("\uFEFFimport a", "a")]
    public void Reads_every_import_form(string source, string expected) =>
        Assert.Equal(expected, Describe(source));

    [Theory]
    [InlineData("# import a\nimport b", "b")]
    [InlineData("x = 1  # import a\n", "")]
    [InlineData("s = 'import a'\n", "")]
    [InlineData("s = \"from a import b\"\n", "")]
    [InlineData("\"\"\"Docstring.\n\nimport a\nfrom b import c\n\"\"\"\nimport d\n", "d")]
    [InlineData("'''\nimport a\n'''\nimport d\n", "d")]
    [InlineData("s = r'\\'; import a'\nimport d", "d")]
    [InlineData("s = 'it\\'s; import a'\nimport d", "d")]
    [InlineData("s = b'import a'; import d", "d")]
    [InlineData("s = f'{x}' 'import a'\nimport d", "d")]
    [InlineData("s = f\"{'import a'}\"\nimport d", "d")]
    [InlineData("s = f\"{x[\"import a\"]}\"\nimport d", "d")]
    [InlineData("s = f'{{import a}}'\nimport d", "d")]
    [InlineData("s = f'''{\nf\"{'import a'}\"\n}'''\nimport d", "d")]
    [InlineData("s = f'{x:>{width}} import a'\nimport d", "d")]
    [InlineData("s = rb'import a'; s2 = Rb\"import a\"; s3 = BR'import a'\nimport d", "d")]
    [InlineData("s = u'import a'; s2 = ur'import a'\nimport d", "d")]
    [InlineData("s = 'abc\\\nimport a'\nimport d", "d")]
    [InlineData("x = (1,\n# import a\n2)\nimport d", "d")]
    [InlineData("s = fr'\\{{\\}}' + 'import a'\nimport d", "d")]
    [InlineData("s = f'\\{6*7}'; t = 'import a'\nimport d", "d")]
    [InlineData("s = f'\\N{EM DASH} {x}'; t = 'import a'\nimport d", "d")]
    public void Ignores_imports_inside_strings_and_comments(string source, string expected) =>
        Assert.Equal(expected, Describe(source));

    [Fact]
    public void Reports_spans_of_module_and_statement()
    {
        const string source = "x = 1\nimport a.b as c, d\nfrom ..e import (f,\n  g)\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal(3, scan.Imports.Length);
        var ab = scan.Imports[0];
        Assert.Equal("a.b", Slice(source, ab.ModuleSpan));
        Assert.Equal("import a.b as c, d", Slice(source, ab.StatementSpan));
        Assert.Equal("a", ab.TopLevelName);
        Assert.Equal("d", Slice(source, scan.Imports[1].ModuleSpan));
        var e = scan.Imports[2];
        Assert.Equal("e", Slice(source, e.ModuleSpan));
        Assert.Equal(2, e.RelativeLevel);
        Assert.Equal("", e.TopLevelName);
        Assert.Equal("from ..e import (f,\n  g)", Slice(source, e.StatementSpan));
        Assert.Equal("g", Slice(source, e.Names[1].Span));
    }

    [Fact]
    public void Spans_the_dots_of_a_relative_import_without_a_module()
    {
        const string source = "from .. import x";
        var import = Assert.Single(PythonImportScanner.Scan(source).Imports);
        Assert.Equal("..", Slice(source, import.ModuleSpan));
        Assert.Equal("", import.ModuleName);
    }

    [Fact]
    public void Flags_future_imports()
    {
        var imports = PythonImportScanner.Scan("from __future__ import annotations\nimport os\n").Imports;
        Assert.True(imports[0].IsFuture);
        Assert.False(imports[1].IsFuture);
    }

    [Theory]
    [InlineData("try:\n    import ujson\nexcept ImportError:\n    ujson = None\n", true)]
    [InlineData("try:\n    import ujson\nexcept ModuleNotFoundError as e:\n    pass\n", true)]
    [InlineData("try:\n    import ujson\nexcept (OSError, ImportError):\n    pass\n", true)]
    [InlineData("try:\n    import ujson\nexcept:\n    pass\n", true)]
    [InlineData("try:\n    import ujson\nexcept Exception:\n    pass\n", true)]
    [InlineData("try:\n    import ujson\nexcept ValueError:\n    pass\nexcept ImportError:\n    pass\n", true)]
    [InlineData("try: import ujson\nexcept ImportError: pass\n", true)]
    [InlineData("try:\n    if x:\n        import ujson\nexcept ImportError:\n    pass\n", true)]
    [InlineData("try:\n    import ujson\nexcept ValueError:\n    pass\n", false)]
    [InlineData("try:\n    import ujson\nfinally:\n    pass\n", false)]
    [InlineData("try:\n    pass\nexcept ImportError:\n    pass\nelse:\n    import ujson\n", false)]
    [InlineData("try:\n    pass\nexcept ImportError:\n    pass\nimport ujson\n", false)]
    [InlineData("with contextlib.suppress(ImportError):\n    import ujson\n", true)]
    [InlineData("with suppress(OSError):\n    import ujson\n", false)]
    [InlineData("import ujson\n", false)]
    public void Flags_imports_guarded_against_import_errors_as_optional(string source, bool optional)
    {
        var import = Assert.Single(PythonImportScanner.Scan(source).Imports);
        Assert.Equal("ujson", import.ModuleName);
        Assert.Equal(optional, import.IsOptional);
    }

    [Fact]
    public void Flags_the_fallback_in_an_import_error_handler_but_does_not_call_it_optional()
    {
        const string source = "try:\n    import simplejson as json\nexcept ImportError:\n    import json\n";
        var imports = PythonImportScanner.Scan(source).Imports;
        Assert.True(imports[0].IsOptional);
        Assert.False(imports[1].IsOptional);
        Assert.True(imports[1].IsInExceptHandler);
    }

    [Fact]
    public void Keeps_nested_try_statements_apart()
    {
        const string source = """
            try:
                try:
                    import inner
                except ValueError:
                    pass
                import outer
            except ImportError:
                pass
            try:
                import other
            except KeyError:
                pass
            """;
        var imports = PythonImportScanner.Scan(source).Imports;
        Assert.Equal(["inner", "outer", "other"], imports.Select(i => i.ModuleName));
        Assert.Equal([true, true, false], imports.Select(i => i.IsOptional));
    }

    [Theory]
    [InlineData("if sys.version_info < (3, 11):\n    import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("if x:\n    pass\nelse:\n    import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("if x:\n    pass\nelif y:\n    import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("if x: import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("def f():\n    import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("async def f():\n    import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("def f(): import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("class A:\n    def m(self):\n        import tomli\n", PythonImportFlags.InFunction | PythonImportFlags.InClass)]
    [InlineData("class A:\n    import tomli\n", PythonImportFlags.InClass)]
    [InlineData("@decorator\ndef f(a=lambda: 1) -> int:\n    import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("def f(\n    a: int,\n    b: str = ':',\n):\n    import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("if TYPE_CHECKING:\n    import tomli\n", PythonImportFlags.Conditional | PythonImportFlags.TypeCheckingOnly)]
    [InlineData("if typing.TYPE_CHECKING:\n    import tomli\n", PythonImportFlags.Conditional | PythonImportFlags.TypeCheckingOnly)]
    [InlineData("if TYPE_CHECKING:\n    pass\nelse:\n    import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("for x in y:\n    import tomli\n", PythonImportFlags.None)]
    [InlineData("match x:\n    case 1:\n        import tomli\n", PythonImportFlags.Conditional)]
    [InlineData("def f():\n    pass\nimport tomli\n", PythonImportFlags.None)]
    [InlineData("def f():\n    x = 1\n\n\n# comment\n    \nimport tomli\n", PythonImportFlags.None)]
    [InlineData("if x:\n\tif y:\n\t\tpass\nimport tomli\n", PythonImportFlags.None)]
    [InlineData("def f():\n    s = '''\nnot indented\n'''\n    import tomli\n", PythonImportFlags.InFunction)]
    [InlineData("match = 1\nimport tomli\n", PythonImportFlags.None)]
    public void Flags_where_an_import_stands(string source, PythonImportFlags flags)
    {
        var import = Assert.Single(PythonImportScanner.Scan(source).Imports);
        Assert.Equal("tomli", import.ModuleName);
        Assert.Equal(flags, import.Flags);
    }

    [Theory]
    [InlineData("m = importlib.import_module(\"yaml\")", "yaml", 0)]
    [InlineData("m = import_module('netCDF4')", "netCDF4", 0)]
    [InlineData("m = __import__('a.b')", "a.b", 0)]
    [InlineData("m = importlib.import_module('.sub', package='pkg')", "sub", 1)]
    [InlineData("m = importlib.import_module('a' '.b')", "a.b", 0)]
    public void Reports_dynamic_imports_with_a_literal_name(string source, string module, int level)
    {
        var import = Assert.Single(PythonImportScanner.Scan(source).Imports);
        Assert.Equal(PythonImportKind.Dynamic, import.Kind);
        Assert.True(import.IsDynamic);
        Assert.Equal(module, import.ModuleName);
        Assert.Equal(level, import.RelativeLevel);
    }

    [Fact]
    public void Spans_the_string_and_the_call_of_a_dynamic_import()
    {
        const string source = "def load():\n    return importlib.import_module(\"cfgrib\")\n";
        var import = Assert.Single(PythonImportScanner.Scan(source).Imports);
        Assert.Equal("cfgrib", Slice(source, import.ModuleSpan));
        Assert.Equal("importlib.import_module(\"cfgrib\")", Slice(source, import.StatementSpan));
        Assert.True(import.IsInFunction);
    }

    [Theory]
    [InlineData("m = importlib.import_module(name)")]
    [InlineData("m = importlib.import_module(f'plugins.{name}')")]
    [InlineData("m = obj.__import__('x')")]
    [InlineData("m = importlib.import_module('not a module')")]
    public void Does_not_report_dynamic_imports_without_a_literal_module_name(string source) =>
        Assert.Empty(PythonImportScanner.Scan(source).Imports);

    [Fact]
    public void Tolerates_python_2_leftovers()
    {
        const string source = "print \"import a\"\nexec 'import b'\nx = `y`\nif a <> b: pass\nprint >>sys.stderr, 'x'\nimport c\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal("c", Assert.Single(scan.Imports).ModuleName);
    }

    [Fact]
    public void Recovers_from_an_unclosed_bracket_at_the_next_import()
    {
        const string source = "x = foo(1,\n\nimport a\ny = 2\nfrom b import c\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal("a | b: c", string.Join(" | ", scan.Imports.Select(Describe)));
        Assert.Contains(scan.Errors, e => e.Message.Contains("never closed"));
    }

    [Fact]
    public void Reports_an_unterminated_string_and_goes_on_at_the_next_line()
    {
        const string source = "s = 'abc\nimport a\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal("a", Assert.Single(scan.Imports).ModuleName);
        Assert.Contains(scan.Errors, e => e.Message.Contains("unterminated string"));
    }

    [Fact]
    public void Reads_an_f_string_with_a_multi_line_replacement_field()
    {
        const string source = "s = f\"{\n  x\n}\"\nimport a\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal("a", Assert.Single(scan.Imports).ModuleName);
        Assert.Empty(scan.Errors);
    }

    [Fact]
    public void Reads_an_unclosed_f_string_field_as_ending_at_its_line()
    {
        const string source = "s = f\"{name\"\nimport a\ny = {'k': 1}\n";
        var scan = PythonImportScanner.Scan(source);
        Assert.Equal("a", Assert.Single(scan.Imports).ModuleName);
        Assert.NotEmpty(scan.Errors);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import a.")]
    [InlineData("import a as")]
    [InlineData("from import a")]
    [InlineData("from a")]
    [InlineData("from a import")]
    [InlineData("from a import (b")]
    [InlineData("from a import b c")]
    [InlineData("import if")]
    public void Reports_malformed_import_statements(string source) =>
        Assert.NotEmpty(PythonImportScanner.Scan(source).Errors);

    [Fact]
    public void Keeps_the_module_of_an_incomplete_from_import()
    {
        var scan = PythonImportScanner.Scan("from numpy imp");
        Assert.Equal("numpy", Assert.Single(scan.Imports).ModuleName);
    }

    private static string Slice(string text, VenvLsp.Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
