using VenvLsp.Bench.Measure;

namespace VenvLsp.WorkspaceBench;

/// <summary>The server on the whole tree, as a separate (published) process.</summary>
public sealed record ServerScanResult(
    double StartToInitializeMs,
    double InitializeToScanSettledMs,
    int PublishesDuringScan,
    double PeakMiBAfterScan,
    double CpuSecondsAfterScan,
    Summary EditToEditedDocumentMs,
    Summary PublishesPerEdit,
    IReadOnlyList<string> FilesPublishedAfterFirstEdit,
    double PeakMiB,
    int ExitCode);

/// <summary>The server in this process, where its analysis counter can be read.</summary>
public sealed record CounterResult(
    double InitializeToScanSettledMs,
    int TrackedDocuments,
    long AnalysesForScan,
    long AnalysesForOpen,
    IReadOnlyList<string> DocumentsThatReadTheFile,
    IReadOnlyList<long> AnalysesPerEdit,
    IReadOnlyList<int> AffectedPerEdit,
    Summary EditToIdleMs);

public sealed record WorkspaceBenchReport(
    string Machine,
    string LoadAfter,
    string ServerExecutable,
    bool ReadyToRun,
    int Packages,
    int Files,
    long Bytes,
    string EditedFile,
    IReadOnlyList<CheckResult> Checks,
    ServerScanResult? Server,
    CounterResult? Counter);
