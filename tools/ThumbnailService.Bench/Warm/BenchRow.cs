namespace ThumbnailService.Bench.Warm;

/// <summary>One line of the result table: the medians of one tool on one image and task, and their ratios to the reference tool's.</summary>
internal sealed record BenchRow(
    string Image,
    BenchTask Task,
    string Tool,
    int Runs,
    double MedianMs,
    double MedianCpuMs,
    double PeakRssMb,
    double RatioToReference,
    double CpuRatioToReference = double.NaN);
