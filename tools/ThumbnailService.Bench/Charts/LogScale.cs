namespace ThumbnailService.Bench.Charts;

/// <summary>
/// A base-2 logarithmic axis from <see cref="Low"/> to <see cref="High"/> (powers of two that enclose every value and
/// 1) mapped onto pixels <c>left..right</c>: ratios of 0.5x and 2x sit equally far from 1x.
/// </summary>
internal sealed class LogScale
{
    public LogScale(IEnumerable<double> values, double left, double right)
    {
        var finite = values.Where(v => double.IsFinite(v) && v > 0).Append(1.0).ToList();
        LowExponent = (int)Math.Floor(Math.Log2(finite.Min()));
        HighExponent = Math.Max(LowExponent + 1, (int)Math.Ceiling(Math.Log2(finite.Max())));
        Left = left;
        Right = right;
    }

    public int LowExponent { get; }
    public int HighExponent { get; }
    public double Left { get; }
    public double Right { get; }
    public double Low => Math.Pow(2, LowExponent);
    public double High => Math.Pow(2, HighExponent);

    /// <summary>Every power of two from <see cref="Low"/> to <see cref="High"/>.</summary>
    public IEnumerable<double> Ticks => Enumerable.Range(LowExponent, HighExponent - LowExponent + 1).Select(e => Math.Pow(2, e));

    public double X(double value) =>
        Left + ((Right - Left) * (Math.Log2(Math.Clamp(value, Low, High)) - LowExponent) / (HighExponent - LowExponent));
}
