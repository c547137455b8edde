using VenvLsp.Fuzz;

namespace VenvLsp.Reliability.Tests.Parsers;

/// <summary>Every input the fuzzer kept (the minimized corpus, and every crash or hang it ever found)
/// replayed through its target on each test run: a fixed crash stays fixed.</summary>
public class FuzzRegressionTests
{
    private static string FuzzFolder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "VenvLsp.Fuzz");
                if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
            }
            throw new DirectoryNotFoundException("tests/VenvLsp.Fuzz/corpus not found above " + AppContext.BaseDirectory);
        }
    }

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_kept_input_passes_its_target(string target)
    {
        var inputs = new[] { "corpus", "crashes", "hangs" }
            .Select(kind => Path.Combine(FuzzFolder, kind, target))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .ToList();
        Assert.NotEmpty(inputs);
        foreach (var input in inputs)
        {
            var started = DateTime.UtcNow;
            try
            {
                FuzzTargets.All[target](File.ReadAllBytes(input));
            }
            catch (Exception e)
            {
                Assert.Fail($"{Path.GetRelativePath(FuzzFolder, input)}: {e.GetType().Name}: {e.Message}");
            }
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), $"{input} took more than 5 s");
        }
    }
}
