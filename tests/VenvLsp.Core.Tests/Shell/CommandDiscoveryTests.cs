using VenvLsp.Shell;
using static VenvLsp.Tests.Shell.ShellTestSupport;

namespace VenvLsp.Tests.Shell;

/// <summary>Input script, every simple command found, in walk order (see <see cref="ShellTestSupport.RenderCommands"/>).</summary>
public class CommandDiscoveryTests
{
    [Theory]
    [InlineData("a; b", "a ; b")]
    [InlineData("a\nb\n", "a ; b")]
    [InlineData("a && b || c", "a ; b ; c")]
    [InlineData("a &&\n  b", "a ; b")]
    [InlineData("a | b |& c", "a ; b ; c")]
    [InlineData("a |\n  b", "a ; b")]
    [InlineData("a & b", "a ; b")]
    [InlineData("! a | b", "a ; b")]
    [InlineData("time -p a", "a")]
    [InlineData("time", "time")]
    [InlineData("exec > >(tee -a log) 2>&1", "exec ; tee -a log")]
    [InlineData("x=$(<file)", "x=$(<file) ; ")]
    [InlineData("declare -A m=([k]=v [j]=\"w x\")", "declare -A m=([k]=v [j]=w x)")]
    [InlineData("cd \"$(dirname \"${BASH_SOURCE[0]}\")\" || exit 1", "cd $(dirname \"${BASH_SOURCE[0]}\") ; dirname ${BASH_SOURCE[0]} ; exit 1")]
    [InlineData("python3 -m venv --copies \"$d\" && . \"$d/bin/activate\"", "python3 -m venv --copies ${d} ; . ${d}/bin/activate")]
    [InlineData("f() { a; }", "a")]
    [InlineData("f () ( a )", "a")]
    [InlineData("function f { a; }", "a")]
    [InlineData("function f() { a; }", "a")]
    [InlineData("function f\n{\n  a\n}", "a")]
    [InlineData("f()\n{\n  a\n}", "a")]
    [InlineData("if a; then b; elif c; then d; else e; fi", "a ; b ; c ; d ; e")]
    [InlineData("if a\nthen\n  b\nfi", "a ; b")]
    [InlineData("case $x in a) b;; c|d) e;& *) f;;& esac", "b ; e ; f")]
    [InlineData("case $x in\n  (a) b\n    ;;\n  *)\n    c\n    ;;\nesac", "b ; c")]
    [InlineData("case $x in a) b ;; esac", "b")]
    [InlineData("case $x in a) b; esac", "b")]
    [InlineData("case $x in esac", "")]
    [InlineData("for i in 1 2; do a $i; done", "a ${i}")]
    [InlineData("for i\ndo\n  a\ndone", "a")]
    [InlineData("for i; do a; done", "a")]
    [InlineData("for ((i=0; i<3; i++)); do a; done", "a")]
    [InlineData("for ((;;)) { a; }", "a")]
    [InlineData("for x in a b; { c; }", "c")]
    [InlineData("while a; do b; done", "a ; b")]
    [InlineData("until a; do b; done", "a ; b")]
    [InlineData("select x in a b; do c; done", "c")]
    [InlineData("( a; b )", "a ; b")]
    [InlineData("(a)", "a")]
    [InlineData("{ a; b; }", "a ; b")]
    [InlineData("x=$(a b)", "x=$(a b) ; a b")]
    [InlineData("echo `a b`", "echo $(a b) ; a b")]
    [InlineData("diff <(a) >(b)", "diff <(a) >(b) ; a ; b")]
    [InlineData("a $(b $(c))", "a $(b $(c)) ; b $(c) ; c")]
    [InlineData("echo \"$(a)\"", "echo $(a) ; a")]
    [InlineData("echo ${x:-$(a)}", "echo ${x:-$(a)} ; a")]
    [InlineData("x=$( (a) )", "x=$((a)) ; a")]
    [InlineData("echo $(case $x in a) b;; esac)", "echo $(case $x in a) b;; esac) ; b")]
    [InlineData("echo if fi then done", "echo if fi then done")]
    [InlineData("echo { }", "echo { }")]
    [InlineData("[[ -f x && $(a) == y ]]", "a")]
    [InlineData("(( i++ ))", "")]
    [InlineData("a=(1 2 3)", "a=(1 2 3)")]
    [InlineData("a=(\n  1 # one\n  2\n)", "a=(1 2)")]
    [InlineData("a+=(4)", "a+=(4)")]
    [InlineData("a[2]=x", "a=x")]
    [InlineData("X=1 Y=2 cmd arg", "X=1 Y=2 cmd arg")]
    [InlineData("X=", "X=")]
    [InlineData("> log", "")]
    [InlineData("a \\\n  b \\\n  c", "a b c")]
    [InlineData("echo a#b #c", "echo a#b")]
    [InlineData("echo 'pip install x' \"pip install y\"", "echo pip install x pip install y")]
    [InlineData("# pip install x", "")]
    [InlineData("echo a;#c\nb", "echo a ; b")]
    [InlineData("\"${venv}/bin/pip\" install -r req.txt", "${venv}/bin/pip install -r req.txt")]
    [InlineData("%VENV%/bin/pip install x", "%VENV%/bin/pip install x")]
    [InlineData("export export X=1", "export export X=1")]
    public void Finds_every_simple_command(string text, string expected)
    {
        Assert.Equal(expected, RenderCommands(ParseValid(text)));
    }

    [Fact]
    public void Finds_pip_install_wherever_it_stands_but_not_in_strings_comments_or_here_documents()
    {
        const string text = """
            #!/bin/bash
            # pip install in a comment
            echo "pip install in a string" 'pip install x'
            cat <<EOF
            pip install in a here-document
            EOF
            pip install a && pip install b || pip install c; pip install d
            f() { pip install e; }
            if pip install f; then pip install g; else pip install h; fi
            case $1 in x) pip install i ;; esac
            ( pip install j )
            x=$(pip install k) y=`pip install l`
            pip \
              install m
            """;
        var pips = ParseValid(text).FindCommands("pip").Select(c => c.Command.Arguments[^1].StaticValue).ToList();
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"], pips);
    }

    [Fact]
    public void Reserved_words_count_only_in_command_position()
    {
        var script = ParseValid("echo if then else fi case esac do done\nif true; then :; fi");
        Assert.Equal(2, script.Root.Items.Length);
        Assert.IsType<SimpleCommand>(script.Root.Items[0].Command);
        Assert.IsType<IfCommand>(script.Root.Items[1].Command);
    }

    [Fact]
    public void A_quoted_or_escaped_reserved_word_is_a_command_name()
    {
        var script = ShellParser.Parse("\"if\" a\n\\fi b");
        Assert.Equal("if a ; fi b", RenderCommands(script));
    }

    [Fact]
    public void Builds_the_tree_of_a_list()
    {
        var script = ParseValid("a && b | c; d &\ne");
        var items = script.Root.Items;
        Assert.Equal([ListSeparator.Semicolon, ListSeparator.Ampersand, ListSeparator.None], items.Select(i => i.Separator));
        var andOr = Assert.IsType<AndOrList>(items[0].Command);
        Assert.Equal([AndOrOperator.And], andOr.Operators.ToArray());
        var pipeline = Assert.IsType<Pipeline>(andOr.Commands[1]);
        Assert.Equal(2, pipeline.Commands.Length);
        Assert.IsType<SimpleCommand>(items[1].Command);
    }

    [Fact]
    public void Builds_compound_commands()
    {
        var script = ParseValid("""
            if a; then b; elif c; then d; else e; fi
            case $x in p|q) f ;& r) g ;;& esac
            for i in 1 2; do h; done
            for ((i = 0; i < 3; i++)); do j; done
            until k; do l; done
            select s in m n; do o; done
            (( n += 1 ))
            [[ -n $x ]]
            ( p )
            { q; }
            function r { s; }
            """);
        var commands = script.Root.Items.Select(i => i.Command).ToList();
        var ifCommand = Assert.IsType<IfCommand>(commands[0]);
        Assert.Equal(2, ifCommand.Clauses.Length);
        Assert.NotNull(ifCommand.ElseBody);
        var caseCommand = Assert.IsType<CaseCommand>(commands[1]);
        Assert.Equal("${x}", caseCommand.Subject!.Normalized);
        Assert.Equal(["p", "q"], caseCommand.Items[0].Patterns.Select(p => p.StaticValue));
        Assert.Equal([CaseTerminator.FallThrough, CaseTerminator.Continue], caseCommand.Items.Select(i => i.Terminator));
        var forCommand = Assert.IsType<ForCommand>(commands[2]);
        Assert.Equal("i", forCommand.Variable);
        Assert.Equal(["1", "2"], forCommand.Items.Select(i => i.StaticValue));
        Assert.Equal("i = 0; i < 3; i++", Assert.IsType<ArithmeticForCommand>(commands[3]).Expression);
        Assert.True(Assert.IsType<WhileCommand>(commands[4]).IsUntil);
        Assert.True(Assert.IsType<ForCommand>(commands[5]).IsSelect);
        Assert.Equal(" n += 1 ", Assert.IsType<ArithmeticCommand>(commands[6]).Expression);
        Assert.Equal(["-n", "${x}"], Assert.IsType<ConditionalCommand>(commands[7]).Words.Select(w => w.Normalized));
        Assert.IsType<Subshell>(commands[8]);
        Assert.IsType<BraceGroup>(commands[9]);
        var function = Assert.IsType<FunctionDefinition>(commands[10]);
        Assert.Equal("r", function.Name);
        Assert.True(function.HasFunctionKeyword);
        Assert.IsType<BraceGroup>(function.Body);
        Assert.Equal(["r"], script.Functions.Select(f => f.Name));
    }

    [Fact]
    public void Conditional_expressions_keep_their_operators_as_words()
    {
        var script = ParseValid("[[ ( -f a || -d b ) && $x =~ ^v[0-9]+$ && a < b ]]");
        var conditional = Assert.IsType<ConditionalCommand>(script.Root.Items[0].Command);
        Assert.Equal(["(", "-f", "a", "||", "-d", "b", ")", "&&", "${x}", "=~", "^v[0-9]+$", "&&", "a", "<", "b"],
            conditional.Words.Select(w => w.Normalized));
        Assert.Empty(script.Commands);
    }

    [Fact]
    public void Array_assignments_keep_their_elements()
    {
        var script = ParseValid("pkgs=(numpy \"scipy==1.0\" $(cat extra))");
        var assignment = Assert.Single(script.Commands[0].Command.Assignments);
        Assert.True(assignment.IsArray);
        var array = Assert.IsType<ArrayLiteralPart>(Assert.Single(assignment.Value.Parts));
        Assert.Equal(["numpy", "scipy==1.0", "$(cat extra)"], array.Elements.Select(e => e.Normalized));
        Assert.Equal("cat extra", Render(script.Commands[1].Command));
    }

    [Fact]
    public void Declaration_builtins_take_array_values()
    {
        var script = ParseValid("declare -a list=(a b)\nexport X=(1)");
        Assert.Equal("declare -a list=(a b) ; export X=(1)", RenderCommands(script));
    }

    [Fact]
    public void Assignments_split_name_subscript_and_value()
    {
        var script = ParseValid("a[$i]+=\"x y\" cmd");
        var assignment = Assert.Single(script.Commands[0].Command.Assignments);
        Assert.Equal("a", assignment.Name);
        Assert.Equal("${i}", assignment.Subscript!.Normalized);
        Assert.True(assignment.IsAppend);
        Assert.Equal("x y", assignment.Value.StaticValue);
        Assert.Equal("\"x y\"", assignment.Value.Text);
    }

    [Theory]
    [InlineData("\"X\"=1")]
    [InlineData("X\\=1")]
    [InlineData("1X=1")]
    [InlineData("=1")]
    public void Words_that_only_look_like_assignments_are_command_names(string text)
    {
        var command = ShellParser.Parse(text).Commands[0].Command;
        Assert.Empty(command.Assignments);
        Assert.NotNull(command.Name);
    }

    [Fact]
    public void Lists_commands_in_document_order_with_their_index()
    {
        var script = ParseValid("a $(b)\nc `d`\ne");
        Assert.Equal(["a", "b", "c", "d", "e"], script.Commands.Select(c => c.Command.StaticName));
        Assert.Equal([0, 1, 2, 3, 4], script.Commands.Select(c => c.Index));
        Assert.True(script.Commands.Zip(script.Commands.Skip(1)).All(p => p.First.Command.Span.Start < p.Second.Command.Span.Start));
    }

    [Fact]
    public void Finds_the_shebang_and_the_command_at_an_offset()
    {
        var script = ParseValid("#! /usr/bin/env bash\nset -x\nx=$(pip list)\n");
        Assert.Equal("#! /usr/bin/env bash", script.Shebang!.Text);
        Assert.Equal("pip", script.CommandAt(script.Text.IndexOf("list", StringComparison.Ordinal))!.Command.StaticName);
        Assert.Null(script.CommandAt(0));
        Assert.Null(ParseValid("echo\n#!/bin/bash").Shebang);
    }

    [Fact]
    public void Finds_the_occurrence_of_a_command_node()
    {
        var script = ParseValid("a; b $(c); d");
        foreach (var occurrence in script.Commands) Assert.Same(occurrence, script.FindOccurrence(occurrence.Command));
        Assert.Null(script.FindOccurrence(ParseValid("a").Commands[0].Command));
    }

    [Fact]
    public void Compound_commands_are_listed_outer_before_inner_including_functions_and_substitutions()
    {
        var script = ParseValid("""
            f() { case "$1" in build) [[ -n $x ]] ;; esac; }
            y=$(if true; then [[ -d d ]]; fi)
            echo "[[ not a command ]]"
            """);
        Assert.Equal(["BraceGroup", "CaseCommand", "ConditionalCommand", "IfCommand", "ConditionalCommand"],
            script.CompoundCommands.Select(c => c.GetType().Name));
        Assert.Equal(script.CompoundCommands.Select(c => c.Span.Start).Order(), script.CompoundCommands.Select(c => c.Span.Start));
    }
}
