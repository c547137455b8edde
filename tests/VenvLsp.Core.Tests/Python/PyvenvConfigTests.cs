using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class PyvenvConfigTests
{
    [Fact]
    public void Reads_the_file_python_3_8_venv_writes()
    {
        var config = PyvenvConfig.Parse("home = /apps/python/3.8.6/bin\ninclude-system-site-packages = false\nversion = 3.8.6\n");
        Assert.Equal("/apps/python/3.8.6/bin", config.Home);
        Assert.False(config.IncludeSystemSitePackages);
        Assert.Equal((3, 8, 6), config.PythonVersion);
        Assert.Null(config.Command);
        Assert.Null(config.VirtualenvVersion);
        Assert.Empty(config.Errors);
    }

    [Fact]
    public void Reads_the_command_line_python_3_11_and_later_write()
    {
        const string text = "home = /apps/python/3.12.0/bin\ninclude-system-site-packages = false\nversion = 3.12.0\n"
            + "executable = /apps/python/3.12.0/bin/python3.12\n"
            + "command = /apps/python/3.12.0/bin/python3 -m venv --copies --without-pip /lfs/h1/ops/aigfs.v1.0.0/venv\n";
        var config = PyvenvConfig.Parse(text);
        Assert.Equal("/apps/python/3.12.0/bin/python3.12", config.Executable);
        var command = Assert.IsType<VenvCommand>(config.Command);
        Assert.Equal("/apps/python/3.12.0/bin/python3", command.Interpreter);
        Assert.Equal<string>(["--copies", "--without-pip"], command.Options);
        Assert.True(command.HasCopies);
        Assert.False(command.HasSymlinks);
        Assert.Equal("/lfs/h1/ops/aigfs.v1.0.0/venv", command.EnvironmentPath);
    }

    [Fact]
    public void Reads_a_quoted_prompt_and_a_folder_with_spaces()
    {
        const string text = "home = /usr/bin\ninclude-system-site-packages = true\nversion = 3.13.0\nprompt = 'my env'\n"
            + "command = /usr/bin/python3 -m venv --system-site-packages --prompt=\"my env\" /tmp/a b/venv\n";
        var config = PyvenvConfig.Parse(text);
        Assert.True(config.IncludeSystemSitePackages);
        Assert.Equal("my env", config.Prompt);
        var command = config.Command!;
        Assert.Equal<string>(["--system-site-packages", "--prompt=\"my env\""], command.Options);
        Assert.True(command.HasOption("--prompt"));
        Assert.False(command.HasCopies); // on POSIX: the venv links its interpreter
        Assert.Equal("/tmp/a b/venv", command.EnvironmentPath);
    }

    [Fact]
    public void Reads_the_keys_virtualenv_writes()
    {
        const string text = "home = /usr/bin\nimplementation = CPython\nversion_info = 3.12.3.final.0\nvirtualenv = 20.26.6\n"
            + "include-system-site-packages = false\nbase-prefix = /usr\nbase-exec-prefix = /usr\nbase-executable = /usr/bin/python3.12\n";
        var config = PyvenvConfig.Parse(text);
        Assert.Equal("20.26.6", config.VirtualenvVersion);
        Assert.Equal("CPython", config.Implementation);
        Assert.Equal("3.12.3.final.0", config.VersionText);
        Assert.Equal((3, 12, 3), config.PythonVersion);
        Assert.Equal("/usr/bin/python3.12", config.Get("BASE-EXECUTABLE"));
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    public void Reads_include_system_site_packages_as_site_does(string value, bool expected) =>
        Assert.Equal(expected, PyvenvConfig.Parse($"include-system-site-packages = {value}").IncludeSystemSitePackages);

    [Fact]
    public void Lets_the_last_occurrence_of_a_key_win_and_reports_lines_without_equals()
    {
        const string text = "home=/a\r\nnot a setting\r\n = x\r\nHOME = /b\r\nversion = three\r\n";
        var config = PyvenvConfig.Parse(text);
        Assert.Equal("/b", config.Home);
        Assert.Null(config.PythonVersion);
        Assert.Equal(2, config.Errors.Length);
        Assert.Equal("not a setting", text.Substring(config.Errors[0].Span.Start, config.Errors[0].Span.Length));
        Assert.Equal("/a", text.Substring(config.Entries[0].ValueSpan.Start, config.Entries[0].ValueSpan.Length));
    }

    [Theory]
    [InlineData("/usr/bin/python3 -m venv", 0, null)]
    [InlineData("/usr/bin/python3 -m venv --copies", 1, null)]
    [InlineData("/usr/bin/python3 -m venv   --clear   /x ", 1, "/x")]
    [InlineData("/usr/bin/python3 -m venv --prompt=\"unterminated /x", 1, null)]
    public void Reads_unusual_command_lines(string line, int options, string? folder)
    {
        var command = VenvCommand.Parse(line);
        Assert.NotNull(command);
        Assert.Equal(options, command.Options.Length);
        Assert.Equal(folder, command.EnvironmentPath);
    }

    [Theory]
    [InlineData("/usr/bin/python3 -m virtualenv /x")]
    [InlineData("/usr/bin/python3 -m venvx /x")]
    [InlineData("")]
    public void Reads_only_venv_command_lines(string line) => Assert.Null(VenvCommand.Parse(line));
}
