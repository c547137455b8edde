namespace VenvLsp.Pep508;

/// <summary>The comparison operators of environment markers.</summary>
public enum MarkerOperator
{
    LessThan,
    LessThanOrEqual,
    NotEqual,
    Equal,
    GreaterThanOrEqual,
    GreaterThan,

    /// <summary><c>~=</c>.</summary>
    Compatible,

    /// <summary><c>===</c>.</summary>
    ArbitraryEqual,

    /// <summary><c>in</c>: substring test on strings.</summary>
    In,

    /// <summary><c>not in</c>.</summary>
    NotIn,
}

internal static class MarkerOperatorText
{
    public static string Of(MarkerOperator op) => op switch
    {
        MarkerOperator.LessThan => "<",
        MarkerOperator.LessThanOrEqual => "<=",
        MarkerOperator.NotEqual => "!=",
        MarkerOperator.Equal => "==",
        MarkerOperator.GreaterThanOrEqual => ">=",
        MarkerOperator.GreaterThan => ">",
        MarkerOperator.Compatible => "~=",
        MarkerOperator.ArbitraryEqual => "===",
        MarkerOperator.In => "in",
        _ => "not in",
    };
}
