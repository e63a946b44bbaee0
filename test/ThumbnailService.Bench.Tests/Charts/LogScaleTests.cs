using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Tests.Charts;

public sealed class LogScaleTests
{
    [Fact]
    public void Ctor_Ratios_PowersOfTwoEnclosingValuesAndOne()
    {
        var scale = new LogScale([0.56, 14.07, double.NaN], 0, 100);

        Assert.Equal((0.5, 16.0), (scale.Low, scale.High));
        Assert.Equal([0.5, 1, 2, 4, 8, 16], scale.Ticks);
    }

    [Fact]
    public void X_HalfAndDouble_EquallyFarFromOne()
    {
        var scale = new LogScale([0.25, 4], 100, 500);

        Assert.Equal(scale.X(1) - scale.X(0.5), scale.X(2) - scale.X(1), 6);
        Assert.Equal((100.0, 500.0), (scale.X(0.25), scale.X(4)));
    }

    [Fact]
    public void Ctor_AllRatiosAboveOne_StillShowsTheOneXLine()
    {
        var scale = new LogScale([3, 5], 0, 100);

        Assert.Equal(1, scale.Low);
        Assert.Equal(0, scale.X(1));
    }
}
