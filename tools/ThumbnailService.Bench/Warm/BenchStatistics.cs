namespace ThumbnailService.Bench.Warm;

/// <summary>Median, geometric mean and ratio; NaN in, NaN out (a value that was not measured stays unmeasured).</summary>
internal static class BenchStatistics
{
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Geometric mean of the positive finite values; NaN when there are none.</summary>
    public static double GeometricMean(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var usable = values.Where(v => double.IsFinite(v) && v > 0).ToArray();
        return usable.Length == 0 ? double.NaN : Math.Exp(usable.Average(Math.Log));
    }

    /// <summary><paramref name="value"/> / <paramref name="reference"/>; NaN when either is missing or the reference is not positive.</summary>
    public static double Ratio(double value, double reference) =>
        double.IsFinite(value) && double.IsFinite(reference) && reference > 0 ? value / reference : double.NaN;
}
