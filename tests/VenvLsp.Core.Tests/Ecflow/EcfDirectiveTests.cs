using VenvLsp.Ecflow;

namespace VenvLsp.Tests.Ecflow;

public class EcfDirectiveTests
{
    [Theory]
    [InlineData("%include <head.h>", EcfDirectiveKind.Include, EcfIncludeForm.AngleBrackets, "head.h")]
    [InlineData("%include \"head.h\"", EcfDirectiveKind.Include, EcfIncludeForm.Quoted, "head.h")]
    [InlineData("%include head.h", EcfDirectiveKind.Include, EcfIncludeForm.Plain, "head.h")]
    [InlineData("%include /abs/path/head.h", EcfDirectiveKind.Include, EcfIncludeForm.Plain, "/abs/path/head.h")]
    [InlineData("%includeonce <envir-p1.h>", EcfDirectiveKind.IncludeOnce, EcfIncludeForm.AngleBrackets, "envir-p1.h")]
    [InlineData("%includenopp <script.pl>", EcfDirectiveKind.IncludeNopp, EcfIncludeForm.AngleBrackets, "script.pl")]
    [InlineData("%include\t<head.h>", EcfDirectiveKind.Include, EcfIncludeForm.AngleBrackets, "head.h")]
    [InlineData("%include   <sub/head.h>   # trailing text is ignored, as ecFlow does", EcfDirectiveKind.Include, EcfIncludeForm.AngleBrackets, "sub/head.h")]
    public void Reads_every_include_form(string line, EcfDirectiveKind kind, EcfIncludeForm form, string target)
    {
        var text = "#!/bin/bash\n" + line + "\necho hi\n";
        var document = EcfParser.Parse(text);

        Assert.Empty(document.Errors);
        var include = Assert.Single(document.Includes);
        Assert.Equal(kind, include.Kind);
        Assert.Equal(form, include.Form);
        Assert.Equal(target, include.Target);
        Assert.Equal(target, text.Substring(include.TargetSpan.Start, include.TargetSpan.Length));
        Assert.Equal(line, text.Substring(include.LineSpan.Start, include.LineSpan.Length));
        Assert.Null(include.EnclosingBlock);
        Assert.True(include.IsInJob);
        var directive = Assert.Single(document.Directives);
        Assert.Equal(kind, directive.Kind);
        Assert.Equal(include.LineSpan, directive.LineSpan);
    }

    [Fact]
    public void Records_includes_in_order_with_their_file_names()
    {
        var document = EcfParser.Parse("%include <head.h>\n%include <envir-p1.h>\necho job\n%include <tail.h>\n");
        Assert.Equal(new[] { "head.h", "envir-p1.h", "tail.h" }, document.Includes.Select(i => i.FileName));
        Assert.Equal("tail.h", EcfParser.Parse("%include </a/b/tail.h>").Includes[0].FileName);
        Assert.True(EcfParser.Parse("%include </a/b/tail.h>").Includes[0].IsAbsolute);
    }

    [Theory]
    [InlineData("%include <%ECF_HOME%/head.h>")]
    [InlineData("%include \"%SUITE%.h\"")]
    [InlineData("%include $HOME/head.h")]
    [InlineData("%include <${PACKAGEROOT}/head.h>")]
    public void Marks_includes_that_name_variables(string line)
    {
        var document = EcfParser.Parse(line);
        Assert.Empty(document.Errors);
        Assert.True(Assert.Single(document.Includes).HasVariables);
    }

    [Theory]
    [InlineData("%include <head.h>")]
    [InlineData("%include <cost$.h>")]
    public void Does_not_mark_literal_include_names(string line) =>
        Assert.False(Assert.Single(EcfParser.Parse(line).Includes).HasVariables);

    [Theory]
    [InlineData("%include", "needs a file name")]
    [InlineData("%include   ", "needs a file name")]
    [InlineData("%include <head.h", "no closing '>'")]
    [InlineData("%include \"head.h", "no closing '\"'")]
    [InlineData("%include <", "no closing '>'")]
    [InlineData("%include <%ECF_HOME/head.h>", "Unbalanced")]
    [InlineData("%include<head.h>", "must be followed by a space")]
    [InlineData("%includex <head.h>", "Unknown ecFlow directive '%includex'")]
    public void Reports_malformed_includes(string line, string message)
    {
        var error = Assert.Single(EcfParser.Parse(line).Errors);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("%foo", "%foo")]
    [InlineData("%if [ -f x ]", "%if")]
    [InlineData("%endif", "%endif")]
    [InlineData("%INCLUDE <head.h>", "%INCLUDE")]
    [InlineData("%ecf_micro ^", "%ecf_micro")]
    [InlineData("%VAR something", "%VAR")]
    public void Reports_unknown_directives_at_the_start_of_a_line(string line, string squiggled)
    {
        var document = EcfParser.Parse("echo a\n" + line + "\necho b\n");
        var error = Assert.Single(document.Errors);
        Assert.Equal(squiggled, ("echo a\n" + line).Substring(error.Span.Start, error.Span.Length));
        Assert.Equal(EcfDirectiveKind.Unknown, Assert.Single(document.Directives).Kind);
    }

    [Theory]
    [InlineData("%INCLUDE <head.h>", "did you mean '%include'")]
    [InlineData("%ecf_micro ^", "did you mean '%ecfmicro'")]
    [InlineData("%foo", "a variable is written %NAME%")]
    public void Suggests_the_intended_directive(string line, string hint) =>
        Assert.Contains(hint, Assert.Single(EcfParser.Parse(line).Errors).Message);

    [Theory]
    [InlineData("%ECF_CLIENT% --init $$")]
    [InlineData("%VAR:default% is fine at the start of a line")]
    [InlineData("%%d is a literal percent")]
    [InlineData("#PBS -N %TASK%")]
    [InlineData("#SBATCH --job-name=aigfs")]
    [InlineData("#BSUB -J aigfs")]
    [InlineData("export model=aigfs")]
    [InlineData("model=hafs")]
    [InlineData("echo 'include <head.h>'")]
    public void Does_not_take_ordinary_lines_for_directives(string line)
    {
        var document = EcfParser.Parse(line + "\n");
        Assert.Empty(document.Errors);
        Assert.Empty(document.Directives);
        Assert.Equal(line + "\n", document.ShellText);
    }

    [Fact]
    public void Explains_a_directive_that_does_not_start_in_the_first_column()
    {
        var text = "  %include <head.h>\n";
        var document = EcfParser.Parse(text);
        var error = Assert.Single(document.Errors);
        Assert.Contains("first column", error.Message);
        Assert.Equal("%include", text.Substring(error.Span.Start, error.Span.Length));
        Assert.Empty(document.Includes);
    }

    [Fact]
    public void Honours_ecfmicro_for_the_rest_of_the_file()
    {
        const string text = "#!/bin/bash\n%ecfmicro ^\n^include <script.pl>\necho \"^VAR:default^ 100%\"\n%include <not-a-directive.h>\n^ecfmicro %\necho \"reverted %VAR:default%\"\n%include <tail.h>\n";
        var document = EcfParser.Parse(text);

        Assert.Equal(new[] { "script.pl", "tail.h" }, document.Includes.Select(i => i.Target));
        Assert.Equal(new[] { "VAR", "VAR" }, document.Variables.Select(v => v.Name));
        Assert.Equal(new[] { '%', '^', '^', '%', }, document.Directives.Select(d => d.Micro));
        // '%include' under '^' is shell text with a single '%': not pre-processed, and fine for ecFlow.
        Assert.Empty(document.Errors);
        Assert.Contains("%include <not-a-directive.h>", document.ShellText);
    }

    [Theory]
    [InlineData("%ecfmicro", "needs the new directive character")]
    [InlineData("%ecfmicro ^^", "single character")]
    public void Reports_a_bad_ecfmicro(string line, string message) =>
        Assert.Contains(message, Assert.Single(EcfParser.Parse(line).Errors).Message);

    [Fact]
    public void Keeps_the_directive_character_after_a_bad_ecfmicro()
    {
        var document = EcfParser.Parse("%ecfmicro ^^\n%include <head.h>\n");
        Assert.Single(document.Errors);
        Assert.Equal("head.h", Assert.Single(document.Includes).Target);
    }
}
