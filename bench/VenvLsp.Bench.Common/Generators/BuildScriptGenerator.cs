using System.Text;

namespace VenvLsp.Bench.Generators;

/// <summary>Where the benchmarks edit a generated build script (0-based lines and characters).</summary>
/// <param name="ToggleLine">A line with <c>--no-cache-dir</c>: flipping its last letter changes the findings.</param>
/// <param name="ToggleCharacter">The column of that last letter (<c>r</c>).</param>
/// <param name="CommentLine">A comment line: typing in it changes no finding.</param>
/// <param name="TypingLine">A compliant <c>pip install</c> line that a typing burst adds an option to.</param>
/// <param name="TypingCharacter">Where the typing goes: before the line's continuation backslash.</param>
public sealed record ScriptEditPoints(int ToggleLine, int ToggleCharacter, int CommentLine, int TypingLine, int TypingCharacter);

/// <summary>A generated build script and the places the benchmarks edit.</summary>
public sealed record GeneratedScript(string Text, int LineCount, ScriptEditPoints EditPoints);

/// <summary>
/// Writes a venv build script of an exact number of lines, in the style of the operational packages:
/// option parsing with <c>getopts</c>, a usage here-document, <c>module</c> loads, venv creation with
/// <c>--copies</c>, the <c>VIRTUAL_ENV</c> rewrite, then many install groups (functions that pip-install
/// pinned packages, here-documents writing configuration, loops and conditionals). It is deliberately not
/// spotless: <c>pip install --upgrade pip</c> gives a finding, as in real scripts.
/// </summary>
public static class BuildScriptGenerator
{
    private const int FooterLines = 4;

    /// <summary>A script of exactly <paramref name="lines"/> lines (at least 50) for package <paramref name="model"/>.</summary>
    public static GeneratedScript Generate(int lines, string model = "bench")
    {
        if (lines < 50) throw new ArgumentOutOfRangeException(nameof(lines), "a build script needs at least 50 lines");
        var home = "HOME" + model;
        var output = new List<string>(lines);
        Header(output, model, home);
        for (var group = 1; ; group++)
        {
            var block = Group(group, home);
            if (output.Count + block.Count + FooterLines > lines) break;
            output.AddRange(block);
        }
        for (var note = 1; output.Count + FooterLines < lines; note++)
            output.Add(note % 2 == 1 ? $"# step {note}: nothing to do for this machine" : $"echo \"step {note} done\"");
        Footer(output);

        var text = new StringBuilder(lines * 48);
        foreach (var line in output) text.Append(line).Append('\n');
        return new GeneratedScript(text.ToString(), output.Count, FindEditPoints(output));
    }

    private static void Header(List<string> o, string model, string home)
    {
        o.Add("#!/bin/bash");
        o.Add($"# Builds the {model} python environment in ${{{home}}}/venv.");
        o.Add("# Usage: build_venv.sh [-c] [-d] [-h]");
        o.Add("set -eu");
        o.Add("set -x");
        o.Add("");
        o.Add("usage() {");
        o.Add("  cat <<EOF");
        o.Add("Usage: $(basename \"$0\") [-c] [-d] [-h]");
        o.Add("  -c  clean: remove the venv and stop");
        o.Add("  -d  debug: verbose pip, keep the build log");
        o.Add("  -h  this help");
        o.Add("EOF");
        o.Add("}");
        o.Add("");
        o.Add("clean=NO");
        o.Add("debug=NO");
        o.Add("while getopts \"cdh\" opt; do");
        o.Add("  case ${opt} in");
        o.Add("    c) clean=YES ;;");
        o.Add("    d) debug=YES ;;");
        o.Add("    h) usage; exit 0 ;;");
        o.Add("    *) usage; exit 1 ;;");
        o.Add("  esac");
        o.Add("done");
        o.Add("");
        o.Add($"{home}=$(cd \"$(dirname \"$0\")/..\" && pwd)");
        o.Add($"source \"${{{home}}}/versions/build.ver\"");
        o.Add($"venv_dir=${{{home}}}/venv");
        o.Add("if [[ \"${clean}\" == \"YES\" ]]; then rm -rf \"${venv_dir}\"; exit 0; fi");
        o.Add("");
        o.Add("module reset");
        o.Add("module load python/${python_ver:?}");
        o.Add("rm -rf \"${venv_dir}\"");
        o.Add("python3 -m venv --copies \"${venv_dir}\"");
        o.Add($"sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${{{home}}}/venv|' \\");
        o.Add("    \"${venv_dir}/bin/activate\"");
        o.Add("\"${venv_dir}/bin/pip\" install --require-virtualenv --no-cache-dir --upgrade pip");
        o.Add("\"${venv_dir}/bin/pip\" install --require-virtualenv --no-cache-dir \\");
        o.Add($"    -r \"${{{home}}}/requirements.txt\"");
        o.Add("");
    }

    /// <summary>One install group: a function with a here-document, a loop, a conditional and its call.</summary>
    private static List<string> Group(int group, string home)
    {
        var (name, version) = Catalog.Pins[group % Catalog.Pins.Length];
        return
        [
            $"# --- group {group}: {name} and the files it needs ---",
            $"install_group_{group}() {{",
            $"  local log=\"${{venv_dir}}/build_group_{group}.log\"",
            $"  echo \"group {group}: {name}\" >> \"${{log}}\"",
            $"  \"${{venv_dir}}/bin/pip\" install --require-virtualenv --no-cache-dir \\",
            $"      \"{name}=={version}\" >> \"${{log}}\" 2>&1",
            "  return 0",
            "}",
            $"cat > \"${{venv_dir}}/group_{group}.cfg\" <<'EOF'",
            "[group]",
            $"name = {name}",
            $"version = {version}",
            "EOF",
            $"for f in \"${{{home}}}\"/parm/group_{group}/*.yaml; do",
            "  [[ -f \"${f}\" ]] || continue",
            "  cp \"${f}\" \"${venv_dir}/\"",
            "done",
            "if [[ \"${debug}\" == \"YES\" ]]; then",
            $"  \"${{venv_dir}}/bin/pip\" list --format=freeze > \"${{venv_dir}}/freeze_{group}.txt\"",
            "fi",
            $"install_group_{group} || {{ echo \"group {group} failed\"; exit 2; }}",
            "",
        ];
    }

    private static void Footer(List<string> o)
    {
        o.Add("\"${venv_dir}/bin/pip\" check");
        o.Add("\"${venv_dir}/bin/python\" -c 'import sys; print(sys.prefix)'");
        o.Add("echo \"venv ready in ${venv_dir}\"");
        o.Add("exit 0");
    }

    /// <summary>Edit points near the middle of the script, where an editor's user would be.</summary>
    private static ScriptEditPoints FindEditPoints(List<string> lines)
    {
        var middle = lines.Count / 2;
        int Nearest(Func<string, bool> matches)
        {
            var best = -1;
            for (var i = 0; i < lines.Count; i++)
                if (matches(lines[i]) && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle))) best = i;
            if (best < 0) throw new InvalidOperationException("the generated script lacks an edit point");
            return best;
        }
        var toggle = Nearest(l => l.Contains("--no-cache-dir", StringComparison.Ordinal));
        var comment = Nearest(l => l.StartsWith("# ", StringComparison.Ordinal));
        var typing = Nearest(l => l.EndsWith("--no-cache-dir \\", StringComparison.Ordinal) && l != lines[toggle]);
        var character = lines[toggle].IndexOf("--no-cache-dir", StringComparison.Ordinal) + "--no-cache-di".Length;
        return new ScriptEditPoints(toggle, character, comment, typing, lines[typing].Length - 2);
    }
}
