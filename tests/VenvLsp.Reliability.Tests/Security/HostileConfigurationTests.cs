using System.Text;
using VenvLsp.Reliability.Tests.Support;

namespace VenvLsp.Reliability.Tests.Security;

/// <summary>A configuration written to hurt: it is refused cheaply, with a message.</summary>
public sealed class HostileConfigurationTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public void A_huge_or_deeply_nested_configuration_is_refused_quickly_with_a_message()
    {
        var deep = new StringBuilder("{ \"rules\": ");
        deep.Append('[', 100_000).Append(']', 100_000).Append('}');
        foreach (var text in new[] { deep.ToString(), "{ \"exclude\": [" + string.Join(",", Enumerable.Repeat("\"x/**\"", 400_000)) + "] }" })
        {
            _tree.Write("venvlsp.json", text);
            var started = DateTime.UtcNow;
            var result = CheckCli.Run(_tree.Root, "check");
            Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
        }
    }

    public void Dispose() => _tree.Dispose();
}
