namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaSamplesTests
{
    [Fact]
    public void Row_ThreeWarmRuns_MedianPerSourceAndMaxPeak()
    {
        var samples = new LambdaSamples();
        samples.Add(512, LambdaMode.Warm, "a", 300, 80);
        samples.Add(512, LambdaMode.Warm, "a", 100, 120);
        samples.Add(512, LambdaMode.Warm, "a", 200, 90);
        samples.Add(1024, LambdaMode.Warm, "a", 50, 400);

        var row = samples.Row(512, ["a"], LambdaPrice.X86UsEast1);

        Assert.Equal((200, 120), (row.WarmMedianMs["a"], row.PeakRssMb));
        Assert.Equal(200, row.Warm.MeanMs);
        Assert.True(double.IsNaN(row.Cold.UsdPerThousand));
    }

    [Fact]
    public void Row_FailedSource_ListedAndNoCost()
    {
        var samples = new LambdaSamples();
        samples.Add(256, LambdaMode.Warm, "a", 100, 80);
        samples.Fail(256, LambdaMode.Warm, "heic", "ProcessExited: the process exited with 137");
        samples.Fail(256, LambdaMode.Warm, "heic", "a second failure is not recorded");

        var row = samples.Row(256, ["a", "heic"], LambdaPrice.X86UsEast1);

        Assert.Equal(["heic (warm): ProcessExited: the process exited with 137"], row.Failures);
        Assert.True(double.IsNaN(row.Warm.UsdPerThousand));
        Assert.False(row.Fits);
        Assert.True(samples.HasFailed(256, LambdaMode.Warm, "heic"));
        Assert.False(samples.HasFailed(256, LambdaMode.Cold, "heic"));
    }

    [Fact]
    public void NotePeak_UntimedRun_CountsForPeakOnly()
    {
        var samples = new LambdaSamples();
        samples.Add(512, LambdaMode.Warm, "a", 100, 80);
        samples.NotePeak(512, 600);

        var row = samples.Row(512, ["a"], LambdaPrice.X86UsEast1);

        Assert.Equal((600, 100), (row.PeakRssMb, row.Warm.MeanMs));
        Assert.False(row.Fits);
    }
}
