
namespace ThumbnailService.Bench.Tests.Warm;

public sealed class BenchStatisticsTests
{
    [Theory]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 9.0, 1.0, double.NaN }, 5.0)]
    public void Median_Values_MiddleOfSorted(double[] values, double expected) =>
        Assert.Equal(expected, BenchStatistics.Median(values), 9);

    [Fact]
    public void Median_NoMeasuredValue_NaN() =>
        Assert.True(double.IsNaN(BenchStatistics.Median([double.NaN])));

    [Fact]
    public void GeometricMean_RatiosTwoAndHalf_One() =>
        Assert.Equal(1.0, BenchStatistics.GeometricMean([2.0, 0.5]), 9);

    [Fact]
    public void GeometricMean_ThreeValues_CubeRootOfProduct() =>
        Assert.Equal(Math.Cbrt(1 * 2 * 4), BenchStatistics.GeometricMean([1.0, 2.0, 4.0]), 9);

    [Fact]
    public void GeometricMean_NaNAndZeroLeftOut_MeanOfTheRest() =>
        Assert.Equal(3.0, BenchStatistics.GeometricMean([3.0, double.NaN, 0.0, 3.0]), 9);

    [Fact]
    public void GeometricMean_Empty_NaN() =>
        Assert.True(double.IsNaN(BenchStatistics.GeometricMean([])));

    [Theory]
    [InlineData(30.0, 20.0, 1.5)]
    [InlineData(10.0, 40.0, 0.25)]
    public void Ratio_Measured_Quotient(double value, double reference, double expected) =>
        Assert.Equal(expected, BenchStatistics.Ratio(value, reference), 9);

    [Theory]
    [InlineData(10.0, 0.0)]
    [InlineData(10.0, double.NaN)]
    [InlineData(double.NaN, 10.0)]
    public void Ratio_MissingOrZeroReference_NaN(double value, double reference) =>
        Assert.True(double.IsNaN(BenchStatistics.Ratio(value, reference)));
}
