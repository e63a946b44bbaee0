namespace ThumbnailService.Bench.Warm;

/// <summary>Everything the bench prints and writes as JSON.</summary>
internal sealed record BenchReport(
    IReadOnlyList<BenchRow> Rows,
    IReadOnlyList<BenchSummary> Summaries,
    string ReferenceTool,
    string LoadAverage,
    IReadOnlyList<string> Notes);
