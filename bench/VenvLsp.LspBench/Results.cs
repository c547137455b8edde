using VenvLsp.Bench.Measure;

namespace VenvLsp.LspBench;

/// <summary>Start to <c>initialize</c> response, over several fresh processes.</summary>
public sealed record StartupResult(Summary InitializeMs, double PeakMiBAfterInitialize, IReadOnlyList<double> Samples);

/// <summary>One typing burst: time from the last keystroke to the diagnostics of the last version, and
/// how many publishes for the document the burst caused.</summary>
public sealed record BurstResult(int Edits, double LastKeystrokeToFinalMs, int Publishes, int StalePublishesAfterFinal);

/// <summary>Everything measured on one generated build script.</summary>
public sealed record SizeResult(
    int Lines,
    int Findings,
    double InitializeMs,
    double OpenToDiagnosticsMs,
    Summary ChangingEdits,
    Summary UnchangedEdits,
    Summary AllEdits,
    int MissingPublishes,
    int PublishesForUnchangedEdits,
    int RepeatedPublishes,
    IReadOnlyList<BurstResult> Bursts,
    double PeakMiB,
    double ServerCpuSeconds,
    int ExitCode);

public sealed record LspBenchReport(
    string Machine,
    string LoadBefore,
    string LoadAfter,
    string Server,
    bool ReadyToRun,
    int EditsPerSize,
    int GapMs,
    StartupResult Startup,
    IReadOnlyList<SizeResult> Sizes);
