namespace VenvLsp.Rules.Build;

/// <summary>The <c>VIRTUAL_ENV</c> rewrite the fixes write: it matches the assignment with or without
/// indentation and <c>export</c> (every venv and virtualenv template), keeps both, and sets the value to
/// <c>${HOME&lt;model&gt;}/venv</c> in single quotes, so it stays literal in the file and expands when a
/// job activates.</summary>
public static class RobustRewrite
{
    public static string Command(string homeVariable, string activateFile) =>
        $"sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\\1\\2VIRTUAL_ENV=${{{homeVariable}}}/venv|' {activateFile}";

    /// <summary>The activate script of a venv folder word as written (<c>"${venv_dir}"</c> → <c>"${venv_dir}"/bin/activate</c>).</summary>
    public static string ActivateOf(string venvWordText) =>
        venvWordText.Length >= 2 && venvWordText[0] == '"' && venvWordText[^1] == '"'
            ? venvWordText[..^1].TrimEnd('/') + "/bin/activate\""
            : venvWordText.TrimEnd('/') + "/bin/activate";
}
