using System.Text;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>Raw LSP frames, right and wrong.</summary>
public static class Frames
{
    public static byte[] Of(string body) => Of(Encoding.UTF8.GetBytes(body));

    public static byte[] Of(byte[] body, long? declaredLength = null, string? extraHeaders = null)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {declaredLength ?? body.Length}\r\n{extraHeaders}\r\n");
        return [.. header, .. body];
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public static byte[] Request(long id, string method, string paramsJson = "{}") =>
        Of($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{paramsJson}}}""");
}
