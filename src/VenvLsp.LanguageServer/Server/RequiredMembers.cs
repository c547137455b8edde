using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace VenvLsp.LanguageServer.Server;

/// <summary>
/// A contract modifier for the protocol records: a member declared non-nullable is one the LSP
/// specification requires, so a message that lacks it or sends null for it is refused while it is
/// read (and answered with InvalidParams) instead of reaching a handler as a null it never expects.
/// </summary>
internal static class RequiredMembers
{
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace != typeof(Protocol.Position).Namespace) return;
        // NullabilityInfoContext is not thread-safe: one per type, made while the contract is built.
        var nullability = new NullabilityInfoContext();
        var required = new List<PropertyInfo>();
        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsValueType || property.AttributeProvider is not PropertyInfo member) continue;
            // A computed member (the "kind" of a progress value) is only written, never read.
            if (property.Set is null && property.AssociatedParameter is null) continue;
            if (nullability.Create(member).ReadState != NullabilityState.NotNull) continue;
            property.IsRequired = true;
            required.Add(member);
        }
        if (required.Count == 0) return;
        var previous = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var member in required)
                if (member.GetValue(value) is null)
                    throw new JsonException($"{info.Type.Name}.{member.Name} must not be null.");
            previous?.Invoke(value);
        };
    }
}
