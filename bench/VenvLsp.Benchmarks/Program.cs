using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using VenvLsp.Bench;

// Usage: dotnet run -c Release --project bench/VenvLsp.Benchmarks -- --filter '*' [--job short] [--inProcess]
// Every BenchmarkDotNet option works (--list flat, --filter '*Shell*', --exporters json, --artifacts DIR, ...).
// Reports go to bench/artifacts/benchmarks unless --artifacts says otherwise.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepositoryRoot.Find(), "bench", "artifacts", "benchmarks"));
BenchmarkSwitcher.FromAssembly(typeof(VenvLsp.Benchmarks.ParserBenchmarks).Assembly).Run(args, config);
