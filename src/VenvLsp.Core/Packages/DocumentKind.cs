namespace VenvLsp.Packages;

/// <summary>What a file is to the checker; decides which rules read it.</summary>
public enum DocumentKind
{
    /// <summary>Not a file the checker analyses.</summary>
    Other,
    /// <summary>A pip requirements or constraints file (<c>requirements*.txt</c>, <c>*.txt.j2</c>).</summary>
    Requirements,
    /// <summary>An approved software list named by the configuration.</summary>
    ApprovedList,
    /// <summary><c>venvlsp.json</c>.</summary>
    Configuration,
    /// <summary>An ecFlow job card (<c>ecf/**/*.ecf</c>, or an extension-less job card under <c>ecf/</c>).</summary>
    EcfJobCard,
    /// <summary>An ecFlow include file (<c>ecf/include/*.h</c>).</summary>
    EcfInclude,
    /// <summary>A J-job (<c>jobs/J*</c>).</summary>
    JJob,
    /// <summary>An ex-script (<c>scripts/ex*</c>).</summary>
    ExScript,
    /// <summary>A helper script in <c>ush/</c>.</summary>
    UshScript,
    /// <summary>Any other shell script of the package (build scripts live here, e.g. <c>sorc/build_venv.sh</c>).</summary>
    ShellScript,
    /// <summary>A versions file (<c>versions/*.ver</c>).</summary>
    Versions,
    /// <summary>A <c>.gitignore</c>.</summary>
    GitIgnore,
    /// <summary>Python source of the package.</summary>
    Python,
}
