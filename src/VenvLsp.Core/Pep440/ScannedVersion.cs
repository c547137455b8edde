using System.Collections.Immutable;

namespace VenvLsp.Pep440;

/// <summary>The result of <see cref="VersionScanner.Scan"/>: the parts of the longest version the
/// pattern matched at a position, the way Python's regular expression engine would match it.</summary>
internal readonly record struct ScannedVersion(
    bool Success,
    int End,
    bool Overflow,
    long Epoch,
    ImmutableArray<long> Release,
    PreReleaseKind? PreKind,
    long? PreNumber,
    long? Post,
    long? Dev,
    string? Local,
    bool Wildcard)
{
    public static ScannedVersion Failure(int at) => new(false, at, false, 0, default, null, null, null, null, null, false);

    /// <summary>The version this scan describes; null when it failed or a number does not fit.</summary>
    public Pep440Version? ToVersion() =>
        Success && !Overflow ? new Pep440Version((int)Epoch, Release, PreKind, PreNumber, Post, Dev, Local) : null;
}
