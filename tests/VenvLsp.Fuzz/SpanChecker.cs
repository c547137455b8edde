using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using VenvLsp.Text;

namespace VenvLsp.Fuzz;

/// <summary>
/// Walks a parse result through its public properties and checks that every <see cref="TextSpan"/> in
/// it lies inside the text it was parsed from. Generic on purpose: a new record field is checked the
/// day it is added.
/// </summary>
public static class SpanChecker
{
    private const int MaxDepth = 64;

    public static void Check(object? result, int textLength, string what)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(result, textLength, what, visited, 0);
    }

    private static void Visit(object? value, int textLength, string path, HashSet<object> visited, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case TextSpan span:
                if (span.Start < 0 || span.End > textLength)
                    throw new InvariantException($"{path} = {span} lies outside the text of length {textLength}");
                return;
            case string or SourceText or Type or Delegate or MemberInfo:
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateTime) return;
        if (depth > MaxDepth) return;
        if (!type.IsValueType && !visited.Add(value)) return;
        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Visit(item, textLength, $"{path}[{index}]", visited, depth + 1);
                if (++index > 100_000) break;
            }
            return;
        }
        foreach (var property in Properties(type))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                // A property that throws is a bug like any other: keep its own exception for the report.
                throw new InvariantException($"{path}.{property.Name} threw {e.InnerException.GetType().Name}: {e.InnerException.Message}");
            }
            Visit(child, textLength, path + "." + property.Name, visited, depth + 1);
        }
    }

    private static readonly ConditionalWeakTable<Type, PropertyInfo[]> Cache = new();

    private static PropertyInfo[] Properties(Type type) => Cache.GetValue(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
        .ToArray());
}
