using VenvLsp.Bench.Measure;

namespace VenvLsp.WorkspaceBench;

/// <summary>The report as tables, with the targets beside the figures they apply to.</summary>
public static class Report
{
    public static void Print(WorkspaceBenchReport report, TextWriter output)
    {
        output.WriteLine($"VenvLsp on a generated tree: {report.Files} files ({report.Bytes / 1024} KiB) in {report.Packages} packages " +
            $"({(report.ReadyToRun ? "ReadyToRun" : "NOT ReadyToRun")} build)");
        output.WriteLine($"Machine: {report.Machine}; load average after: {report.LoadAfter}");
        output.WriteLine();

        var checks = new Table("venvlsp check", "wall ms", "CPU s", "peak MiB", "exit code", "files analysed", "diagnostics");
        for (var i = 0; i < report.Checks.Count; i++)
        {
            var c = report.Checks[i];
            checks.Add($"run {i + 1}", c.WallMs, c.CpuSeconds, c.PeakMiB, c.ExitCode, c.Files, c.Diagnostics);
        }
        output.Write(checks);
        if (report.Checks.Count > 0)
            output.WriteLine($"Target: <= 1000 ms wall and <= 200 MB peak (memory from {report.Checks[0].MemorySource}).");
        output.WriteLine();

        if (report.Server is { } s)
        {
            output.WriteLine("Language server process on the tree (workspace folder = the tree, push diagnostics)");
            var scan = new Table("measure", "value");
            scan.Add("start -> initialize response, ms", s.StartToInitializeMs);
            scan.Add("initialize -> scan settled (all its publishes), ms", s.InitializeToScanSettledMs);
            scan.Add("publishes during the scan", s.PublishesDuringScan);
            scan.Add("peak MiB after the scan", s.PeakMiBAfterScan);
            scan.Add("server CPU s for start-up and scan", s.CpuSecondsAfterScan);
            scan.Add($"edit of {report.EditedFile} -> its diagnostics, p50 ms", s.EditToEditedDocumentMs.P50);
            scan.Add("  same, max ms", s.EditToEditedDocumentMs.Max);
            scan.Add("publishes per edit, median (max)", $"{Table.Format(s.PublishesPerEdit.P50)} ({Table.Format(s.PublishesPerEdit.Max)})");
            scan.Add("peak MiB at the end", s.PeakMiB);
            scan.Add("exit code after shutdown/exit", s.ExitCode);
            output.Write(scan);
            output.WriteLine($"Published after the first edit: {string.Join(", ", s.FilesPublishedAfterFirstEdit)}");
            output.WriteLine();
        }
        if (report.Counter is { } c2)
        {
            output.WriteLine("Language server in this process (JIT, times not comparable): the analysis counter");
            var counter = new Table("measure", "value");
            counter.Add("documents tracked after the scan", c2.TrackedDocuments);
            counter.Add("analyses for the scan", c2.AnalysesForScan);
            counter.Add("analyses caused by opening the file", c2.AnalysesForOpen);
            counter.Add("documents whose analysis read the file", c2.DocumentsThatReadTheFile.Count);
            counter.Add("analyses per edit", string.Join(" ", c2.AnalysesPerEdit));
            counter.Add("documents sent for analysis per edit", string.Join(" ", c2.AffectedPerEdit));
            counter.Add("edit -> all its analyses done, p50 ms", c2.EditToIdleMs.P50);
            output.Write(counter);
            output.WriteLine($"Dependents of the file (their analysis read it): {string.Join(", ", c2.DocumentsThatReadTheFile)}");
            output.WriteLine("Target: one edit re-analyses only the edited document and its dependents.");
        }
    }
}
