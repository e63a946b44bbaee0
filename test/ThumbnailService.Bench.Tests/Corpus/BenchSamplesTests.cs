
namespace ThumbnailService.Bench.Tests.Corpus;

public sealed class BenchSamplesTests
{
    [Fact]
    public void Rows_TwoTools_MediansPeakAndRatioToReference()
    {
        var samples = Samples();

        var ours = samples.Rows("sharp").Single(r => r.Tool == "ours" && r.Image == "a");

        Assert.Equal(3, ours.Runs);
        Assert.Equal(30, ours.MedianMs);
        Assert.Equal(15, ours.MedianCpuMs);
        Assert.Equal(70, ours.PeakRssMb);
        Assert.Equal(1.5, ours.RatioToReference, 9);
        Assert.Equal(1.0, ours.CpuRatioToReference, 9);
    }

    [Fact]
    public void Rows_NoReferenceTool_RatioNaN() =>
        Assert.All(Samples().Rows("absent"), r => Assert.True(double.IsNaN(r.RatioToReference)));

    [Fact]
    public void Summaries_RatiosOneAndAHalfAndFour_GeometricMeanRootOfSix()
    {
        var samples = Samples();
        samples.Add("b", BenchTask.Single, "sharp", new Measurement(10, 1, 1));
        samples.Add("b", BenchTask.Single, "ours", new Measurement(40, 1, 1));

        var summary = BenchSamples.Summaries(samples.Rows("sharp")).Single(s => s.Tool == "ours");

        Assert.Equal(2, summary.Images);
        Assert.Equal(Math.Sqrt(6), summary.GeometricMeanRatio, 9);
    }

    private static BenchSamples Samples()
    {
        var samples = new BenchSamples();
        foreach (var (ms, cpu, rss) in new[] { (20.0, 10.0, 50.0), (40.0, 20.0, 70.0), (30.0, 15.0, 60.0) })
        {
            samples.Add("a", BenchTask.Single, "ours", new Measurement(ms, cpu, rss));
            samples.Add("a", BenchTask.Single, "sharp", new Measurement(ms * 2 / 3, cpu, rss));
        }

        return samples;
    }
}
