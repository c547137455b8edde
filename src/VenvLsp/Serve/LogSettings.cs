namespace VenvLsp.Cli.Serve;

/// <summary>Where the server logs: <c>--log-file</c>, else <c>VENVLSP_LOG_FILE</c>, else the user's state
/// directory (<c>$XDG_STATE_HOME/venvlsp/venvlsp.log</c>, by default under <c>~/.local/state</c>).</summary>
public static class LogSettings
{
    public static string DefaultPath()
    {
        if (Environment.GetEnvironmentVariable("VENVLSP_LOG_FILE") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            state = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".local", "state");
        }
        return Path.Combine(state, "venvlsp", "venvlsp.log");
    }
}
