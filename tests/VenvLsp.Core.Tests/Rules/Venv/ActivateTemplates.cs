namespace VenvLsp.Tests.Rules.Venv;

/// <summary>The <c>VIRTUAL_ENV</c> part of each activate template as the venv creators write it (the
/// rest reduced to the deactivate function and the PATH lines), for a venv at <c>path</c>.</summary>
public static class ActivateTemplates
{
    private const string Deactivate = """
        deactivate () {
            if [ -n "${_OLD_VIRTUAL_PATH:-}" ] ; then
                PATH="${_OLD_VIRTUAL_PATH:-}"
                export PATH
                unset _OLD_VIRTUAL_PATH
            fi
            unset VIRTUAL_ENV
            if [ ! "${1:-}" = "nondestructive" ] ; then
                unset -f deactivate
            fi
        }

        deactivate nondestructive

        """;

    private const string Tail = """

        _OLD_VIRTUAL_PATH="$PATH"
        PATH="$VIRTUAL_ENV/bin:$PATH"
        export PATH
        """;

    /// <summary>Python 3.8 to 3.11's venv: <c>VIRTUAL_ENV="/p"</c> at column 0, exported on the next line.</summary>
    public static string Venv38(string path) => Deactivate + $"VIRTUAL_ENV=\"{path}\"\nexport VIRTUAL_ENV\n" + Tail;

    /// <summary>Python 3.12's venv: indented exports in an <c>if</c>/<c>else</c> with a cygpath branch.</summary>
    public static string Venv312(string path) => Deactivate + $$"""
        if [ "${OSTYPE:-}" = "cygwin" ] || [ "${OSTYPE:-}" = "msys" ] ; then
            export VIRTUAL_ENV=$(cygpath "{{path}}")
        else
            export VIRTUAL_ENV="{{path}}"
        fi
        """ + Tail;

    /// <summary>Python 3.13's venv: <c>case</c> branches.</summary>
    public static string Venv313(string path) => Deactivate + $$"""
        case "$(uname)" in
            CYGWIN*|MSYS*|MINGW*)
                VIRTUAL_ENV=$(cygpath {{path}})
                ;;
            *)
                VIRTUAL_ENV={{path}}
                ;;
        esac
        export VIRTUAL_ENV
        """ + Tail;

    /// <summary>virtualenv 20: single quotes, then a cygpath conversion of itself.</summary>
    public static string Virtualenv20(string path) => Deactivate + $$"""
        VIRTUAL_ENV='{{path}}'
        if ([ "$OSTYPE" = "cygwin" ] || [ "$OSTYPE" = "msys" ]) && $(command -v cygpath &> /dev/null) ; then
            VIRTUAL_ENV=$(cygpath -u "$VIRTUAL_ENV")
        fi
        export VIRTUAL_ENV
        """ + Tail;

    /// <summary>virtualenv 20.36: a self-locating fallback when the build path is gone.</summary>
    public static string Virtualenv236(string path) => Deactivate + $$"""
        if [ ! -d {{path}} ]; then
            CURRENT_PATH=$(realpath "${BASH_SOURCE[0]}")
            CURRENT_DIR=$(dirname "${CURRENT_PATH}")
            VIRTUAL_ENV="$(realpath "${CURRENT_DIR}/../")"
        else
            VIRTUAL_ENV={{path}}
        fi
        export VIRTUAL_ENV
        """ + Tail;

    /// <summary>Every template, by name, for theories.</summary>
    public static IEnumerable<(string Name, Func<string, string> Make)> All =>
    [
        ("venv 3.8", Venv38),
        ("venv 3.12", Venv312),
        ("venv 3.13", Venv313),
        ("virtualenv 20", Virtualenv20),
        ("virtualenv 20.36", Virtualenv236),
    ];

    public static Func<string, string> Get(string name) => All.Single(t => t.Name == name).Make;

    /// <summary>What the robust rewrite
    /// <c>sed -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\1\2VIRTUAL_ENV=${HOMEaigfs}/venv|'</c>
    /// makes of a template: every assignment line becomes the literal value.</summary>
    public static string Rewritten(string template, string value = "${HOMEaigfs}/venv")
    {
        var lines = template.Split('\n').Select(line =>
        {
            var trimmed = line.TrimStart();
            var indent = line[..(line.Length - trimmed.Length)];
            if (trimmed.StartsWith("VIRTUAL_ENV=", StringComparison.Ordinal)) return indent + "VIRTUAL_ENV=" + value;
            if (trimmed.StartsWith("export VIRTUAL_ENV=", StringComparison.Ordinal)) return indent + "export VIRTUAL_ENV=" + value;
            return line;
        });
        return string.Join('\n', lines);
    }
}
