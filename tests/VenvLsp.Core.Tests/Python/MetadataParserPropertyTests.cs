using CsCheck;
using VenvLsp.Python;
using VenvLsp.Text;

namespace VenvLsp.Tests.Python;

public class MetadataParserPropertyTests
{
    private static readonly Gen<string> Text = PropertyGenerators.TextFrom(
        "\n", "\r\n", "\r", " ", "\t", "=", ",", "\"", "\"\"", ":", "-", "/", ".", "..", "../", "__init__.py", ".py", ".so",
        "home", "version", " = ", "command = /usr/bin/python3 -m venv ", "--copies", "--prompt=\"", "Name: ", "Version: ",
        "Requires-Dist: ", "sha256=", "12", ".dist-info", ".egg-info", "__pycache__", "py3.12");

    [Fact]
    public void Pyvenv_cfg_parser_never_throws_and_keeps_spans_inside()
    {
        Text.Sample(text =>
        {
            var config = PyvenvConfig.Parse(text);
            foreach (var entry in config.Entries)
            {
                AssertInside(text, entry.Span);
                Assert.True(entry.Span.Contains(entry.ValueSpan));
            }
            foreach (var error in config.Errors) AssertInside(text, error.Span);
            _ = (config.PythonVersion, config.Command?.HasCopies, config.Prompt, config.IncludeSystemSitePackages);
        }, iter: 2000);
    }

    [Fact]
    public void Metadata_parser_never_throws_and_keeps_spans_inside()
    {
        Text.Sample(text =>
        {
            var metadata = CoreMetadata.Parse(text);
            foreach (var field in metadata.Fields) AssertInside(text, field.Span);
            foreach (var error in metadata.Errors) AssertInside(text, error.Span);
            if (metadata.BodyStart is { } body) Assert.InRange(body, 0, text.Length);
        }, iter: 2000);
    }

    [Fact]
    public void Record_parser_and_module_derivation_never_throw()
    {
        Text.Sample(text =>
        {
            var record = RecordFile.Parse(text);
            foreach (var entry in record.Entries) AssertInside(text, entry.Span);
            foreach (var error in record.Errors) AssertInside(text, error.Span);
            var modules = ProvidedModules.FromRecord(record.Paths);
            Assert.All(modules.Modules, m => Assert.True(modules.Provides(m)));
            ProvidedModules.FromInstalledFiles(MetadataLists.ParseInstalledFiles(text));
            ProvidedModules.FromTopLevel(MetadataLists.ParseTopLevel(text));
            DistInfoFolderName.TryParse(text);
        }, iter: 2000);
    }

    [Fact]
    public void Module_table_parser_never_throws()
    {
        Text.Sample(text =>
        {
            var table = ModuleDistributionTable.Parse(text.Replace(',', '\t'));
            foreach (var entry in table.Entries) table.TryGetDistributions(entry.Module, out _);
        }, iter: 1000);
    }

    private static void AssertInside(string text, TextSpan span) =>
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{span} outside a text of {text.Length}");
}
