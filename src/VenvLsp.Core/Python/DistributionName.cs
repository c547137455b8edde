using System.Text;

namespace VenvLsp.Python;

/// <summary>Distribution (project) names as pip compares them.</summary>
public static class DistributionName
{
    /// <summary>PEP 503 normalization: lower case, every run of <c>-</c>, <c>_</c> and <c>.</c> becomes
    /// one <c>-</c>. <c>Python_DateUtil</c> → <c>python-dateutil</c>.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var inRun = false;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.')
            {
                if (!inRun) sb.Append('-');
                inRun = true;
                continue;
            }
            inRun = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>True when two names are the same distribution after normalization.</summary>
    public static bool AreEquivalent(string a, string b) => Normalize(a) == Normalize(b);
}
