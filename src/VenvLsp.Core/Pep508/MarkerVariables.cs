using System.Collections.Immutable;

namespace VenvLsp.Pep508;

/// <summary>The environment marker variables, by canonical name, and the spellings the <c>packaging</c>
/// library accepts for them.</summary>
public static class MarkerVariables
{
    public const string PythonVersion = "python_version";
    public const string PythonFullVersion = "python_full_version";
    public const string OsName = "os_name";
    public const string SysPlatform = "sys_platform";
    public const string PlatformRelease = "platform_release";
    public const string PlatformSystem = "platform_system";
    public const string PlatformVersion = "platform_version";
    public const string PlatformMachine = "platform_machine";
    public const string PlatformPythonImplementation = "platform_python_implementation";
    public const string ImplementationName = "implementation_name";
    public const string ImplementationVersion = "implementation_version";

    /// <summary>Set by the layer that installs extras; empty otherwise.</summary>
    public const string Extra = "extra";

    /// <summary>Lock-file markers (PEP 751), accepted by the parser of recent pip releases.</summary>
    public const string Extras = "extras";

    /// <summary>Lock-file markers (PEP 751), accepted by the parser of recent pip releases.</summary>
    public const string DependencyGroups = "dependency_groups";

    /// <summary>Every canonical name.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        PythonVersion, PythonFullVersion, OsName, SysPlatform, PlatformRelease, PlatformSystem, PlatformVersion,
        PlatformMachine, PlatformPythonImplementation, ImplementationName, ImplementationVersion, Extra, Extras,
        DependencyGroups,
    ];

    /// <summary>Variables compared as PEP 440 versions when the other side is a valid specifier version.</summary>
    internal static bool IsVersionValued(string name) =>
        name is PythonVersion or PythonFullVersion or ImplementationVersion or PlatformRelease;

    internal static bool IsSetValued(string name) => name is Extras or DependencyGroups;

    /// <summary>Spellings in the order the library's pattern tries them, with their canonical name;
    /// legacy dotted forms (<c>os.name</c>) and <c>python_implementation</c> included.</summary>
    internal static readonly (string Spelling, string Name)[] Spellings =
    [
        ("python_version", PythonVersion),
        ("python_full_version", PythonFullVersion),
        ("os.name", OsName), ("os_name", OsName),
        ("sys.platform", SysPlatform), ("sys_platform", SysPlatform),
        ("platform_release", PlatformRelease), ("platform_system", PlatformSystem),
        ("platform.version", PlatformVersion), ("platform_version", PlatformVersion),
        ("platform.machine", PlatformMachine), ("platform_machine", PlatformMachine),
        ("platform.python_implementation", PlatformPythonImplementation),
        ("platform_python_implementation", PlatformPythonImplementation),
        ("python_implementation", PlatformPythonImplementation),
        ("implementation_name", ImplementationName), ("implementation_version", ImplementationVersion),
        ("extras", Extras), ("extra", Extra),
        ("dependency_groups", DependencyGroups),
    ];
}
