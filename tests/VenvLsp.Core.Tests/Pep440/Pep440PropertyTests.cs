using CsCheck;
using VenvLsp.Pep440;

namespace VenvLsp.Tests.Pep440;

public class Pep440PropertyTests
{
    private static readonly Gen<string> VersionText =
        from epoch in Gen.Int[0, 2]
        from release in Gen.Int[0, 12].Array[1, 4]
        from pre in Gen.OneOfConst("", "a", "b", "rc", "c", "-alpha", ".beta", "_pre")
        from preNumber in Gen.OneOfConst("", "0", "1", "12")
        from post in Gen.OneOfConst("", ".post1", "-2", "post", ".rev3", "_r0")
        from dev in Gen.OneOfConst("", ".dev0", "dev5", "-dev")
        from local in Gen.OneOfConst("", "+abc", "+1", "+abc.2", "+2-ABC", "+010")
        from v in Gen.OneOfConst("", "v", "V")
        select $"{v}{(epoch == 0 ? "" : epoch + "!")}{string.Join('.', release)}{(pre.Length == 0 ? "" : pre + preNumber)}{post}{dev}{local}";

    // Text that is mostly version-like, with every character that matters to the scanner.
    private static readonly Gen<string> NearVersionText =
        Gen.Char["0123456789.!+-_*vVaAbBcCrRpPeEoOsStTdDlLhHwWx \t\n\u00a0\u0661"].Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<string> AnyText =
        Gen.OneOf(Gen.String, Gen.Char.Array[0, 60].Select(chars => new string(chars)), NearVersionText);

    [Fact]
    public void Parsing_never_throws_and_what_parses_round_trips() =>
        Gen.OneOf(AnyText, VersionText).Sample(text =>
        {
            if (!Pep440Version.TryParse(text, out var version)) return;
            var reparsed = Pep440Version.Parse(version.ToString());
            Assert.Equal(version, reparsed);
            Assert.Equal(version.ToString(), reparsed.ToString());
            Assert.Equal(version.GetHashCode(), reparsed.GetHashCode());
        }, iter: 20_000, threads: 1);

    [Fact]
    public void Generated_versions_always_parse() =>
        VersionText.Sample(text => Pep440Version.TryParse(text, out _), iter: 5_000, threads: 1);

    [Fact]
    public void Ordering_is_a_total_order_consistent_with_equality_and_hashing() =>
        Gen.Select(VersionText, VersionText, VersionText).Sample((x, y, z) =>
        {
            var a = Pep440Version.Parse(x);
            var b = Pep440Version.Parse(y);
            var c = Pep440Version.Parse(z);
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.Equal(a.CompareTo(b) == 0, a.Equals(b));
            Assert.Equal(a.CompareTo(b) == 0, a == b);
            if (a.Equals(b)) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            if (a <= b && b <= c) Assert.True(a <= c);
            if (a < b && b < c) Assert.True(a < c);
            Assert.Equal(0, a.CompareTo(Pep440Version.Parse(a.ToString())));
            Assert.True(a.PublicVersion <= a && a.BaseVersion.Local is null);
        }, iter: 5_000, threads: 1);

    [Fact]
    public void Specifier_parsing_never_throws_and_keeps_spans_inside_the_text() =>
        Gen.OneOf(AnyText, SpecifierListText).Sample(text =>
        {
            var set = SpecifierSet.Parse(text);
            foreach (var error in set.Errors)
                Assert.True(error.Span.Start >= 0 && error.Span.End <= text.Length, error.ToString());
            foreach (var specifier in set.Specifiers)
            {
                Assert.True(specifier.Span.End <= text.Length);
                Assert.True(Specifier.TryParse(specifier.ToString(), out var again, out _), specifier.ToString());
                Assert.Equal(specifier, again);
            }
            Specifier.TryParse(text, out _, out _);
        }, iter: 10_000, threads: 1);

    private static readonly Gen<string> ClauseText =
        from op in Gen.OneOfConst("==", "!=", "<=", ">=", "<", ">", "~=", "===", "=", "")
        from space in Gen.OneOfConst("", " ")
        from version in Gen.OneOf(VersionText, NearVersionText, Gen.OneOfConst("1.*", "1.2.*", "1.0a1.*"))
        select op + space + version;

    private static readonly Gen<string> SpecifierListText =
        ClauseText.Array[0, 4].Select(clauses => string.Join(Gen.OneOfConst(",", ", ", ",,").Single(), clauses));

    private static readonly Gen<string> SimpleClause =
        from op in Gen.OneOfConst("==", "!=", "<=", ">=", "<", ">", "~=")
        from major in Gen.Int[0, 3]
        from minor in Gen.Int[0, 3]
        from patch in Gen.OneOfConst("", ".0", ".1", ".2")
        from suffix in Gen.OneOfConst("", "", "", "a1", "rc1", ".post1", ".dev1", "b2.post1", "+abc", ".*")
        let valid = suffix switch
        {
            ".*" => op is "==" or "!=",
            "+abc" => op is "==" or "!=",
            _ => true,
        }
        select valid ? $"{op}{major}.{minor}{patch}{suffix}" : $"{op}{major}.{minor}{patch}";

    private static readonly Gen<SpecifierSet> SimpleSet =
        SimpleClause.Array[0, 3].Select(clauses => SpecifierSet.Parse(string.Join(',', clauses)));

    private static readonly Pep440Version[] Pool =
    [
        .. from major in Enumerable.Range(0, 5)
           from minor in Enumerable.Range(0, 5)
           from suffix in new[] { "", ".0", ".1", ".2", "a1", "a2.post1", "b2", "b2.post1", "rc1", ".dev0", ".dev1", ".post1", ".post1.dev1", ".post2", "+abc", "+x.1", ".post1+abc", "a1+abc" }
           select Pep440Version.Parse($"{major}.{minor}{suffix}"),
    ];

    [Fact]
    public void Subset_and_intersection_never_contradict_containment() =>
        Gen.Select(SimpleSet, SimpleSet).Sample((a, b) =>
        {
            Assert.Empty(a.Errors);
            var inA = Pool.Where(v => a.Contains(v)).ToList();
            if (a.IsSubsetOf(b))
                Assert.All(inA, v => Assert.True(b.Contains(v), $"{v} in {a} but not in {b}"));
            if (!a.Intersects(b))
                Assert.All(inA, v => Assert.False(b.Contains(v), $"{v} in both {a} and {b}"));
            if (a.IsUnsatisfiable)
                Assert.Empty(inA);
            Assert.True(a.IsSubsetOf(a));
        }, iter: 1_500, threads: 1);
}
