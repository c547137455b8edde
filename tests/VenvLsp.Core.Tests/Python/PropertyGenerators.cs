using CsCheck;

namespace VenvLsp.Tests.Python;

/// <summary>Inputs for the parsers' "never throws, spans inside the text" properties: fragments that
/// matter to the grammar under test mixed with arbitrary characters, lone surrogates, NUL and other
/// control characters, long runs and deep nesting.</summary>
internal static class PropertyGenerators
{
    private static readonly Gen<string> AnyChar =
        Gen.Frequency(
            (6, Gen.Char.Select(c => c.ToString())),
            (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
            (2, Gen.OneOfConst("\0", "\u0001", "\u001b", "\u007f", "\f", "\v", "\u00a0", "\u2028", "\uFEFF")));

    public static Gen<string> TextFrom(params string[] fragments)
    {
        var fragment = Gen.Frequency(
            (6, Gen.OneOfConst(fragments)),
            (3, AnyChar),
            (1, Gen.Int[1, 40].Select(n => new string('(', n))),
            (1, Gen.Int[1, 400].Select(n => new string('x', n))),
            (1, Gen.Int[1, 30].Select(n => string.Concat(Enumerable.Repeat("f\"{", n)))));
        return fragment.Array[0, 80].Select(parts => string.Concat(parts));
    }
}
