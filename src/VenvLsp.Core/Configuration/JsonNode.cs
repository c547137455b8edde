using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using VenvLsp.Text;

namespace VenvLsp.Configuration;

/// <summary>A JSON value with its position in the source text, so configuration problems can point at
/// the key or value that causes them. Built by <see cref="PositionedJson.Parse"/>.</summary>
public abstract record JsonNode(TextSpan Span)
{
    public abstract string KindName { get; }
}

public sealed record JsonObjectNode(TextSpan Span, ImmutableArray<JsonProperty> Properties) : JsonNode(Span)
{
    public override string KindName => "an object";
}

public sealed record JsonProperty(string Name, TextSpan NameSpan, JsonNode Value);

public sealed record JsonArrayNode(TextSpan Span, ImmutableArray<JsonNode> Items) : JsonNode(Span)
{
    public override string KindName => "an array";
}

public sealed record JsonStringNode(TextSpan Span, string Value) : JsonNode(Span)
{
    public override string KindName => "a string";
}

public sealed record JsonNumberNode(TextSpan Span, double Value) : JsonNode(Span)
{
    public override string KindName => "a number";
}

public sealed record JsonBoolNode(TextSpan Span, bool Value) : JsonNode(Span)
{
    public override string KindName => Value ? "true" : "false";
}

public sealed record JsonNullNode(TextSpan Span) : JsonNode(Span)
{
    public override string KindName => "null";
}

/// <summary>Parses JSON with comments and trailing commas into <see cref="JsonNode"/>s. Never throws.</summary>
public static class PositionedJson
{
    /// <summary>Deeper documents are refused: configuration is two levels deep, and a hostile file
    /// must not cost more than a refusal.</summary>
    public const int MaxDepth = 32;

    public static (JsonNode? Root, SyntaxError? Error) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, new SyntaxError(new TextSpan(0, 0), "The file is empty: expected a JSON object."));
        var bytes = Encoding.UTF8.GetBytes(text);
        var map = new OffsetMap(text, bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!reader.Read())
                return (null, new SyntaxError(new TextSpan(0, 0), "The file is empty: expected a JSON object."));
            var root = ReadValue(ref reader, map);
            if (reader.Read())
                return (root, new SyntaxError(map.Span(reader.TokenStartIndex, reader.TokenStartIndex + 1), "Unexpected text after the end of the JSON document."));
            return (root, null);
        }
        catch (JsonException e)
        {
            var offset = map.CharOffset(Math.Min(reader.BytesConsumed, bytes.Length));
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut].TrimEnd();
            return (null, new SyntaxError(new TextSpan(Math.Min(offset, text.Length), 0), $"Invalid JSON: {message}"));
        }
        catch (InvalidOperationException e)
        {
            // GetString throws this (not a JsonException) for an escaped lone surrogate such as "\ud800".
            var offset = map.CharOffset(Math.Min(reader.TokenStartIndex, bytes.Length));
            return (null, new SyntaxError(new TextSpan(Math.Min(offset, text.Length), 0), $"Invalid JSON: {e.Message}"));
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, OffsetMap map)
    {
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = ImmutableArray.CreateBuilder<JsonProperty>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameStart = reader.TokenStartIndex;
                    var name = reader.GetString() ?? "";
                    var nameSpan = map.Span(nameStart, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameSpan, ReadValue(ref reader, map)));
                }
                return new JsonObjectNode(map.Span(start, reader.TokenStartIndex + 1), properties.ToImmutable());
            }
            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(ReadValue(ref reader, map));
                return new JsonArrayNode(map.Span(start, reader.TokenStartIndex + 1), items.ToImmutable());
            }
            case JsonTokenType.String:
                return new JsonStringNode(map.Span(start, start + reader.ValueSpan.Length + 2), reader.GetString() ?? "");
            case JsonTokenType.Number:
                return new JsonNumberNode(map.Span(start, start + reader.ValueSpan.Length), reader.GetDouble());
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonBoolNode(map.Span(start, start + reader.ValueSpan.Length), reader.GetBoolean());
            default:
                return new JsonNullNode(map.Span(start, start + reader.ValueSpan.Length));
        }
    }

    /// <summary>Maps UTF-8 byte offsets of the parsed bytes back to UTF-16 offsets of the text.</summary>
    private sealed class OffsetMap(string text, byte[] bytes)
    {
        private readonly bool _ascii = bytes.Length == text.Length;

        public int CharOffset(long byteOffset)
        {
            if (_ascii) return (int)byteOffset;
            return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(byteOffset, bytes.Length));
        }

        public TextSpan Span(long startByte, long endByte)
        {
            var start = CharOffset(startByte);
            var end = Math.Max(start, CharOffset(Math.Min(endByte, bytes.Length)));
            return TextSpan.FromBounds(Math.Min(start, text.Length), Math.Min(end, text.Length));
        }
    }
}
