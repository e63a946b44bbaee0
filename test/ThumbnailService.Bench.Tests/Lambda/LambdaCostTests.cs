namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaCostTests
{
    [Fact]
    public void PerThousand_TwoSources_OneOfEachBilledRoundedUp()
    {
        // Billed 101 ms and 199 ms at 0.5 GB: (0.0505 + 0.0995) / 2 = 0.075 GB-s per source, 75 per 1,000.
        var cost = LambdaCost.PerThousand([100.4, 199.0], 512, LambdaPrice.X86UsEast1);

        Assert.Equal(149.7, cost.MeanMs, 9);
        Assert.Equal(75, cost.GbSecondsPerThousand, 9);
        Assert.Equal((75 * 0.0000166667) + (1000 * 0.0000002), cost.UsdPerThousand, 12);
    }

    [Fact]
    public void PerThousand_DoubleMemoryHalfTime_SameDurationCost()
    {
        var small = LambdaCost.PerThousand([400.0], 512, LambdaPrice.X86UsEast1);
        var large = LambdaCost.PerThousand([200.0], 1024, LambdaPrice.X86UsEast1);

        Assert.Equal(small.UsdPerThousand, large.UsdPerThousand, 12);
    }

    [Fact]
    public void PerThousand_SourceNotMeasured_Unmeasured() =>
        Assert.Same(LambdaCost.Unmeasured, LambdaCost.PerThousand([100.0, double.NaN], 512, LambdaPrice.X86UsEast1));

    [Fact]
    public void PerThousand_NoSources_Unmeasured() =>
        Assert.Same(LambdaCost.Unmeasured, LambdaCost.PerThousand([], 512, LambdaPrice.X86UsEast1));
}
