using VenvLsp.Features;
using VenvLsp.Tests.Rules.Venv;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Features;

public class ImportHoverTests
{
    private const string Script = "ush/aigfs_run_model.py";

    private const string Source = """
        from __future__ import annotations
        import os
        import numpy as np
        from yaml import safe_load
        import requests
        from . import sibling
        import aigfs_utils
        try:
            import torch
        except ImportError:
            torch = None
        x = 1
        """;

    private static PackageFixture Package(bool withVenv = false)
    {
        var fixture = VenvPackage.Create().With(Script, Source).With("ush/aigfs_utils.py", "");
        if (withVenv) VenvPackage.GoodVenv(fixture).Dist("requests", "2.31.0");
        return fixture;
    }

    private static HoverInfo? HoverOn(PackageFixture fixture, string word, int occurrence = 0)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++) offset = Source.IndexOf(word, offset + 1, StringComparison.Ordinal);
        return ImportHover.Hover(new WorkspaceSnapshot(fixture.Files), PackageFixture.Path(Script), offset + 1);
    }

    [Fact]
    public void Names_the_requirement_that_provides_a_module_and_its_line()
    {
        var hover = HoverOn(Package(), "yaml")!;
        Assert.Equal("**yaml**: provided by `PyYAML==6.0.1` in `requirements.txt`, line 3 (import name and distribution name differ).", hover.Markdown);
        Assert.Equal("yaml", Source.Substring(hover.Span.Start, hover.Span.Length));
    }

    [Fact]
    public void Shows_the_installed_version_when_a_venv_is_built()
    {
        var hover = HoverOn(Package(withVenv: true), "numpy")!;
        Assert.StartsWith("**numpy**: provided by `numpy==1.26.4` in `requirements.txt`, line 2", hover.Markdown);
        Assert.Contains("Installed in `venv/`: numpy 1.26.4.", hover.Markdown);
    }

    [Fact]
    public void Says_when_nothing_provides_the_module_and_what_would()
    {
        var hover = HoverOn(Package(withVenv: true), "requests")!;
        Assert.Contains("not provided by any requirement the build installs (VENV111)", hover.Markdown);
        Assert.Contains("Installed in `venv/`: requests 2.31.0.", hover.Markdown);
    }

    [Theory]
    [InlineData("__future__", "a compiler directive")]
    [InlineData("os", "the standard library of Python 3.12 (from `versions/build.ver`)")]
    [InlineData(". import", "a relative import")]
    [InlineData("aigfs_utils", "the package's own code, `ush/aigfs_utils.py`")]
    [InlineData("torch", "An optional import")]
    public void Describes_each_kind_of_import(string word, string expected)
    {
        Assert.Contains(expected, HoverOn(Package(), word)!.Markdown);
    }

    [Fact]
    public void Answers_anywhere_on_the_import_statement()
    {
        var hover = HoverOn(Package(), "safe_load")!;
        Assert.StartsWith("**yaml**", hover.Markdown);
    }

    [Fact]
    public void Gives_nothing_off_an_import()
    {
        Assert.Null(HoverOn(Package(), "x = 1"));
    }
}
