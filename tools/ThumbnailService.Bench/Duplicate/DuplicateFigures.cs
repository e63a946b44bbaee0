namespace ThumbnailService.Bench.Duplicate;

/// <summary>One kind of duplicate (same sandbox or another) on one image, over all its runs.</summary>
/// <param name="MedianMs">Median invocation duration of the duplicate.</param>
/// <param name="Ratio">Median duplicate / median first processing (0.02 = 2 %); NaN when not measurable.</param>
/// <param name="Requests">Summary of the duplicate's S3 requests ("3 HEAD", "none"; several when runs differ, joined by " | ").</param>
/// <param name="AsExpected">Whether every run made exactly the S3 requests expected of this kind of duplicate.</param>
internal sealed record DuplicateFigures(double MedianMs, double Ratio, string Requests, bool AsExpected)
{
    public static DuplicateFigures From(
        IReadOnlyList<DuplicateDelivery> deliveries, double medianFirstMs, Func<IReadOnlyList<string>, bool> expected)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(expected);
        double median = BenchStatistics.Median(deliveries.Select(d => d.Ms));
        var requests = deliveries.Select(d => S3RequestSummary.Summarize(d.Requests)).Distinct(StringComparer.Ordinal);
        return new DuplicateFigures(
            median,
            BenchStatistics.Ratio(median, medianFirstMs),
            string.Join(" | ", requests),
            deliveries.Count > 0 && deliveries.All(d => expected(d.Requests)));
    }

    /// <summary>The overall line: geometric means of the medians and of the ratios; as expected when every row is.</summary>
    public static DuplicateFigures Overall(IReadOnlyList<DuplicateFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new DuplicateFigures(
            BenchStatistics.GeometricMean(figures.Select(f => f.MedianMs)),
            BenchStatistics.GeometricMean(figures.Select(f => f.Ratio)),
            "",
            figures.Count > 0 && figures.All(f => f.AsExpected));
    }

    /// <summary>Whether the duplicate took at most <paramref name="targetPercent"/> % of the first processing.</summary>
    public bool Within(double targetPercent) => double.IsFinite(Ratio) && Ratio * 100 <= targetPercent;
}
