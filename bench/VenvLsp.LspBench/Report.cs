using VenvLsp.Bench.Measure;

namespace VenvLsp.LspBench;

/// <summary>The report as tables, with the targets beside the figures they apply to.</summary>
public static class Report
{
    public static void Print(LspBenchReport report, TextWriter output)
    {
        output.WriteLine($"VenvLsp language server, end to end over stdio ({(report.ReadyToRun ? "ReadyToRun" : "NOT ReadyToRun")} build)");
        output.WriteLine($"Machine: {report.Machine}; load average after: {report.LoadAfter}");
        output.WriteLine();
        var s = report.Startup.InitializeMs;
        output.WriteLine($"Start -> initialize response ({s.Count} fresh processes): min {Table.Format(s.Min)} ms, median {Table.Format(s.P50)} ms, max {Table.Format(s.Max)} ms (target <= 100 ms)");
        output.WriteLine($"Peak memory after initialize: {Table.Format(report.Startup.PeakMiBAfterInitialize)} MiB");
        output.WriteLine();

        var sizes = new Table("build script", "findings", "init ms", "didOpen->diags ms", "peak MiB", "server CPU s", "exit code");
        foreach (var r in report.Sizes) sizes.Add($"{r.Lines} lines", r.Findings, r.InitializeMs, r.OpenToDiagnosticsMs, r.PeakMiB, r.ServerCpuSeconds, r.ExitCode);
        output.Write(sizes);
        output.WriteLine();

        output.WriteLine($"didChange -> diagnostics of that version, ms ({report.EditsPerSize} single-character edits per size, {report.GapMs} ms pause after each)");
        var edits = new Table("build script", "edits", "n", "p50", "p90", "p99", "max", "mean");
        foreach (var r in report.Sizes)
        {
            edits.Add($"{r.Lines} lines", "changing findings (push)", r.ChangingEdits.Count, r.ChangingEdits.P50, r.ChangingEdits.P90, r.ChangingEdits.P99, r.ChangingEdits.Max, r.ChangingEdits.Mean);
            edits.Add("", "findings unchanged (pull)", r.UnchangedEdits.Count, r.UnchangedEdits.P50, r.UnchangedEdits.P90, r.UnchangedEdits.P99, r.UnchangedEdits.Max, r.UnchangedEdits.Mean);
            edits.Add("", "all", r.AllEdits.Count, r.AllEdits.P50, r.AllEdits.P90, r.AllEdits.P99, r.AllEdits.Max, r.AllEdits.Mean);
        }
        output.Write(edits);
        output.WriteLine("Target on 2,000 lines: p50 <= 2 ms, p99 <= 10 ms.");
        foreach (var r in report.Sizes.Where(r => r.MissingPublishes > 0 || r.PublishesForUnchangedEdits > 0 || r.RepeatedPublishes > 0))
            output.WriteLine($"  {r.Lines} lines: {r.MissingPublishes} changing edits got no publish; {r.PublishesForUnchangedEdits} publishes for comment edits; " +
                $"{r.RepeatedPublishes} publishes repeated the previous diagnostics exactly");
        output.WriteLine();

        output.WriteLine("Typing bursts (20 keystrokes 30 ms apart): last keystroke -> final diagnostics, and publishes the burst caused");
        var bursts = new Table("build script", "last->final ms (each burst)", "publishes (each burst)", "stale after final");
        foreach (var r in report.Sizes)
            bursts.Add($"{r.Lines} lines", string.Join(" / ", r.Bursts.Select(b => Table.Format(b.LastKeystrokeToFinalMs))),
                string.Join(" / ", r.Bursts.Select(b => b.Publishes)), r.Bursts.Sum(b => b.StalePublishesAfterFinal));
        output.Write(bursts);
        output.WriteLine("Target: bursts coalesced (no stale analyses queued; at most one publish per settled version).");
    }
}
