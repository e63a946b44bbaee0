namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaPriceTests
{
    [Theory]
    [InlineData(100.0, 100)]
    [InlineData(100.01, 101)]
    [InlineData(0.2, 1)]
    public void BilledMs_Duration_RoundedUpToWholeMillisecond(double durationMs, double billed) =>
        Assert.Equal(billed, LambdaPrice.BilledMs(durationMs));

    [Fact]
    public void GbSeconds_OneSecondAt512Mb_HalfGbSecond() =>
        Assert.Equal(0.5, LambdaPrice.GbSeconds(1000, 512), 12);

    [Fact]
    public void UsdPerInvocation_OneGbSecond_DurationPlusRequest() =>
        Assert.Equal(0.0000166667 + 0.0000002, LambdaPrice.X86UsEast1.UsdPerInvocation(1000, 1024), 15);

    [Fact]
    public void Describe_X86UsEast1_NamesPriceRegionAndDate()
    {
        var text = LambdaPrice.X86UsEast1.Describe();

        Assert.Contains("x86_64 us-east-1: $0.0000166667 per GB-second, $0.20 per million requests", text, StringComparison.Ordinal);
        Assert.Contains("price of 2026-12-04", text, StringComparison.Ordinal);
    }
}
