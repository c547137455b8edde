namespace VenvLsp.Pep440;

/// <summary>Which variant of the PEP 440 version pattern a scan accepts. The <c>packaging</c> library
/// uses a different pattern after each specifier operator; these mirror them.</summary>
internal enum VersionGrammar
{
    /// <summary>A version on its own: everything, including a local label; no wildcard.</summary>
    Full,

    /// <summary>After <c>==</c> or <c>!=</c>: either a trailing <c>.*</c> right after the release, or
    /// pre/post/dev suffixes and a local label.</summary>
    Equality,

    /// <summary>After <c>~=</c>: at least two release segments, suffixes, no local label, no wildcard.</summary>
    Compatible,

    /// <summary>After <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>: suffixes, no local label, no wildcard.</summary>
    Ordered,
}
