namespace ThumbnailService.Bench.Duplicate;

/// <summary>One image's result: median first processing, and each kind of duplicate against it.</summary>
/// <param name="Same">The duplicate in the sandbox that processed the event (expected: no S3 request).</param>
/// <param name="Other">The duplicate in another sandbox (expected: exactly one HEAD, of the source's manifest).</param>
/// <param name="MedianHeadMs">Median of one bare HEAD on the local S3 from the bench process (reference for the HEAD check).</param>
internal sealed record DuplicateRow(
    string Image, int Runs, double MedianFirstMs, DuplicateFigures Same, DuplicateFigures Other, double MedianHeadMs = double.NaN)
{
    public static DuplicateRow From(string image, IReadOnlyList<DuplicateSample> samples, string thumbnailBucket, string manifestFolder)
    {
        ArgumentNullException.ThrowIfNull(samples);
        double first = BenchStatistics.Median(samples.Select(s => s.FirstMs));
        return new DuplicateRow(
            image,
            samples.Count,
            first,
            DuplicateFigures.From([.. samples.Select(s => s.Same)], first, S3RequestSummary.AreNone),
            DuplicateFigures.From(
                [.. samples.Select(s => s.Other)], first, r => S3RequestSummary.IsOneManifestHead(r, thumbnailBucket, manifestFolder)),
            BenchStatistics.Median(samples.Select(s => s.HeadMs)));
    }

    /// <summary>The overall line: geometric means of the medians and of the ratios.</summary>
    public static DuplicateRow Overall(IReadOnlyList<DuplicateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DuplicateRow(
            "geometric mean",
            rows.Sum(r => r.Runs),
            BenchStatistics.GeometricMean(rows.Select(r => r.MedianFirstMs)),
            DuplicateFigures.Overall([.. rows.Select(r => r.Same)]),
            DuplicateFigures.Overall([.. rows.Select(r => r.Other)]),
            BenchStatistics.GeometricMean(rows.Select(r => r.MedianHeadMs)));
    }
}
