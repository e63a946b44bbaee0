namespace ThumbnailService.Bench.Lambda;

/// <summary>What 1,000 sources cost at one setting: a mix with one of each measured source, each billed its median duration rounded up to 1 ms.</summary>
internal sealed record LambdaCost(double MeanMs, double GbSecondsPerThousand, double UsdPerThousand)
{
    public static LambdaCost Unmeasured { get; } = new(double.NaN, double.NaN, double.NaN);

    /// <param name="medianMsPerSource">The median duration of each source (NaN or empty: not measured).</param>
    public static LambdaCost PerThousand(IReadOnlyCollection<double> medianMsPerSource, int memoryMb, LambdaPrice price)
    {
        ArgumentNullException.ThrowIfNull(medianMsPerSource);
        ArgumentNullException.ThrowIfNull(price);
        if (medianMsPerSource.Count == 0 || medianMsPerSource.Any(ms => !double.IsFinite(ms)))
        {
            return Unmeasured;
        }

        var billed = medianMsPerSource.Select(LambdaPrice.BilledMs).ToArray();
        return new LambdaCost(
            medianMsPerSource.Average(),
            1000 * billed.Average(ms => LambdaPrice.GbSeconds(ms, memoryMb)),
            1000 * billed.Average(ms => price.UsdPerInvocation(ms, memoryMb)));
    }
}
