namespace VenvLsp.WorkspaceBench;

/// <summary>
/// A single-character edit of a requirements file that changes its findings: the last digit of a pin's
/// version becomes another digit (a version the approved list does not approve), and back again.
/// </summary>
public sealed record RequirementsEdit(int Line, int Character, string Original, string Changed)
{
    /// <summary>The first exact pin of a distribution approved only at that version (not numpy or scipy,
    /// which the generated list also approves by range).</summary>
    public static RequirementsEdit Find(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var pin = line.IndexOf("==", StringComparison.Ordinal);
            if (pin <= 0 || line.StartsWith("numpy", StringComparison.Ordinal) || line.StartsWith("scipy", StringComparison.Ordinal)) continue;
            var last = line.Length - 1;
            if (!char.IsAsciiDigit(line[last])) continue;
            var original = line[last].ToString();
            return new RequirementsEdit(i, last, original, original == "9" ? "8" : "9");
        }
        throw new InvalidOperationException("no pinned requirement to edit");
    }

    /// <summary>The replacement for the n-th edit (0-based): odd edits restore the original.</summary>
    public string TextFor(int edit) => edit % 2 == 0 ? Changed : Original;
}
