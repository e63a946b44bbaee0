namespace ThumbnailService.Bench.Warm;

/// <summary>Geometric mean over images of one tool's wall-time (and CPU-time) ratio to the reference (sharp), per task.</summary>
internal sealed record BenchSummary(string Tool, BenchTask Task, double GeometricMeanRatio, int Images, double GeometricMeanCpuRatio = double.NaN);
