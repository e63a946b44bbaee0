namespace ThumbnailService.Local.Bench;

/// <summary>One image's result: medians of the first processing and of the duplicate, their ratio, and the duplicate's S3 requests.</summary>
/// <param name="Ratio">Median duplicate / median first (0.02 = 2 %); NaN when not measurable.</param>
/// <param name="DuplicateRequests">Summary of the duplicate's requests over all runs ("3 HEAD"; several when runs differ, joined by " | ").</param>
/// <param name="HeadsOnly">Whether every duplicate made exactly one HEAD per preset and nothing else.</param>
/// <param name="MedianHeadMs">Median of one bare HEAD on the local S3 from the bench process (reference for the duplicate's S3 check).</param>
internal sealed record DuplicateRow(
    string Image, int Runs, double MedianFirstMs, double MedianDuplicateMs, double Ratio, string DuplicateRequests, bool HeadsOnly, double MedianHeadMs = double.NaN)
{
    public static DuplicateRow From(string image, IReadOnlyList<DuplicateSample> samples, string thumbnailBucket, int presetCount)
    {
        ArgumentNullException.ThrowIfNull(samples);
        double first = BenchStatistics.Median(samples.Select(s => s.FirstMs));
        double duplicate = BenchStatistics.Median(samples.Select(s => s.DuplicateMs));
        var requests = samples.Select(s => S3RequestSummary.Summarize(s.DuplicateRequests)).Distinct(StringComparer.Ordinal);
        bool headsOnly = samples.Count > 0
            && samples.All(s => S3RequestSummary.AreHeadsPerPreset(s.DuplicateRequests, thumbnailBucket, presetCount));
        double head = BenchStatistics.Median(samples.Select(s => s.HeadMs));
        return new DuplicateRow(image, samples.Count, first, duplicate, BenchStatistics.Ratio(duplicate, first), string.Join(" | ", requests), headsOnly, head);
    }

    /// <summary>The overall line: geometric means of the medians and of the ratios; heads-only when every row is.</summary>
    public static DuplicateRow Overall(IReadOnlyList<DuplicateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DuplicateRow(
            "geometric mean",
            rows.Sum(r => r.Runs),
            BenchStatistics.GeometricMean(rows.Select(r => r.MedianFirstMs)),
            BenchStatistics.GeometricMean(rows.Select(r => r.MedianDuplicateMs)),
            BenchStatistics.GeometricMean(rows.Select(r => r.Ratio)),
            "",
            rows.Count > 0 && rows.All(r => r.HeadsOnly),
            BenchStatistics.GeometricMean(rows.Select(r => r.MedianHeadMs)));
    }

    /// <summary>Whether the duplicate took at most <paramref name="targetPercent"/> % of the first processing.</summary>
    public bool Within(double targetPercent) => double.IsFinite(Ratio) && Ratio * 100 <= targetPercent;
}
