namespace VenvLsp.Pep440;

/// <summary>The phase of a PEP 440 pre-release, in version order: alpha &lt; beta &lt; release candidate.</summary>
public enum PreReleaseKind
{
    /// <summary><c>a</c> (also spelled <c>alpha</c>).</summary>
    Alpha,

    /// <summary><c>b</c> (also spelled <c>beta</c>).</summary>
    Beta,

    /// <summary><c>rc</c> (also spelled <c>c</c>, <c>pre</c>, <c>preview</c>).</summary>
    ReleaseCandidate,
}
