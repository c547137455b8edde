namespace VenvLsp.Pep440;

/// <summary>The comparison operators of PEP 440 version specifiers.</summary>
public enum SpecifierOperator
{
    /// <summary><c>~=</c>: compatible release.</summary>
    Compatible,

    /// <summary><c>==</c>: version matching, with <c>.*</c> prefix matching.</summary>
    Equal,

    /// <summary><c>!=</c>: version exclusion, with <c>.*</c> prefix matching.</summary>
    NotEqual,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;</c>: excludes pre-releases of the named version unless it is one.</summary>
    LessThan,

    /// <summary><c>&gt;</c>: excludes post-releases and local versions of the named version.</summary>
    GreaterThan,

    /// <summary><c>===</c>: case-insensitive string equality, for versions PEP 440 cannot parse.</summary>
    ArbitraryEqual,
}
