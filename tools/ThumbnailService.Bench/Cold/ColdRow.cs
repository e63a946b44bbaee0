namespace ThumbnailService.Bench.Cold;

/// <summary>One build's cold start: median and fastest exec-to-response ms, median init ms (exec to first /next), peak RSS, size on disk.</summary>
internal sealed record ColdRow(string Variant, string Description, int Runs, double MedianMs, double MinMs, double PeakRssMb, double SizeMb, double MedianInitMs = double.NaN);
