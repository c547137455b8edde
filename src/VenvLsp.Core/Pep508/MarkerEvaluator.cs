using VenvLsp.Pep440;

namespace VenvLsp.Pep508;

/// <summary>Evaluates marker trees with the current <c>packaging</c> library's rules. Like the library it
/// evaluates every comparison (no short-circuit), so an undefined comparison anywhere makes the
/// result undefined.</summary>
internal static class MarkerEvaluator
{
    public static bool Evaluate(MarkerExpression expression, IReadOnlyDictionary<string, string> environment, ref string? error)
    {
        switch (expression)
        {
            case MarkerAnd and:
            {
                var result = true;
                foreach (var operand in and.Operands) result &= Evaluate(operand, environment, ref error);
                return result;
            }
            case MarkerOr or:
            {
                var result = false;
                foreach (var operand in or.Operands) result |= Evaluate(operand, environment, ref error);
                return result;
            }
            case MarkerComparison comparison:
                return Compare(comparison, environment, ref error);
            default:
                return false;
        }
    }

    private static bool Compare(MarkerComparison comparison, IReadOnlyDictionary<string, string> environment, ref string? error)
    {
        // As in the library: the variable on the left (or else the right) names the environment key;
        // the other side is taken as text, even when it is a variable too.
        string key, lhs, rhs;
        if (comparison.Left is MarkerVariable variable)
        {
            key = variable.Name;
            if (!Lookup(environment, key, out lhs, ref error)) return false;
            rhs = TextOf(comparison.Right);
        }
        else
        {
            key = TextOf(comparison.Right);
            if (!Lookup(environment, key, out rhs, ref error)) return false;
            lhs = TextOf(comparison.Left);
        }

        if (key == MarkerVariables.Extra)
        {
            // PEP 685: extras compare normalized.
            lhs = lhs.Length == 0 ? lhs : PackageName.Normalize(lhs);
            rhs = rhs.Length == 0 ? rhs : PackageName.Normalize(rhs);
        }
        else if (MarkerVariables.IsSetValued(key))
        {
            return CompareSet(comparison, key, lhs, rhs, ref error);
        }

        var op = comparison.Operator;
        if (MarkerVariables.IsVersionValued(key)
            && Specifier.TryParse(MarkerOperatorText.Of(op) + rhs, out var specifier, out _))
            return specifier.Contains(lhs, prereleases: true);

        switch (op)
        {
            case MarkerOperator.In: return rhs.Contains(lhs, StringComparison.Ordinal);
            case MarkerOperator.NotIn: return !rhs.Contains(lhs, StringComparison.Ordinal);
            case MarkerOperator.Equal or MarkerOperator.LessThanOrEqual or MarkerOperator.GreaterThanOrEqual:
                return string.Equals(lhs, rhs, StringComparison.Ordinal);
            case MarkerOperator.NotEqual: return !string.Equals(lhs, rhs, StringComparison.Ordinal);
            case MarkerOperator.LessThan or MarkerOperator.GreaterThan: return false;
            default:
                error ??= $"'{MarkerOperatorText.Of(op)}' is undefined between '{lhs}' and '{rhs}'";
                return false;
        }
    }

    /// <summary><c>extras</c> and <c>dependency_groups</c> hold sets (comma-separated in the environment
    /// here); only membership is meaningful.</summary>
    private static bool CompareSet(MarkerComparison comparison, string key, string lhs, string rhs, ref string? error)
    {
        var variableOnLeft = comparison.Left is MarkerVariable;
        var set = (variableOnLeft ? lhs : rhs).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(PackageName.Normalize).ToHashSet(StringComparer.Ordinal);
        var item = PackageName.Normalize(variableOnLeft ? rhs : lhs);
        switch (comparison.Operator)
        {
            case MarkerOperator.In when !variableOnLeft: return set.Contains(item);
            case MarkerOperator.NotIn when !variableOnLeft: return !set.Contains(item);
            default:
                error ??= $"'{key}' holds a set: only '\"name\" in {key}' and 'not in' are defined";
                return false;
        }
    }

    private static string TextOf(MarkerValue value) => value switch
    {
        MarkerLiteral literal => literal.Value,
        MarkerVariable variable => variable.Name,
        _ => "",
    };

    private static bool Lookup(IReadOnlyDictionary<string, string> environment, string key, out string value, ref string? error)
    {
        if (environment.TryGetValue(key, out var found))
        {
            // Untagged CPython builds report "3.12.0+", which is not a PEP 440 version; the library repairs it.
            value = key == MarkerVariables.PythonFullVersion && found.EndsWith('+') ? found + "local" : found;
            return true;
        }
        value = "";
        if (key == MarkerVariables.Extra) return true;
        error ??= $"The environment does not define '{key}'";
        return false;
    }
}
